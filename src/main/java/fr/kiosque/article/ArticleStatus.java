package fr.kiosque.article;

/** Where an article stands in the editorial workflow. */
public enum ArticleStatus {
    /** Being written; only staff see it. */
    DRAFT,
    /** Will be public at {@code publishedAt}; a scheduled job flips it to PUBLISHED. */
    SCHEDULED,
    /** Public since {@code publishedAt}. */
    PUBLISHED,
    /** Withdrawn from the public site, kept for the record. */
    ARCHIVED
}
