package fr.kiosque.feed;

import java.net.URI;

/** The frontend's URLs and the permanent ids of feed items, from {@link SiteConfig}. */
record Site(String baseUrl, String articlePath, String jobPath, String jobProfilePath, String sectionPath, String pagePath) {

    /** The year of the tag: URIs (RFC 4151) of the ids; never change it, the ids would change. */
    static final String TAG_DATE = "2026";

    static Site of(SiteConfig config) {
        String base = config.baseUrl().endsWith("/") ? config.baseUrl().substring(0, config.baseUrl().length() - 1)
                : config.baseUrl();
        return new Site(base, config.articlePath(), config.jobPath(), config.jobProfilePath(), config.sectionPath(),
                config.pagePath());
    }

    String article(String slug) {
        return url(articlePath, slug);
    }

    String job(String slug) {
        return url(jobPath, slug);
    }

    String jobProfile(String slug) {
        return url(jobProfilePath, slug);
    }

    String section(String slug) {
        return url(sectionPath, slug);
    }

    String page(String slug) {
        return url(pagePath, slug);
    }

    String home() {
        return baseUrl + "/";
    }

    /** A permanent id, kept when the slug changes: {@code tag:www.kiosque.fr,2026:article:42}. */
    String id(String kind, long id) {
        return "tag:" + URI.create(baseUrl).getHost() + "," + TAG_DATE + ":" + kind + ":" + id;
    }

    /** A feed's permanent id, from its path and query: {@code tag:www.kiosque.fr,2026:feed:/feeds/articles.atom?section=x}. */
    String feedId(String pathAndQuery) {
        return "tag:" + URI.create(baseUrl).getHost() + "," + TAG_DATE + ":feed:" + pathAndQuery;
    }

    private String url(String pattern, String slug) {
        return baseUrl + pattern.replace("{slug}", slug);
    }
}
