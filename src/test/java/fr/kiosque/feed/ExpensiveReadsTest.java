package fr.kiosque.feed;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPInputStream;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManagerFactory;

import org.junit.jupiter.api.Test;

import fr.kiosque.common.http.Bulkhead;
import fr.kiosque.common.http.Bulkheads;
import fr.kiosque.support.Fixtures;
import fr.kiosque.support.Statements;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.config.DecoderConfig;
import io.restassured.config.RestAssuredConfig;
import io.restassured.response.Response;

/**
 * Expensive public reads hold under bursts: the bulkheads' 503 with Retry-After, and sitemap files
 * streamed under an ETag known before their body.
 */
@QuarkusTest
class ExpensiveReadsTest {

    @Inject
    Bulkheads bulkheads;

    @Inject
    EntityManagerFactory entityManagerFactory;

    @Test
    void pastTheFeedsBulkheadAFeedIsA503WithRetryAfterThenServedAgain() {
        Bulkhead feeds = bulkheads.get(Bulkheads.FEEDS);
        List<Bulkhead.Permit> held = new ArrayList<>();
        try {
            for (int i = 0; i < feeds.concurrency(); i++) {
                held.add(feeds.tryEnter());
            }
            // a feed nobody asked for yet (the cache cannot answer it): its render waits, then gives up (max-wait 0.2 s in tests)
            String path = "/feeds/jobs.atom?limit=" + (2 + (int) (Math.random() * 90));
            Response refused = given().get(path);
            assertThat(refused.statusCode()).isEqualTo(503);
            assertThat(refused.contentType()).startsWith("application/problem+json");
            assertThat(refused.header("Retry-After")).isEqualTo("5");
            assertThat(refused.jsonPath().getString("type")).isEqualTo("urn:kiosque:problem:service-unavailable");
            assertThat(refused.header("Cache-Control")).doesNotContain("public");
            held.forEach(Bulkhead.Permit::close);
            held.clear();
            given().get(path).then().statusCode(200).contentType("application/atom+xml");
            awaitNoneInUse(feeds);
        } finally {
            held.forEach(Bulkhead.Permit::close);
        }
    }

    @Test
    void everyExpensiveReadAnswers503PastItsBulkhead() {
        Fixtures.Created article = Fixtures.article().create();
        String token = "n" + java.util.UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        int limit = 2 + (int) (Math.random() * 90);
        // each a miss of the response cache (new values), so that it goes on to its bulkhead
        Map<String, List<String>> paths = Map.of(
                Bulkheads.FEEDS, List.of("/feeds/articles.rss?limit=" + limit, "/feeds/articles.atom?limit=" + limit,
                        "/feeds/articles.json?limit=" + limit, "/feeds/jobs.rss?limit=" + limit, "/feeds/jobs.json?limit=" + limit),
                Bulkheads.SITEMAPS, List.of("/sitemaps/articles-1.xml"),
                Bulkheads.SEARCH, List.of("/api/v1/search?q=" + token),
                Bulkheads.THREADS, List.of("/api/v1/articles/" + article.slug() + "/comments?size=" + limit));
        paths.forEach((name, urls) -> {
            Bulkhead bulkhead = bulkheads.get(name);
            List<Bulkhead.Permit> held = new ArrayList<>();
            try {
                for (int i = 0; i < bulkhead.concurrency(); i++) {
                    held.add(bulkhead.tryEnter());
                }
                for (String url : urls) {
                    Response refused = given().get(url);
                    assertThat(refused.statusCode()).as(url).isEqualTo(503);
                    assertThat(refused.header("Retry-After")).as(url).isEqualTo("5");
                    assertThat(refused.contentType()).startsWith("application/problem+json");
                }
            } finally {
                held.forEach(Bulkhead.Permit::close);
            }
            for (String url : urls) {
                given().get(url).then().statusCode(200);
            }
        });
    }

    @Test
    void aStreamedSitemapFileHasAStableEtagItsGzipVariantAndEndsItsPermit() throws Exception {
        Fixtures.article().create();
        Bulkhead sitemaps = bulkheads.get(Bulkheads.SITEMAPS);
        // (REST Assured asks for gzip unless its decoders are off)
        RestAssuredConfig raw = RestAssuredConfig.config().decoderConfig(DecoderConfig.decoderConfig().noContentDecoders());
        Response plain = given().config(raw).get("/sitemaps/articles-1.xml");
        assertThat(plain.statusCode()).isEqualTo(200);
        String etag = plain.header("ETag");
        assertThat(etag).matches("\"[^\"]+\"");
        assertThat(plain.header("Last-Modified")).isNotBlank();
        assertThat(plain.header("Surrogate-Key")).contains("articles");
        assertThat(plain.header("Cache-Control")).startsWith("public, max-age=");
        assertThat(plain.header("Content-Encoding")).isNull();
        assertThat(given().config(raw).get("/sitemaps/articles-1.xml").header("ETag")).isEqualTo(etag);

        // gzipped on the way, under the gzip variant's tag, with the same bytes inside
        Response zipped = given().config(raw).header("Accept-Encoding", "gzip").get("/sitemaps/articles-1.xml");
        assertThat(zipped.header("Content-Encoding")).isEqualTo("gzip");
        assertThat(zipped.header("ETag")).isNotEqualTo(etag);
        try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(zipped.asByteArray()))) {
            assertThat(in.readAllBytes()).isEqualTo(plain.asByteArray());
        }
        given().header("If-None-Match", zipped.header("ETag")).get("/sitemaps/articles-1.xml").then().statusCode(304);
        given().header("If-None-Match", etag).head("/sitemaps/articles-1.xml").then().statusCode(304);
        given().head("/sitemaps/articles-1.xml").then().statusCode(200);

        // the last file changes when an article is published (the articles in it, so its tag)
        int files = FeedApiTest.sitemaps(given().get("/sitemap.xml").asByteArray()).size() - 1;
        String lastFile = "/sitemaps/articles-" + files + ".xml";
        String before = given().get(lastFile).header("ETag");
        Fixtures.article().create();
        int filesAfter = FeedApiTest.sitemaps(given().get("/sitemap.xml").asByteArray()).size() - 1;
        if (filesAfter == files) {
            assertThat(given().get(lastFile).header("ETag")).isNotEqualTo(before);
        } else {
            given().get("/sitemaps/articles-" + filesAfter + ".xml").then().statusCode(200);
        }
        // every exchange gave its place back, 304s and HEADs included
        awaitNoneInUse(sitemaps);
    }

    @Test
    void aFileNumberPastEveryArticleIsA404WithoutReadingArticles() {
        long statements = Statements.countedFor(entityManagerFactory,
                () -> given().get("/sitemaps/articles-999999999.xml").then().statusCode(404).contentType("application/problem+json"));
        // the highest id, one index probe: no count, no offset scan
        assertThat(statements).isEqualTo(1);
        awaitNoneInUse(bulkheads.get(Bulkheads.SITEMAPS));
    }

    /** A place is given back when the answer has been written, just after the client has it. */
    private static void awaitNoneInUse(Bulkhead bulkhead) {
        for (int i = 0; i < 100 && bulkhead.inUse() > 0; i++) {
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        assertThat(bulkhead.inUse()).isZero();
    }
}
