package fr.kiosque.article;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.is;

import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;

import org.junit.jupiter.api.Test;

import fr.kiosque.common.http.cache.ResponseCache;
import fr.kiosque.support.Fixtures;
import fr.kiosque.support.Tokens;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

/**
 * The second tier: article pages rendered once and kept in PostgreSQL. A miss of the response
 * cache reads one row; the row is never used once what it shows has changed.
 */
@QuarkusTest
class ArticlePagesTest {

    static {
        io.restassured.RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
    }

    @Inject
    EntityManagerFactory entityManagerFactory;

    @Inject
    EntityManager em;

    @Inject
    ResponseCache cache;

    @Inject
    ArticlePages pages;

    @Test
    void aStoredPageIsOneStatementWithTheSameBytesAndEtag() {
        var article = Fixtures.article().tags(Fixtures.unique("Tier")).create();
        var first = given().get(path(article)).then().statusCode(200).extract();
        cache.invalidateAllLocally(); // as on another instance, or once the response cache let it go
        // asked before, so kept: one statement at most (on a worker, since the memory must first learn again
        // when visibility next changes by time alone; on the event loop, through no JDBC statement, once it knows)
        long statements = statementsFor(() -> given().get(path(article)).then().statusCode(200)
                .header("X-Kiosque-Cache", "STORED")
                .header("ETag", equalTo(first.header("ETag"))).body(equalTo(first.asString())));
        assertThat(statements).isLessThanOrEqualTo(1);
        awaitHit(path(article));
        var found = new java.util.concurrent.atomic.AtomicReference<java.util.Optional<fr.kiosque.common.http.cache.RenderedAnswer>>();
        assertThat(statementsFor(() -> found.set(pages.find(java.util.Map.of("slug", article.slug()))))).isEqualTo(1);
        assertThat(found.get()).hasValueSatisfying(answer -> {
            assertThat(answer.etag()).isEqualTo(first.header("ETag"));
            assertThat(new String(answer.body(), java.nio.charset.StandardCharsets.UTF_8)).isEqualTo(first.asString());
        });
        cache.invalidateAllLocally();
        given().header("Accept-Encoding", "gzip").get(path(article)).then().statusCode(200)
                .header("X-Kiosque-Cache", "STORED").body("slug", equalTo(article.slug()));
        cache.invalidateAllLocally();
        given().header("If-None-Match", first.header("ETag")).get(path(article)).then().statusCode(304);
    }

    @Test
    void aStoredPageIsNotUsedOnceTheArticleOrItsCommentsChanged() {
        var article = Fixtures.article().create();
        given().get(path(article)).then().statusCode(200).body("commentCount", is(0));
        reply(article.id());
        cache.invalidateAllLocally();
        given().get(path(article)).then().statusCode(200).header("X-Kiosque-Cache", "MISS").body("commentCount", is(1));

        given().contentType("application/merge-patch+json; charset=UTF-8")
                .header("Authorization", Tokens.bearer(Tokens.editor()))
                .header("If-Match", Fixtures.etag("/api/v1/admin/articles/" + article.id()))
                .body("{\"standfirst\": \"Un chapô revu.\"}")
                .patch("/api/v1/admin/articles/" + article.id()).then().statusCode(200);
        cache.invalidateAllLocally();
        given().get(path(article)).then().statusCode(200).body("standfirst", equalTo("Un chapô revu."));
    }

    @Test
    void aRelatedArticleThatLeavesThePublicLeavesTheStoredPage() {
        var related = Fixtures.article().create();
        var article = Fixtures.article().with("related", List.of(related.slug())).create();
        given().get(path(article)).then().statusCode(200).body("related.slug", contains(related.slug()));

        given().header("Authorization", Tokens.bearer(Tokens.editor())).contentType(ContentType.JSON)
                .header("If-Match", Fixtures.etag("/api/v1/admin/articles/" + related.id()))
                .body(Map.of("status", "DRAFT"))
                .put("/api/v1/admin/articles/" + related.id() + "/status").then().statusCode(200);
        cache.invalidateAllLocally();
        given().get(path(article)).then().statusCode(200).body("related", empty());
    }

    @Test
    void aRenamedTagIsShownOnStoredPages() {
        String tag = Fixtures.unique("Ancien nom");
        var article = Fixtures.article().tags(tag).create();
        String slug = given().get(path(article)).then().statusCode(200).extract().path("tags[0].slug");
        long id = given().header("Authorization", Tokens.bearer(Tokens.editor())).queryParam("size", 100)
                .get("/api/v1/admin/tags").then().extract().jsonPath()
                .<Integer> getList("items.findAll { it.slug == '" + slug + "' }.id").get(0).longValue();
        String renamed = Fixtures.unique("Nouveau nom");
        given().header("Authorization", Tokens.bearer(Tokens.editor())).contentType(ContentType.JSON)
                .header("If-Match", Fixtures.etag("/api/v1/admin/tags/" + id))
                .body(Map.of("name", renamed, "slug", slug))
                .put("/api/v1/admin/tags/" + id).then().statusCode(200);
        cache.invalidateAllLocally();
        given().get(path(article)).then().statusCode(200).body("tags[0].name", equalTo(renamed));
    }

    @Test
    void theBackgroundRenderingStoresMissingPages() {
        var article = Fixtures.article().create();
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery("delete from article_page where article_id = ?1")
                .setParameter(1, article.id()).executeUpdate());
        while (pages.renderMissing(500) > 0) {
            // until every visible article has its page
        }
        Number stored = QuarkusTransaction.requiringNew().call(() -> (Number) em.createNativeQuery(
                "select count(*) from article_page where article_id = ?1").setParameter(1, article.id()).getSingleResult());
        assertThat(stored.intValue()).isEqualTo(1);
        cache.invalidateAllLocally();
        given().get(path(article)).then().statusCode(200).header("X-Kiosque-Cache", "STORED");
    }

    @Test
    void theLongTailsFirstRequestIsReadOnTheEventLoopAndKeptInMemoryFromItsSecond() {
        var article = Fixtures.article().create();
        while (pages.renderMissing(500) > 0) {
            // its page is stored before anyone asked for it, as the background rendering does
        }
        var first = given().get(path(article)).then().statusCode(200).header("X-Kiosque-Cache", "STORED").extract();
        // read by Vert.x's client on the event loop: no statement through Hibernate, no worker
        long statements = statementsFor(() -> given().get("/api/v1/articles/" + Fixtures.article().create().slug() + "x")
                .then().statusCode(404));
        assertThat(statements).isPositive(); // (the counter counts: a 404 goes to the route)
        var article2 = Fixtures.article().create();
        while (pages.renderMissing(500) > 0) {
            // stored before anyone asked
        }
        assertThat(statementsFor(() -> given().get(path(article2)).then().statusCode(200).header("X-Kiosque-Cache", "STORED")))
                .isZero();
        // the second request of the first one: read again, and kept this time
        given().get(path(article)).then().statusCode(200).header("X-Kiosque-Cache", "STORED")
                .header("ETag", equalTo(first.header("ETag"))).body(equalTo(first.asString()));
        awaitHit(path(article));
        given().get(path(article)).then().statusCode(200).header("X-Kiosque-Cache", "HIT").body(equalTo(first.asString()));
    }

    /** The memory may keep a stored page on a worker, after its answer: until it answers from there. */
    private static void awaitHit(String path) {
        for (int i = 0; i < 100; i++) {
            if ("HIT".equals(given().get(path).then().statusCode(200).extract().header("X-Kiosque-Cache"))) {
                return;
            }
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
        throw new AssertionError(path + " was never answered from the memory");
    }

    private static String path(Fixtures.Created article) {
        return "/api/v1/articles/" + article.slug();
    }

    private static void reply(long articleId) {
        given().header("Authorization", Tokens.bearer(Tokens.editor())).contentType(ContentType.JSON)
                .body(Map.of("body", "Merci !")).post("/api/v1/admin/articles/" + articleId + "/comments")
                .then().statusCode(201);
    }

    private long statementsFor(Runnable call) {
        return fr.kiosque.support.Statements.countedFor(entityManagerFactory, call);
    }
}
