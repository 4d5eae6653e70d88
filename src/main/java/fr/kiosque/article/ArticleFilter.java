package fr.kiosque.article;

import java.time.Instant;

/**
 * Criteria of an article list. {@code visibleAt} set: only what the public sees at that instant;
 * {@code status} set (staff lists): only that status. {@code q}: French full text, as /api/v1/search.
 */
record ArticleFilter(String section, String tag, String author, Instant publishedAfter, Instant publishedBefore,
        ArticleStatus status, Instant visibleAt, String q) {

    static ArticleFilter visible(String section, String tag, String author, Instant after, Instant before, Instant now) {
        return new ArticleFilter(section, tag, author, after, before, null, now, null);
    }

    ArticleFilter matching(String text) {
        return new ArticleFilter(section, tag, author, publishedAfter, publishedBefore, status, visibleAt, text);
    }
}
