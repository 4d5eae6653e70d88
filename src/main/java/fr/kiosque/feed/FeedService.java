package fr.kiosque.feed;

import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.List;

import fr.kiosque.media.MediaLibrary;
import fr.kiosque.media.api.MediaView;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import io.quarkus.narayana.jta.QuarkusTransaction;

import fr.kiosque.article.TaxonomyService;
import fr.kiosque.common.error.ProblemException;
import fr.kiosque.common.http.cache.HttpCaching;
import fr.kiosque.common.time.Now;

/** What the feeds and the sitemap say. */
@ApplicationScoped
class FeedService {

    static final String MAGAZINE = "Kiosque";
    static final String TAGLINE = "Le magazine de la communication, du marketing et du digital";
    /** A sitemap holds at most 50,000 URLs (sitemaps.org). */
    static final int SITEMAP_MAX_URLS = 50_000;
    /** Articles read at once while a sitemap file is streamed. */
    static final int SITEMAP_BATCH = 1_000;

    private final FeedRepository repository;
    private final TaxonomyService taxonomy;
    private final FeedsConfig config;
    private final Site site;
    private final Clock clock;
    private final fr.kiosque.page.Pages standingPages;
    private final MediaLibrary library;

    FeedService(FeedRepository repository, TaxonomyService taxonomy, FeedsConfig config, SiteConfig siteConfig, Clock clock,
            fr.kiosque.page.Pages standingPages, MediaLibrary library) {
        this.standingPages = standingPages;
        this.library = library;
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
        List<FeedRepository.ArticleRow> rows = repository.articles(section, tag, author, Now.of(clock), limit);
        // covers from the media library: their images in one more read, only when the feed shows one
        List<Long> mediaIds = rows.stream().map(FeedRepository.ArticleRow::coverMediaId).filter(java.util.Objects::nonNull).toList();
        java.util.Map<Long, MediaView> media = mediaIds.isEmpty() ? java.util.Map.of() : library.views(mediaIds);
        List<FeedItem> items = rows.stream().map(row -> withLibraryCover(row, media))
                .map(row -> FeedMapper.article(row, site, config.fullContent())).toList();
        String home = section != null ? site.section(section) : site.home();
        return new FeedChannel(title, TAGLINE, site.feedId(pathAndQuery), self(pathAndQuery), home, config.copyright().orElse(null),
                items);
    }

    private static FeedRepository.ArticleRow withLibraryCover(FeedRepository.ArticleRow row, java.util.Map<Long, MediaView> media) {
        MediaView m = row.coverMediaId() == null ? null : media.get(row.coverMediaId());
        if (m == null) {
            return row;
        }
        String url = largest(m);
        return url == null ? row : row.withCover(url, m.alt());
    }

    /** A library image's largest JPEG or PNG variant, what feeds and sitemaps name. */
    private static String largest(MediaView m) {
        List<MediaView.Variant> family = m.variants().stream().filter(v -> !v.mediaType().equals("image/webp")).toList();
        return family.isEmpty() ? null : family.get(family.size() - 1).url();
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
        List<Sitemap.Url> urls = new java.util.ArrayList<>(standingPages.published().stream()
                .map(page -> new Sitemap.Url(site.page(page.slug()), page.updatedAt())).toList());
        repository.sitemapPages(Now.of(clock), SITEMAP_MAX_URLS).stream()
                .map(row -> new Sitemap.Url(switch (row.kind()) {
                    case "section" -> site.section(row.slug());
                    case "job-profile" -> site.jobProfile(row.slug());
                    default -> site.job(row.slug());
                }, row.lastModified()))
                .forEach(urls::add);
        return urls.stream().limit(SITEMAP_MAX_URLS).toList();
    }

    /** A file of articles, as far as it is known before its body: the instant it is read at, what it holds, its ETag. */
    record ArticlesFile(long number, Instant now, FeedRepository.FileStats stats, String etag) {
    }

    /**
     * The {@code n}th file of articles (from 1), oldest first, before its body: 404 for what is
     * not a number, and past the last file (beyond the highest article id, without reading any
     * article; else once its articles are counted). Its strong ETag comes from what it holds
     * (count, newest change, ids), so that a 304 costs one statement and no body.
     */
    @Transactional
    ArticlesFile sitemapArticlesFile(String n) {
        long number = n.matches("[0-9]{1,9}") ? Long.parseLong(n) : 0;
        long offset = (number - 1) * config.sitemapArticles();
        if (number < 1 || number > 1 && offset >= repository.maxArticleId()) {
            throw noSuchFile(n);
        }
        Instant now = Now.of(clock);
        FeedRepository.FileStats stats = repository.sitemapFile(now, offset, config.sitemapArticles());
        if (stats.count() == 0 && number != 1) {
            throw noSuchFile(n);
        }
        String etag = HttpCaching.etag(String.join("|", "sitemap-articles", Long.toString(number), Long.toString(stats.count()),
                String.valueOf(stats.newest()), Long.toString(stats.firstId()), Long.toString(stats.lastId()),
                Long.toString(stats.idSum()), site.article("{slug}")).getBytes(StandardCharsets.UTF_8));
        return new ArticlesFile(number, now, stats, etag);
    }

    /**
     * Writes the file's urlset to {@code out} as its articles are read, {@link #SITEMAP_BATCH} at a
     * time, each batch in a short transaction of its own: what a file holds in memory is one batch
     * and the writer's buffer, and no connection waits on a slow client.
     */
    void writeSitemapArticles(ArticlesFile file, OutputStream out) {
        FeedRepository.FileStats stats = file.stats();
        try (Sitemap.Urlset xml = Sitemap.urlset(out)) {
            long next = stats.firstId();
            long written = 0;
            while (written < stats.count()) {
                long from = next;
                int size = (int) Math.min(SITEMAP_BATCH, stats.count() - written);
                List<FeedRepository.UrlRow> batch = QuarkusTransaction.requiringNew()
                        .call(() -> repository.sitemapBatch(file.now(), from, stats.lastId(), size));
                List<Long> mediaIds = batch.stream().map(FeedRepository.UrlRow::imageMediaId).filter(java.util.Objects::nonNull).toList();
                java.util.Map<Long, MediaView> media = mediaIds.isEmpty() ? java.util.Map.of()
                        : QuarkusTransaction.requiringNew().call(() -> library.views(mediaIds));
                for (FeedRepository.UrlRow row : batch) {
                    MediaView m = row.imageMediaId() == null ? null : media.get(row.imageMediaId());
                    String image = m == null ? row.imageUrl() : largest(m);
                    xml.add(site.article(row.slug()), row.lastModified(), image);
                }
                written += batch.size();
                if (batch.size() < size) {
                    break; // fewer than counted: some were unpublished meanwhile
                }
                next = batch.get(batch.size() - 1).id() + 1;
            }
        }
    }

    private static ProblemException noSuchFile(String n) {
        return ProblemException.notFound("Le plan du site n'a pas de fichier d'articles « " + n + " ».");
    }

    Instant now() {
        return Now.of(clock);
    }
}
