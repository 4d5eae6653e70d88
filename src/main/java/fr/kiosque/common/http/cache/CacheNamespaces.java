package fr.kiosque.common.http.cache;

/**
 * The tags that cached public answers depend on: namespaces, and items of a namespace. A write
 * invalidates its tags ({@link CacheInvalidator#invalidate(String...)}); every cached answer
 * that named one is dropped, here, on the other instances and, through the surrogate keys, at
 * the CDN.
 */
public final class CacheNamespaces {

    /** Articles and their taxonomy: sections, tags, authors. */
    public static final String ARTICLES = "articles";

    /** The site's standing pages ("Mentions légales"…). */
    public static final String PAGES = "pages";

    /** Job listings and career sheets ("fiches métiers"). */
    public static final String JOBS = "jobs";

    /**
     * The articles' comment counts, as lists, search and feeds show them. A change of one
     * article's comments invalidates it and that article's own item ({@link #article(String)}),
     * never the whole {@link #ARTICLES} namespace.
     */
    public static final String COMMENT_COUNTS = "comment-counts";

    /** Prefix of one article's item tag: its page and its comment thread. */
    public static final String ARTICLE_ITEM = "article";

    private CacheNamespaces() {
    }

    /** The item tag of one article's page and thread, by slug. */
    public static String article(String slug) {
        return ARTICLE_ITEM + ":" + slug;
    }
}
