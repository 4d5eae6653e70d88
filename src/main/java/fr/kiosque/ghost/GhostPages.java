package fr.kiosque.ghost;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import fr.kiosque.article.api.Syndication;
import fr.kiosque.common.text.HtmlSanitizer;
import fr.kiosque.common.text.ReadingTime;
import fr.kiosque.page.Pages;
import fr.kiosque.page.api.PageViews;

/**
 * Ghost's {@code pages}: Kiosque's published standing pages ("Mentions légales"…), in the post
 * shape Ghost gives pages, with ids {@code page-3}, no tags nor authors. The same rights as posts:
 * an EXCERPT key gets the standfirst, the first paragraph and a link back. A handful of pages: the
 * filter ({@code slug}, {@code id}) and the paging apply in memory.
 */
@ApplicationScoped
class GhostPages {

    /** Ghost's own reading speed, for a page's {@code reading_time}. */
    static final int WORDS_PER_MINUTE = 275;

    @Inject Pages pages;
    @Inject GhostMaps maps;

    Map<String, Object> browse(GhostParams params, String filter, KeyRights rights) {
        Predicate<PageViews.PublicPage> predicate;
        try {
            predicate = TermFilters.predicate(filter, PageViews.PublicPage::slug, GhostPages::id);
        } catch (Nql.InvalidFilter e) {
            throw GhostException.badRequest("Invalid filter: " + e.getMessage());
        }
        List<PageViews.PublicPage> matching = pages.published().stream().filter(predicate).toList();
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("pages", matching.stream().skip(params.offset()).limit(params.limit()).map(p -> page(p, params, rights)).toList());
        answer.put("meta", GhostMaps.meta(params, matching.size()));
        return answer;
    }

    Map<String, Object> readBySlug(String slug, GhostParams params, KeyRights rights) {
        return read(pages.published(slug), params, rights);
    }

    /** By Ghost id, {@code page-3}. */
    Map<String, Object> readById(String id, GhostParams params, KeyRights rights) {
        long number;
        try {
            number = id.startsWith(PREFIX) ? Long.parseLong(id.substring(PREFIX.length())) : -1;
        } catch (NumberFormatException e) {
            number = -1;
        }
        return read(number < 0 ? java.util.Optional.empty() : pages.published(number), params, rights);
    }

    private Map<String, Object> read(java.util.Optional<PageViews.PublicPage> page, GhostParams params, KeyRights rights) {
        return Map.of("pages", List.of(page(page.orElseThrow(() -> GhostException.notFound("Page not found.")), params, rights)));
    }

    private static final String PREFIX = "page-";

    static String id(PageViews.PublicPage page) {
        return PREFIX + page.id();
    }

    private Map<String, Object> page(PageViews.PublicPage p, GhostParams params, KeyRights rights) {
        Syndication.Post post = new Syndication.Post(p.id(), p.slug(), p.title(), p.standfirst(), p.body(), null, null, List.of(),
                List.of(), false, p.publishedAt(), p.createdAt(), p.updatedAt(),
                ReadingTime.minutes(HtmlSanitizer.text(p.body()), WORDS_PER_MINUTE), p.metaTitle(), p.metaDescription(), null);
        return GhostPosts.post(post, id(p), "page", maps.site().url(maps.site().pagePath(), p.slug()), params, rights, maps);
    }
}
