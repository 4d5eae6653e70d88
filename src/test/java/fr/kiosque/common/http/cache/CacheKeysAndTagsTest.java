package fr.kiosque.common.http.cache;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;

import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;

import org.junit.jupiter.api.Test;

import fr.kiosque.support.Concurrently;
import fr.kiosque.support.Fixtures;
import fr.kiosque.support.Tokens;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

/**
 * Off the happy path of the response cache: keys that clients cannot multiply, one computation
 * per key, brief 404s, invalidation of what changed only, and the surrogate keys and purge events
 * a CDN works with.
 */
@QuarkusTest
class CacheKeysAndTagsTest {

    static {
        io.restassured.RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
    }

    @Inject
    EntityManagerFactory entityManagerFactory;

    @Inject
    EntityManager em;

    @Inject
    InvalidationListenerLifecycle lifecycle;

    @Inject
    Instance<VisibilitySchedule> schedules;

    @Test
    void aParameterTheRouteDoesNotDeclareNeitherMakesANewKeyNorReachesTheAnswer() {
        String section = Fixtures.section(Fixtures.unique("Clés"));
        Fixtures.article().section(section).create();
        String etag = given().queryParam("section", section).queryParam("cb", UUID.randomUUID().toString())
                .get("/api/v1/articles").then().statusCode(200).header("X-Kiosque-Cache", "MISS")
                .header("Link", not(containsString("cb="))).extract().header("ETag");
        given().queryParam("cb", UUID.randomUUID().toString()).queryParam("section", section).queryParam("page", "1")
                .get("/api/v1/articles").then().statusCode(200).header("X-Kiosque-Cache", "HIT")
                .header("ETag", equalTo(etag)).header("Link", not(containsString("cb=")));
        given().queryParam("section", section).queryParam("size", "20")
                .get("/api/v1/articles").then().statusCode(200).header("X-Kiosque-Cache", "HIT");
    }

    @Test
    void concurrentMissesOfOneKeyComputeItOnce() throws Exception {
        var single = Fixtures.article().create();
        var parallel = Fixtures.article().create();
        long one = statementsFor(() -> {
            given().get("/api/v1/articles/" + single.slug()).then().statusCode(200);
            return null;
        });
        long eight = statementsFor(() -> {
            List<Integer> codes = Concurrently.times(8, i -> given().get("/api/v1/articles/" + parallel.slug()).statusCode());
            assertThat(codes).containsOnly(200);
            return null;
        });
        assertThat(eight).as("eight parallel cold requests read the database as one").isEqualTo(one);
    }

    @Test
    void aPublic404IsKeptBrieflyAndPublishingTheSlugDropsIt() {
        String title = Fixtures.unique("Bientôt publié");
        String slug = fr.kiosque.common.text.Slugs.slugify(title);
        given().get("/api/v1/articles/" + slug).then().statusCode(404).header("X-Kiosque-Cache", "MISS")
                .header("Cache-Control", "public, max-age=30")
                .header("Surrogate-Key", "articles article:" + slug);
        given().get("/api/v1/articles/" + slug).then().statusCode(404).header("X-Kiosque-Cache", "HIT")
                .contentType("application/problem+json");
        Fixtures.article().title(title).create();
        given().get("/api/v1/articles/" + slug).then().statusCode(200).body("slug", equalTo(slug));
    }

    @Test
    void aCommentDropsItsArticleAndTheCountsButNotOtherArticles() throws Exception {
        var commented = Fixtures.article().create();
        var other = Fixtures.article().create();
        ResponseCache elsewhere = new ResponseCache(PublicCacheTest.config(), Clock.systemUTC(), schedules,
                new SimpleMeterRegistry());
        try (InvalidationListener listener = new InvalidationListener(lifecycle::connect, "kiosque_cache", elsewhere).start()) {
            PublicCacheTest.awaitListening(listener);
            String key = "/api/v1/articles/" + commented.slug();
            elsewhere.store(key, "{}".getBytes(), "application/json", "\"x\"", "public, max-age=60", Map.of(),
                    new String[] { CacheNamespaces.ARTICLES, CacheNamespaces.article(commented.slug()) }, elsewhere.snapshot());
            for (var article : List.of(commented, other)) {
                given().get("/api/v1/articles/" + article.slug()).then().statusCode(200);
                given().get("/api/v1/articles/" + article.slug()).then().header("X-Kiosque-Cache", "HIT");
            }
            given().get("/api/v1/articles").then().statusCode(200);
            given().get("/api/v1/articles").then().header("X-Kiosque-Cache", "HIT");

            reply(commented.id(), "Merci pour vos lectures !");

            given().get("/api/v1/articles/" + other.slug()).then().header("X-Kiosque-Cache", "HIT");
            given().get("/api/v1/articles/" + commented.slug()).then().header("X-Kiosque-Cache", "MISS")
                    .body("commentCount", is(1));
            given().get("/api/v1/articles").then().header("X-Kiosque-Cache", "MISS");
            given().get("/api/v1/articles/" + commented.slug() + "/comments").then().statusCode(200);

            Instant deadline = Instant.now().plusSeconds(2);
            while (elsewhere.lookup(key).isPresent() && Instant.now().isBefore(deadline)) {
                Thread.onSpinWait();
            }
            assertThat(elsewhere.lookup(key)).as("another instance drops the commented article's page").isEmpty();
        }
    }

    @Test
    void publicAnswersNameTheirSurrogateKeysAndEachInvalidationIsAnnouncedToCdns() {
        var article = Fixtures.article().create();
        given().get("/api/v1/articles/" + article.slug()).then().statusCode(200)
                .header("Surrogate-Key", "articles article:" + article.slug())
                .header("Cache-Tag", "articles,article:" + article.slug())
                .header("Surrogate-Control", "max-age=3600").header("CDN-Cache-Control", "max-age=3600");
        given().get("/api/v1/articles").then().statusCode(200).header("Surrogate-Key", "articles comment-counts");
        given().header("Authorization", Tokens.bearer(Tokens.editor())).get("/api/v1/admin/articles").then()
                .statusCode(200).header("Surrogate-Key", org.hamcrest.Matchers.nullValue());

        String endpoint = "https://front.kiosque.fr/purge/" + UUID.randomUUID();
        int id = given().header("Authorization", Tokens.bearer(Tokens.admin())).contentType(ContentType.JSON)
                .body(Map.of("url", endpoint, "events", List.of("cache.purge"), "secret", "whsec_un-secret-assez-long"))
                .post("/api/v1/admin/webhooks").then().statusCode(201).extract().path("id");
        reply(article.id(), "Une réponse de la rédaction.");

        @SuppressWarnings("unchecked")
        List<String> bodies = QuarkusTransaction.requiringNew().call(() -> em.createNativeQuery(
                "select d.body from webhook_delivery d join webhook_endpoint e on e.id = d.endpoint_id"
                        + " where e.url = ?1 and d.event = 'cache.purge'")
                .setParameter(1, endpoint).getResultList());
        // the endpoint goes: left active, it would collect a delivery for every change of the rest of the suite
        given().header("Authorization", Tokens.bearer(Tokens.admin())).header("If-Match", "*").delete("/api/v1/admin/webhooks/" + id)
                .then().statusCode(204);
        assertThat(bodies).hasSize(1);
        assertThat(bodies.get(0)).contains("\"event\":\"cache.purge\"").contains("\"article:" + article.slug() + "\"")
                .contains("\"comment-counts\"");
    }

    private static void reply(long articleId, String text) {
        given().header("Authorization", Tokens.bearer(Tokens.editor())).contentType(ContentType.JSON)
                .body(Map.of("body", text)).post("/api/v1/admin/articles/" + articleId + "/comments")
                .then().statusCode(201);
    }

    private long statementsFor(Callable<Void> call) {
        return fr.kiosque.support.Statements.countedFor(entityManagerFactory, () -> {
            try {
                call.call();
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
    }
}
