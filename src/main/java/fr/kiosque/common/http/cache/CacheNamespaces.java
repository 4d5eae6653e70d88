package fr.kiosque.common.http.cache;

/**
 * The groups of data that cached public answers depend on. A write invalidates its namespace
 * ({@link CacheInvalidator#invalidate(String)}); every cached answer that named it is dropped.
 */
public final class CacheNamespaces {

    /** Articles and their taxonomy: sections, tags, authors. */
    public static final String ARTICLES = "articles";

    /** Job listings and career sheets ("fiches métiers"). */
    public static final String JOBS = "jobs";
    /** Reader comments (approved threads). Their moderation also changes {@link #ARTICLES}' commentCount. */
    public static final String COMMENTS = "comments";

    private CacheNamespaces() {
    }
}
