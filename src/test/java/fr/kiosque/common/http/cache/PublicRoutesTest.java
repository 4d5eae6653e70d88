package fr.kiosque.common.http.cache;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;

import org.junit.jupiter.api.Test;

/** Cache keys a client cannot multiply: pure rules, without Quarkus. */
class PublicRoutesTest {

    @Path("/api/v1/things")
    static class Things {
        @GET
        @PublicCache("things")
        public String list(@QueryParam("page") String page, @QueryParam("size") String size,
                @QueryParam("section") String section, @QueryParam("q") String q) {
            return "";
        }

        @GET
        @Path("/{slug}")
        @PublicCache(value = "things", items = "thing:{slug}")
        public String get(@PathParam("slug") String slug, @QueryParam("preview") String preview) {
            return "";
        }

        @GET
        @Path("/feeds/things.rss")
        @PublicCache("things")
        public String feed(@BeanParam Filters filters) {
            return "";
        }

        @GET
        @Path("/private")
        public String notCached() {
            return "";
        }
    }

    record Filters(@QueryParam("tag") String tag, @QueryParam("author") String author) {
    }

    private final PublicRoutes routes = PublicRoutes.of(List.of(Things.class));

    @Test
    void undeclaredParametersAreDroppedAndTheRestSortedAndReEncoded() {
        PublicRoutes.Route list = routes.match("/api/v1/things");
        assertThat(list.canonical("/api/v1/things", "cb=123&section=reseaux&q=r%C3%A9seaux+sociaux"))
                .isEqualTo("/api/v1/things?q=r%C3%A9seaux%20sociaux&section=reseaux");
        assertThat(list.canonical("/api/v1/things", "section=reseaux&cb=456&q=r%c3%a9seaux%20sociaux"))
                .isEqualTo(list.canonical("/api/v1/things", "q=r%C3%A9seaux+sociaux&section=reseaux"));
        assertThat(list.canonical("/api/v1/things", "utm_source=x&fbclid=y")).isEqualTo("/api/v1/things");
    }

    @Test
    void pagingDefaultsAndLeadingZerosAreTheDefaultKey() {
        PublicRoutes.Route list = routes.match("/api/v1/things");
        assertThat(list.canonical("/api/v1/things", "page=1&size=20")).isEqualTo("/api/v1/things");
        assertThat(list.canonical("/api/v1/things", "page=001&size=020")).isEqualTo("/api/v1/things");
        assertThat(list.canonical("/api/v1/things", "page=02")).isEqualTo("/api/v1/things?page=2");
        // not a number: left as it is, for the resource to refuse
        assertThat(list.canonical("/api/v1/things", "page=abc")).isEqualTo("/api/v1/things?page=abc");
    }

    @Test
    void aRepeatedNameKeepsTheOrderOfItsValues() {
        PublicRoutes.Route list = routes.match("/api/v1/things");
        assertThat(list.canonical("/api/v1/things", "section=b&q=x&section=a"))
                .isEqualTo("/api/v1/things?q=x&section=b&section=a");
    }

    @Test
    void templatesMatchWithOrWithoutATrailingSlashAndLiteralRoutesComeFirst() {
        assertThat(routes.match("/api/v1/things/un-article").declared()).containsExactly("preview");
        assertThat(routes.match("/api/v1/things/un-article/").canonical("/api/v1/things/un-article/", null))
                .isEqualTo("/api/v1/things/un-article");
        assertThat(routes.match("/api/v1/things/feeds/things.rss").declared()).containsExactlyInAnyOrder("tag", "author");
        assertThat(routes.match("/api/v1/things/private").cache()).as("a literal route without @PublicCache, before /{slug}").isNull();
        assertThat(routes.match("/api/v1/other")).isNull();
        assertThat(routes.match("/api/v1/things/a/b")).isNull();
    }

    @Test
    void anUndecodableQueryIsNeverCached() {
        assertThat(routes.match("/api/v1/things").canonical("/api/v1/things", "q=%E9%")).isNull();
    }
}
