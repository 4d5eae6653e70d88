package fr.kiosque.feed;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import fr.kiosque.article.TaxonomyService;
import fr.kiosque.common.error.ProblemException;
import fr.kiosque.common.time.Now;

/** What the feeds and the sitemap say. */
@ApplicationScoped
class FeedService {

    static final String MAGAZINE = "Kiosque";
    static final String TAGLINE = "Le magazine de la communication, du marketing et du digital";
    /** A sitemap holds at most 50,000 URLs (sitemaps.org). */
    static final int SITEMAP_MAX_URLS = 50_000;

    private final FeedRepository repository;
    private final TaxonomyService taxonomy;
    private final FeedsConfig config;
    private final Site site;
    private final Clock clock;

    FeedService(FeedRepository repository, TaxonomyService taxonomy, FeedsConfig config, SiteConfig siteConfig, Clock clock) {
        this.repository = repository;
        this.taxonomy = taxonomy;
        this.config = config;
        this.site = Site.of(siteConfig);
        this.clock = clock;
    }

    /** {@code limit}: 1 to {@code kiosque.feeds.max-items}, {@code kiosque.feeds.default-items} when absent. */
    int limit(String limit) {
        if (limit == null || limit.isBlank()) {
            return config.defaultItems();
        }
        int value;
        try {
            value = Integer.parseInt(limit.strip());
        } catch (NumberFormatException e) {
            throw ProblemException.invalidParameter("limit", "integer");
        }
        if (value < 1 || value > config.maxItems()) {
            throw ProblemException.invalidParameter("limit", "page.size", config.maxItems());
        }
        return value;
    }

    /**
     * The newest published articles, all or of one section, tag or author. The term is read
     * through {@link TaxonomyService}, the public API's own reading: a tag or author that no
     * article the public sees uses (one of drafts only, say) is the same 404 as an unknown one,
     * so that its name never leaks through a feed's title.
     */
    @Transactional
    FeedChannel articles(String section, String tag, String author, int limit, String pathAndQuery) {
        String title = MAGAZINE;
        if (section != null) {
            title += " — " + taxonomy.section(section).name();
        }
        if (tag != null) {
            title += " — " + taxonomy.tag(tag).name();
        }
        if (author != null) {
            title += " — " + taxonomy.author(author).name();
        }
        List<FeedItem> items = repository.articles(section, tag, author, Now.of(clock), limit).stream()
                .map(row -> FeedMapper.article(row, site, config.fullContent())).toList();
        String home = section != null ? site.section(section) : site.home();
        return new FeedChannel(title, TAGLINE, site.feedId(pathAndQuery), self(pathAndQuery), home, config.copyright().orElse(null),
                items);
    }

    /** The newest open job listings. */
    @Transactional
    FeedChannel jobs(int limit, String pathAndQuery) {
        List<FeedItem> items = repository.jobs(Now.of(clock), limit).stream()
                .map(row -> FeedMapper.job(row, site, config.fullContent())).toList();
        return new FeedChannel(MAGAZINE + " — Offres d'emploi", "Les offres d'emploi ouvertes de la communication, du marketing"
                + " et du digital", site.feedId(pathAndQuery), self(pathAndQuery), site.job("").replaceAll("/$", ""),
                config.copyright().orElse(null), items);
    }

    /** The feed's own URL under {@code kiosque.feeds.public-url}; null without it. */
    private String self(String pathAndQuery) {
        return config.publicUrl().map(url -> url.replaceAll("/+$", "") + pathAndQuery).orElse(null);
    }

    /**
     * The sitemap index: the file of pages and one file per {@code kiosque.feeds.sitemap-articles}
     * articles, at this API's public URL ({@code kiosque.feeds.public-url}) or else the site's
     * (which then serves {@code /sitemap.xml} and {@code /sitemaps/} from the API).
     */
    @Transactional
    List<String> sitemapIndex() {
        long articles = repository.countVisibleArticles(Now.of(clock));
        long files = Math.max(1, (articles + config.sitemapArticles() - 1) / config.sitemapArticles());
        String base = config.publicUrl().orElse(site.baseUrl()).replaceAll("/+$", "");
        List<String> sitemaps = new java.util.ArrayList<>();
        sitemaps.add(base + "/sitemaps/pages.xml");
        for (long n = 1; n <= files; n++) {
            sitemaps.add(base + "/sitemaps/articles-" + n + ".xml");
        }
        return sitemaps;
    }

    /** Sections, career sheets and open listings, with their last modification. */
    @Transactional
    List<Sitemap.Url> sitemapPages() {
        return repository.sitemapPages(Now.of(clock), SITEMAP_MAX_URLS).stream()
                .map(row -> new Sitemap.Url(switch (row.kind()) {
                    case "section" -> site.section(row.slug());
                    case "job-profile" -> site.jobProfile(row.slug());
                    default -> site.job(row.slug());
                }, row.lastModified()))
                .limit(SITEMAP_MAX_URLS)
                .toList();
    }

    /** The {@code n}th file of articles (from 1), oldest first; 404 past the last one or for what is not a number. */
    @Transactional
    List<Sitemap.Url> sitemapArticles(String n) {
        long number = n.matches("[0-9]{1,9}") ? Long.parseLong(n) : 0;
        long offset = (number - 1) * config.sitemapArticles();
        List<Sitemap.Url> urls = number < 1 || offset > Integer.MAX_VALUE ? List.of()
                : repository.sitemapArticles(Now.of(clock), (int) offset, config.sitemapArticles()).stream()
                        .map(row -> new Sitemap.Url(site.article(row.slug()), row.lastModified())).toList();
        if (urls.isEmpty() && number != 1) {
            throw ProblemException.notFound("Le plan du site n'a pas de fichier d'articles « " + n + " ».");
        }
        return urls;
    }

    Instant now() {
        return Now.of(clock);
    }
}
