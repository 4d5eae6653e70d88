package fr.kiosque.article;

/** The slug asked for is a former slug of a public article ({@link ArticleFormerSlugs}): answered 301 by {@link ArticleResource}. */
final class ArticleMovedException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String slug;

    ArticleMovedException(String slug) {
        super("Moved to " + slug, null, false, false);
        this.slug = slug;
    }

    String slug() {
        return slug;
    }
}
