package fr.kiosque.article.api;

import java.time.Instant;
import java.util.List;

/**
 * What syndication APIs (the Ghost-compatible Content API) read of the articles the public sees:
 * the query, a post with its taxonomy, a taxonomy term with its count of public articles.
 */
public final class Syndication {

    private Syndication() {
    }

    /**
     * A page of public articles.
     *
     * @param bodies whether the posts carry their body (lists read them apart, one statement)
     */
    public record Query(ArticleCriteria filter, List<ArticleCriteria.Order> order, int offset, int limit, boolean bodies) {
        public Query {
            order = List.copyOf(order);
        }
    }

    /** A page of posts and how many match in all. */
    public record Posts(List<Post> posts, long total) {
    }

    public record Post(long id, String slug, String title, String standfirst, String body,
            Refs.CoverImageView cover, Term section, List<Term> tags, List<Term> authors, boolean featured,
            Instant publishedAt, Instant createdAt, Instant updatedAt, int readingTimeMinutes,
            String metaTitle, String metaDescription, String canonicalUrl) {
    }

    public enum Kind {
        SECTION, TAG, AUTHOR
    }

    /**
     * A section, tag or author; {@code description} is a section's description or an author's bio,
     * {@code articleCount} the public articles reaching it (0 where not counted).
     */
    public record Term(Kind kind, long id, String slug, String name, String description, String role, String avatarUrl,
            long articleCount) {
    }
}
