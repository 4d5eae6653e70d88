package fr.kiosque.article;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import fr.kiosque.article.api.ArticleSummary;
import fr.kiosque.common.error.ProblemException;
import fr.kiosque.common.paging.Page;
import fr.kiosque.common.paging.PageRequest;
import fr.kiosque.common.paging.Sort;
import fr.kiosque.common.time.Now;

/** The public list of articles (/api/v1/articles): what the public sees now, filtered and sorted. */
@ApplicationScoped
class PublicArticles {

    static final Map<String, String> SORTS = Map.of(
            "publishedAt", "a.publishedAt",
            "updatedAt", "a.updatedAt",
            "title", "a.title");

    @Inject ArticleRepository articles;
    @Inject ArticleSummaries summaries;
    @Inject Clock clock;

    /** The public list, filtered on {@code q} (French full text, the engine of /api/v1/search) when not null. */
    @Transactional
    public Page<ArticleSummary> list(String section, String tag, String author, Instant after, Instant before,
            String q, Sort sort, PageRequest page) {
        ArticleFilter filter = ArticleFilter.visible(section, tag, author, after, before, Now.of(clock)).matching(q);
        long total = articles.count(filter);
        List<Long> ids = total == 0 ? List.of() : articles.pageOfIds(filter, sort, page);
        List<ArticleSummary> items = summaries.byIds(ids);
        return Page.of(items, page, total);
    }

    /** {@code q} of the public list: none when blank, at most 200 characters (else a 400 naming it). */
    static String query(String q) {
        if (q == null || q.isBlank()) {
            return null;
        }
        if (q.strip().codePointCount(0, q.strip().length()) > 200) {
            throw ProblemException.invalidParameter("q", "text.max", 200);
        }
        return q.strip();
    }

    static Sort sort(String sort) {
        return Sort.parse(sort, "-publishedAt", SORTS);
    }
}
