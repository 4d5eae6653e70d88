package fr.kiosque.ghost;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import java.util.ArrayList;
import java.util.List;

import jakarta.inject.Inject;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import fr.kiosque.common.http.Bulkhead;
import fr.kiosque.common.http.Bulkheads;
import fr.kiosque.common.http.cache.ResponseCache;
import fr.kiosque.support.ContentKeys;
import fr.kiosque.support.Fixtures;
import fr.kiosque.support.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.response.Response;

/**
 * Keyed reads from the response cache: the key is checked (revocation, its limit) before the cache
 * answers, the cache key holds the rights class, never the key, and the per-key headers are each
 * caller's; writes drop Ghost's answers; misses are bounded by the Ghost bulkhead; preflights follow
 * the key's origins.
 */
@QuarkusTest
class GhostCacheTest {

    private static final String API = "/ghost/api/content/";

    @Inject
    ResponseCache cache;

    @Inject
    Bulkheads bulkheads;

    @BeforeAll
    static void logFailures() {
        RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
    }

    @Test
    void fullAndExcerptKeysGetTheirOwnBodiesForTheSameUrl() {
        Fixtures.Created article = Fixtures.article()
                .with("body", "<p>Premier paragraphe.</p><p>Deuxième paragraphe réservé.</p>").create();
        String url = API + "posts/slug/" + article.slug() + "/";
        String full = ContentKeys.create("FULL", 60, List.of()).path("key");
        String otherFull = ContentKeys.create("FULL", 60, List.of()).path("key");
        String excerpt = ContentKeys.create("EXCERPT", 60, List.of()).path("key");
        String otherExcerpt = ContentKeys.create("EXCERPT", 60, List.of()).path("key");

        Response first = given().queryParam("key", full).get(url);
        assertThat(first.statusCode()).isEqualTo(200);
        assertThat(first.header("X-Kiosque-Cache")).isEqualTo("MISS");
        Response second = given().queryParam("key", otherFull).get(url);
        assertThat(second.header("X-Kiosque-Cache")).isEqualTo("HIT");
        assertThat(second.jsonPath().getString("posts[0].html")).contains("Deuxième paragraphe réservé.");

        Response cut = given().queryParam("key", excerpt).get(url);
        assertThat(cut.header("X-Kiosque-Cache")).isEqualTo("MISS");
        assertThat(cut.jsonPath().getString("posts[0].html")).contains("Premier paragraphe.").doesNotContain("Deuxième");
        Response cutAgain = given().queryParam("key", otherExcerpt).get(url);
        assertThat(cutAgain.header("X-Kiosque-Cache")).isEqualTo("HIT");
        assertThat(cutAgain.asString()).isEqualTo(cut.asString());
        // no shared cache keeps a keyed answer, and a client cannot pick its rights class
        assertThat(cutAgain.header("Cache-Control")).isEqualTo("private, no-store");
        assertThat(cutAgain.header("Surrogate-Key")).isNull();
        assertThat(given().queryParam("key", excerpt).queryParam("rights", "FULL").get(url).jsonPath().getString("posts[0].html"))
                .doesNotContain("Deuxième");
    }

    @Test
    void aRevokedKeyIsRefusedEvenWhenTheAnswerIsCached() {
        Fixtures.Created article = Fixtures.article().create();
        String url = API + "posts/slug/" + article.slug() + "/";
        var created = ContentKeys.create("FULL", 60, List.of());
        String revoked = created.path("key");
        String kept = ContentKeys.create("FULL", 60, List.of()).path("key");
        given().queryParam("key", revoked).get(url).then().statusCode(200);
        given().queryParam("key", kept).get(url).then().statusCode(200).header("X-Kiosque-Cache", "HIT");

        String path = ContentKeys.PATH + "/" + created.<Integer> path("apiKey.id");
        given().header("Authorization", Tokens.bearer(Tokens.admin())).header("If-Match", created.header("ETag"))
                .when().delete(path).then().statusCode(204);
        given().queryParam("key", revoked).get(url).then().statusCode(401)
                .header("Content-Version", "v5.0").body("errors[0].type", equalTo("UnauthorizedError"));
        given().queryParam("key", kept).get(url).then().statusCode(200).header("X-Kiosque-Cache", "HIT");
    }

    @Test
    void cacheHitsCarryEachKeysOwnRateLimitHeaders() {
        Fixtures.Created article = Fixtures.article().create();
        String url = API + "posts/" + article.id() + "/";
        String one = ContentKeys.create("FULL", 50, List.of("https://un.example")).path("key");
        String two = ContentKeys.create("FULL", 70, List.of("https://deux.example")).path("key");
        given().queryParam("key", one).get(url).then().statusCode(200).header("RateLimit-Policy", "\"minute\";q=50;w=60");
        Response hit = given().queryParam("key", two).header("Origin", "https://deux.example").get(url);
        assertThat(hit.header("X-Kiosque-Cache")).isEqualTo("HIT");
        assertThat(hit.header("RateLimit-Policy")).isEqualTo("\"minute\";q=70;w=60");
        assertThat(hit.header("RateLimit")).startsWith("\"minute\";r=69;");
        assertThat(hit.header("Access-Control-Allow-Origin")).isEqualTo("https://deux.example");
        assertThat(hit.header("Content-Version")).isEqualTo("v5.0");
        Response again = given().queryParam("key", one).header("Origin", "https://deux.example").get(url);
        assertThat(again.header("X-Kiosque-Cache")).isEqualTo("HIT");
        assertThat(again.header("RateLimit")).startsWith("\"minute\";r=48;");
        assertThat(again.header("Access-Control-Allow-Origin")).isNull();
    }

    @Test
    void anArticleEditShowsInGhostsNextAnswer() {
        Fixtures.Created article = Fixtures.article().create();
        String url = API + "posts/slug/" + article.slug() + "/";
        given().queryParam("key", ContentKeys.shared()).get(url).then().statusCode(200);
        given().queryParam("key", ContentKeys.shared()).get(url).then().statusCode(200).header("X-Kiosque-Cache", "HIT");
        String title = Fixtures.unique("Titre revu");
        given().contentType("application/merge-patch+json; charset=UTF-8")
                .header("Authorization", Tokens.bearer(Tokens.editor())).header("If-Match", article.etag())
                .body("{\"title\": \"" + title + "\"}")
                .patch("/api/v1/admin/articles/" + article.id()).then().statusCode(200);
        given().queryParam("key", ContentKeys.shared()).get(url).then().statusCode(200)
                .header("X-Kiosque-Cache", "MISS").body("posts[0].title", equalTo(title));
    }

    @Test
    void pastTheGhostBulkheadAMissIsA503InGhostsShapeThenServedAgain() {
        Bulkhead ghost = bulkheads.get(GhostRoutes.BULKHEAD);
        List<Bulkhead.Permit> held = new ArrayList<>();
        try {
            for (int i = 0; i < ghost.concurrency(); i++) {
                held.add(ghost.tryEnter());
            }
            // a list nobody asked for yet (the cache cannot answer it): it waits, then gives up (max-wait 0.2 s in tests)
            String limit = String.valueOf(2 + (int) (Math.random() * 90));
            Response refused = given().queryParam("key", ContentKeys.shared()).queryParam("limit", limit).get(API + "tags/");
            assertThat(refused.statusCode()).isEqualTo(503);
            assertThat(refused.contentType()).startsWith("application/json");
            assertThat(refused.header("Retry-After")).isEqualTo("5");
            assertThat(refused.header("Content-Version")).isEqualTo("v5.0");
            assertThat(refused.header("RateLimit-Policy")).isNotNull();
            assertThat(refused.jsonPath().getString("errors[0].type")).isEqualTo("ServiceUnavailableError");
            held.forEach(Bulkhead.Permit::close);
            held.clear();
            given().queryParam("key", ContentKeys.shared()).queryParam("limit", limit).get(API + "tags/").then().statusCode(200);
        } finally {
            held.forEach(Bulkhead.Permit::close);
        }
    }

    @Test
    void everyContentApiRouteWaitsForTheBulkheadOnAMiss() {
        Bulkhead ghost = bulkheads.get(GhostRoutes.BULKHEAD);
        List<Bulkhead.Permit> held = new ArrayList<>();
        String absent = Fixtures.unique("absent");
        List<String> routes = List.of("posts/", "posts/" + absent + "/", "posts/slug/" + absent + "/", "pages/", "pages/" + absent + "/",
                "pages/slug/" + absent + "/", "tags/" + absent + "/", "tags/slug/" + absent + "/", "authors/", "authors/" + absent + "/",
                "authors/slug/" + absent + "/", "settings/");
        try {
            cache.invalidateAllLocally(); // settings/ has no parameter that would make its key new
            for (int i = 0; i < ghost.concurrency(); i++) {
                held.add(ghost.tryEnter());
            }
            String limit = String.valueOf(2 + (int) (Math.random() * 90));
            for (String route : routes) {
                Response refused = given().queryParam("key", ContentKeys.shared()).queryParam("limit", limit).get(API + route);
                assertThat(refused.statusCode()).as(route).isEqualTo(503);
                assertThat(refused.header("Retry-After")).as(route).isNotNull();
                assertThat(refused.jsonPath().getString("errors[0].type")).as(route).isEqualTo("ServiceUnavailableError");
            }
        } finally {
            held.forEach(Bulkhead.Permit::close);
        }
        given().queryParam("key", ContentKeys.shared()).get(API + "settings/").then().statusCode(200);
    }

    @Test
    void aPreflightIsAnsweredOnlyForAnOriginTheKeyAllows() {
        String key = ContentKeys.create("FULL", 60, List.of("https://www.partenaire.fr")).path("key");
        given().header("Origin", "https://www.partenaire.fr").header("Access-Control-Request-Method", "GET")
                .header("Access-Control-Request-Headers", "accept-version").queryParam("key", key)
                .when().options(API + "posts/").then().statusCode(204)
                .header("Access-Control-Allow-Origin", "https://www.partenaire.fr")
                .header("Access-Control-Allow-Headers", org.hamcrest.Matchers.containsString("Accept-Version"));
        given().header("Origin", "https://intrus.example").header("Access-Control-Request-Method", "GET").queryParam("key", key)
                .when().options(API + "posts/").then().statusCode(403)
                .header("Access-Control-Allow-Origin", org.hamcrest.Matchers.nullValue())
                .body("errors[0].type", equalTo("NoPermissionError"))
                .body("errors[0].message", org.hamcrest.Matchers.containsString("https://intrus.example"));
        given().header("Origin", "https://www.partenaire.fr").header("Access-Control-Request-Method", "GET")
                .when().options(API + "posts/").then().statusCode(401).body("errors[0].type", equalTo("UnauthorizedError"));
    }
}
