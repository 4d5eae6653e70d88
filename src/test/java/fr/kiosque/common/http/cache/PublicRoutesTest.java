package fr.kiosque.common.http.cache;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * Cache keys a client cannot multiply: pure rules, without Quarkus, on the application's own
 * resource classes (read by reflection, as the handler reads them).
 */
class PublicRoutesTest {

    private final PublicRoutes routes = PublicRoutes.of(List.of(resource("fr.kiosque.article.ArticleResource"),
            resource("fr.kiosque.feed.FeedResource"), resource("fr.kiosque.comment.CommentResource"),
            resource("fr.kiosque.article.ArticleAdminResource")));

    private static Class<?> resource(String name) {
        try {
            return Class.forName(name);
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void undeclaredParametersAreDroppedAndTheRestSortedAndReEncoded() {
        PublicRoutes.Route list = routes.match("/api/v1/articles");
        assertThat(list.cache()).isNotNull();
        assertThat(list.canonical("/api/v1/articles", "cb=123&section=reseaux&q=r%C3%A9seaux+sociaux"))
                .isEqualTo("/api/v1/articles?q=r%C3%A9seaux%20sociaux&section=reseaux");
        assertThat(list.canonical("/api/v1/articles", "section=reseaux&cb=456&q=r%c3%a9seaux%20sociaux"))
                .isEqualTo(list.canonical("/api/v1/articles", "q=r%C3%A9seaux+sociaux&section=reseaux"));
        assertThat(list.canonical("/api/v1/articles", "utm_source=x&fbclid=y")).isEqualTo("/api/v1/articles");
    }

    @Test
    void pagingDefaultsAndLeadingZerosAreTheDefaultKey() {
        PublicRoutes.Route list = routes.match("/api/v1/articles");
        assertThat(list.canonical("/api/v1/articles", "page=1&size=20")).isEqualTo("/api/v1/articles");
        assertThat(list.canonical("/api/v1/articles", "page=001&size=020")).isEqualTo("/api/v1/articles");
        assertThat(list.canonical("/api/v1/articles", "page=02")).isEqualTo("/api/v1/articles?page=2");
        // not a number: left as it is, for the resource to refuse
        assertThat(list.canonical("/api/v1/articles", "page=abc")).isEqualTo("/api/v1/articles?page=abc");
    }

    @Test
    void aRepeatedNameKeepsTheOrderOfItsValues() {
        PublicRoutes.Route list = routes.match("/api/v1/articles");
        assertThat(list.canonical("/api/v1/articles", "tag=b&q=x&tag=a")).isEqualTo("/api/v1/articles?q=x&tag=b&tag=a");
    }

    @Test
    void templatesMatchWithOrWithoutATrailingSlashAndLiteralRoutesComeFirst() {
        PublicRoutes.Route page = routes.match("/api/v1/articles/un-article");
        assertThat(page.declared()).containsExactly("preview");
        assertThat(page.parameters("/api/v1/articles/un-article")).containsEntry("slug", "un-article");
        assertThat(routes.match("/api/v1/articles/un-article/").canonical("/api/v1/articles/un-article/", "cb=1"))
                .isEqualTo("/api/v1/articles/un-article");
        assertThat(routes.match("/api/v1/articles/un-article/comments").cache().items())
                .containsExactly("article:{slug}");
        assertThat(routes.match("/feeds/articles.rss").declared()).contains("tag", "author", "section", "limit");
        assertThat(routes.match("/api/v1/admin/articles").cache()).as("a staff route is matched, never cached").isNull();
        assertThat(routes.match("/api/v1/other")).isNull();
        assertThat(routes.match("/api/v1/articles/a/b/c")).isNull();
    }

    @Test
    void anUndecodableQueryIsNeverCached() {
        assertThat(routes.match("/api/v1/articles").canonical("/api/v1/articles", "q=%E9%")).isNull();
    }
}
