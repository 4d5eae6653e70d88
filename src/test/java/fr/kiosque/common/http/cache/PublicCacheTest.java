package fr.kiosque.common.http.cache;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import fr.kiosque.support.Fixtures;
import fr.kiosque.support.TestClock;
import fr.kiosque.support.Tokens;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.quarkus.runtime.configuration.MemorySize;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;

/**
 * The response cache: public answers are served from memory, stay correct after staff writes
 * (on this instance and on another one, through PostgreSQL NOTIFY), expire when time alone
 * changes what the public sees, and keep their media type and bytes.
 */
@QuarkusTest
class PublicCacheTest {

    private static final String PUBLIC = "/api/v1/articles/";
    private static final String ADMIN = "/api/v1/admin/articles/";

    static {
        io.restassured.RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
    }

    @Inject
    TestClock clock;

    @Inject
    InvalidationListenerLifecycle lifecycle;

    @Inject
    Instance<VisibilitySchedule> schedules;

    @Inject
    ResponseCache cache;

    @Test
    void anonymousAnswersFromTheCacheKeepCorsMetricsAndCredentialChecks() {
        var article = published();
        given().get(PUBLIC + article.slug()).then().statusCode(200);
        // answered before authentication: CORS (a filter before it) still applies, preflight included
        given().header("Origin", "http://localhost:3000").get(PUBLIC + article.slug()).then().statusCode(200)
                .header("X-Kiosque-Cache", "HIT").header("Access-Control-Allow-Origin", "http://localhost:3000");
        given().header("Origin", "http://localhost:3000").header("Access-Control-Request-Method", "GET")
                .options(PUBLIC + article.slug()).then().statusCode(200)
                .header("Access-Control-Allow-Origin", "http://localhost:3000");
        // a request with credentials goes through authentication first, as before, and is then answered from the cache
        given().header("Authorization", fr.kiosque.support.Tokens.bearer(fr.kiosque.support.Tokens.editor()))
                .get(PUBLIC + article.slug()).then().statusCode(200).header("X-Kiosque-Cache", "HIT");
        // the HTTP metrics name the route's template, not each article (one time series, not one per slug)
        String metrics = given().get("/q/metrics").then().statusCode(200).extract().asString();
        assertThat(metrics).contains("method=\"GET\",outcome=\"SUCCESS\",status=\"200\",uri=\"/api/v1/articles/{slug}\"")
                .doesNotContainPattern("method=\"GET\"[^}]*uri=\"" + PUBLIC + article.slug());
    }

    @Test
    void aRepeatedReadIsServedFromTheCacheWithTheSameBytesAndHeaders() {
        var article = published();
        ExtractableResponse<Response> first = given().get(PUBLIC + article.slug()).then().statusCode(200).extract();
        ExtractableResponse<Response> second = given().get(PUBLIC + article.slug()).then().statusCode(200).extract();

        assertThat(first.header("X-Kiosque-Cache")).isEqualTo("MISS");
        assertThat(second.header("X-Kiosque-Cache")).isEqualTo("HIT");
        assertThat(second.asByteArray()).isEqualTo(first.asByteArray());
        assertThat(second.header("ETag")).isEqualTo(first.header("ETag"));
        assertThat(second.contentType()).isEqualTo(first.contentType()).startsWith("application/json");
        assertThat(second.header("Cache-Control")).isEqualTo("public, max-age=60");
        assertThat(second.header("X-Content-Type-Options")).isEqualTo("nosniff");
        // CORS headers depend on the Origin: shared caches must keep one copy per origin
        assertThat(first.header("Vary")).isEqualTo("Accept-Encoding, Origin");
        assertThat(second.header("Vary")).isEqualTo("Accept-Encoding, Origin");
        // every answer says when it was made (RFC 9110, 6.6.1), cache hits too
        for (ExtractableResponse<Response> answer : List.of(first, second)) {
            java.time.Instant date = java.time.ZonedDateTime.parse(answer.header("Date"),
                    java.time.format.DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
            assertThat(date).isBetween(java.time.Instant.now().minusSeconds(60), java.time.Instant.now().plusSeconds(1));
        }

        // 304 from the cache too, and HEAD without a body
        given().header("If-None-Match", first.header("ETag")).get(PUBLIC + article.slug())
                .then().statusCode(304).header("X-Kiosque-Cache", "HIT").header("ETag", first.header("ETag"))
                .body(equalTo(""));
        given().head(PUBLIC + article.slug()).then().statusCode(200).header("X-Kiosque-Cache", "HIT")
                .header("Content-Length", String.valueOf(first.asByteArray().length));
    }

    @Test
    void aClientThatAcceptsGzipGetsTheSameAnswerCompressedOnceWithItsOwnEtag() throws Exception {
        // a list of 20 full cards is well over the 1 KB below which nothing is compressed
        String section = Fixtures.section(Fixtures.unique("Rubrique gzip"));
        for (int i = 0; i < 6; i++) {
            Fixtures.article().section(section).create();
        }
        java.net.URI uri = java.net.URI.create(io.restassured.RestAssured.baseURI + ":" + io.restassured.RestAssured.port
                + "/api/v1/articles?section=" + section);
        java.net.http.HttpClient client = java.net.http.HttpClient.newHttpClient();
        java.util.function.Function<String, java.net.http.HttpResponse<byte[]>> get = encoding -> {
            try {
                var request = java.net.http.HttpRequest.newBuilder(uri);
                if (encoding != null) {
                    request.header("Accept-Encoding", encoding);
                }
                return client.send(request.build(), java.net.http.HttpResponse.BodyHandlers.ofByteArray());
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        };
        var first = get.apply("gzip"); // the miss that fills the cache, as a CDN's would be
        var identity = get.apply(null);
        var gzipped = get.apply("gzip, deflate, br");
        var refused = get.apply("gzip;q=0, identity");

        assertThat(first.headers().firstValue("X-Kiosque-Cache")).hasValue("MISS");
        assertThat(first.headers().firstValue("Content-Encoding")).hasValue("gzip");
        assertThat(first.body()).isEqualTo(gzipped.body());
        assertThat(first.headers().firstValue("ETag")).isEqualTo(gzipped.headers().firstValue("ETag"));

        assertThat(gzipped.headers().firstValue("X-Kiosque-Cache")).hasValue("HIT");
        assertThat(gzipped.headers().firstValue("Content-Encoding")).hasValue("gzip");
        assertThat(gzipped.headers().firstValue("Vary")).hasValue("Accept-Encoding, Origin");
        assertThat(identity.headers().firstValue("Vary")).hasValue("Accept-Encoding, Origin");
        assertThat(gzipped.body().length).isLessThan(identity.body().length);
        try (var in = new java.util.zip.GZIPInputStream(new java.io.ByteArrayInputStream(gzipped.body()))) {
            assertThat(in.readAllBytes()).isEqualTo(identity.body());
        }
        String etag = identity.headers().firstValue("ETag").orElseThrow();
        String gzipEtag = gzipped.headers().firstValue("ETag").orElseThrow();
        assertThat(gzipEtag).isEqualTo(HttpCaching.gzipEtag(etag)).isNotEqualTo(etag);
        assertThat(refused.headers().firstValue("Content-Encoding")).isEmpty();
        assertThat(refused.body()).isEqualTo(identity.body());

        given().header("Accept-Encoding", "gzip").header("If-None-Match", gzipEtag)
                .get("/api/v1/articles?section=" + section).then().statusCode(304).header("ETag", gzipEtag);
    }

    @Test
    void aListKeepsItsLinkHeaderWhenServedFromTheCache() {
        String section = Fixtures.section(Fixtures.unique("Rubrique cache"));
        String author = Fixtures.author(Fixtures.unique("Autrice cache"));
        for (int i = 0; i < 3; i++) {
            Fixtures.article().section(section).authors(author).create();
        }
        String url = "/api/v1/articles?section=" + section + "&size=2";
        String link = given().get(url).then().statusCode(200).extract().header("Link");
        given().get(url).then().statusCode(200).header("X-Kiosque-Cache", "HIT").header("Link", link);
        assertThat(link).contains("rel=\"next\"");
    }

    @Test
    void aStaffWriteIsVisiblePubliclyAtOnce() {
        var article = published();
        given().get(PUBLIC + article.slug()).then().statusCode(200);
        given().get(PUBLIC + article.slug()).then().statusCode(200).header("X-Kiosque-Cache", "HIT");

        given().contentType("application/merge-patch+json; charset=UTF-8")
                .header("Authorization", Tokens.bearer(Tokens.editor()))
                .header("If-Match", article.etag())
                .body("{\"title\": \"Titre corrigé à l'instant\"}")
                .patch(ADMIN + article.id()).then().statusCode(200);

        given().get(PUBLIC + article.slug()).then().statusCode(200)
                .header("X-Kiosque-Cache", "MISS")
                .body("title", equalTo("Titre corrigé à l'instant"));
    }

    @Test
    void unpublishingRemovesTheCachedPageAndItsPlaceInLists() {
        var article = published();
        given().get(PUBLIC + article.slug()).then().statusCode(200);
        given().get(PUBLIC + article.slug()).then().statusCode(200).header("X-Kiosque-Cache", "HIT");

        given().contentType(ContentType.JSON).header("Authorization", Tokens.bearer(Tokens.editor()))
                .header("If-Match", article.etag()).body(Map.of("status", "DRAFT"))
                .put(ADMIN + article.id() + "/status").then().statusCode(200);

        given().get(PUBLIC + article.slug()).then().statusCode(404);
    }

    @Test
    void aScheduledArticleAppearsWhenItsTimeComesWithoutAnyWrite() {
        String section = Fixtures.section(Fixtures.unique("Rubrique programmée"));
        String author = Fixtures.author(Fixtures.unique("Auteur programmé"));
        Instant due = Instant.now().plus(1, ChronoUnit.HOURS).truncatedTo(ChronoUnit.SECONDS);
        var scheduled = Fixtures.article().section(section).authors(author).status("SCHEDULED")
                .publishedAt(due.toString()).create();
        String url = "/api/v1/articles?section=" + section;
        try {
            given().get(url).then().statusCode(200).body("page.totalItems", equalTo(0));
            given().get(url).then().statusCode(200).header("X-Kiosque-Cache", "HIT").body("page.totalItems", equalTo(0));

            clock.advance(Duration.ofMinutes(61));

            given().get(url).then().statusCode(200).header("X-Kiosque-Cache", "MISS")
                    .body("page.totalItems", equalTo(1))
                    .body("items[0].slug", equalTo(scheduled.slug()));
        } finally {
            clock.reset();
        }
    }

    @Test
    void anotherInstanceDropsItsCopyWithinASecondOfACommittedWrite() throws Exception {
        var article = published();
        ResponseCache other = new ResponseCache(config(), Clock.systemUTC(), schedules, new SimpleMeterRegistry());
        try (InvalidationListener listener = new InvalidationListener(lifecycle::connect, "kiosque_cache", other).start()) {
            awaitListening(listener);
            String key = PUBLIC + article.slug();
            String[] namespaces = { CacheNamespaces.ARTICLES };
            other.store(key, "{}".getBytes(StandardCharsets.UTF_8), "application/json", "\"x\"", "public, max-age=60",
                    Map.of(), namespaces, other.snapshot());
            assertThat(other.lookup(key)).isPresent();

            given().contentType("application/merge-patch+json; charset=UTF-8")
                    .header("Authorization", Tokens.bearer(Tokens.editor()))
                    .header("If-Match", article.etag())
                    .body("{\"standfirst\": \"Chapô revu depuis l'autre instance\"}")
                    .patch(ADMIN + article.id()).then().statusCode(200);

            Instant deadline = Instant.now().plusSeconds(1);
            Optional<CachedAnswer> found = other.lookup(key);
            while (found.isPresent() && Instant.now().isBefore(deadline)) {
                Thread.onSpinWait();
                found = other.lookup(key);
            }
            assertThat(found).as("the other instance's copy is dropped within a second").isEmpty();
        }
    }

    @Test
    void aWriteThatRollsBackInvalidatesNothing() {
        var article = published();
        given().get(PUBLIC + article.slug()).then().statusCode(200);
        // a stale If-Match: the write fails and its transaction rolls back
        given().contentType("application/merge-patch+json; charset=UTF-8")
                .header("Authorization", Tokens.bearer(Tokens.editor()))
                .header("If-Match", "\"v999\"")
                .body("{\"title\": \"Jamais enregistré\"}")
                .patch(ADMIN + article.id()).then().statusCode(412);
        given().get(PUBLIC + article.slug()).then().statusCode(200).header("X-Kiosque-Cache", "HIT");
    }

    @Test
    void aNonJsonAnswerKeepsItsMediaTypeAndBytes() {
        String url = "/api/v1/test-only/cache-probe";
        int before = CacheProbeResource.CALLS.get();
        ExtractableResponse<Response> first = given().get(url).then().statusCode(200).extract();
        ExtractableResponse<Response> second = given().get(url).then().statusCode(200).extract();

        for (ExtractableResponse<Response> answer : List.of(first, second)) {
            assertThat(answer.contentType()).startsWith("application/rss+xml");
            assertThat(new String(answer.asByteArray(), StandardCharsets.UTF_8)).isEqualTo(CacheProbeResource.RSS);
        }
        assertThat(second.header("X-Kiosque-Cache")).isEqualTo("HIT");
        assertThat(CacheProbeResource.CALLS.get() - before).as("computed once").isEqualTo(1);
        // a client that accepts only JSON is not handed the cached RSS
        given().accept("application/json").get(url).then().statusCode(406);
    }

    @Test
    void staffAndErrorAnswersAreNeverPubliclyCacheable() {
        given().header("Authorization", Tokens.bearer(Tokens.editor())).get("/api/v1/admin/articles")
                .then().statusCode(200).header("Cache-Control", "private, no-store");
        // a public 404 is kept briefly (CacheKeysAndTagsTest); a staff one never
        given().get(PUBLIC + "aucun-article-ne-porte-ce-slug").then().statusCode(404)
                .header("Cache-Control", "public, max-age=30");
        given().header("Authorization", Tokens.bearer(Tokens.editor())).get("/api/v1/admin/articles/999999999")
                .then().statusCode(404).header("Cache-Control", "private, no-store").header("X-Kiosque-Cache", (String) null);
    }

    private static Fixtures.Created published() {
        return Fixtures.article()
                .section(Fixtures.section(Fixtures.unique("Rubrique")))
                .authors(Fixtures.author(Fixtures.unique("Auteur")))
                .create();
    }

    static void awaitListening(InvalidationListener listener) {
        Instant deadline = Instant.now().plusSeconds(10);
        while (!listener.listening() && Instant.now().isBefore(deadline)) {
            Thread.onSpinWait();
        }
        assertThat(listener.listening()).isTrue();
    }

    static CacheConfig config() {
        return new CacheConfig() {
            @Override
            public boolean enabled() {
                return true;
            }

            @Override
            public MemorySize maxSize() {
                return new MemorySize(java.math.BigInteger.valueOf(1 << 20));
            }

            @Override
            public Duration ttl() {
                return Duration.ofMinutes(10);
            }

            @Override
            public Duration staleIfError() {
                return Duration.ofHours(6);
            }

            @Override
            public Duration notFoundTtl() {
                return Duration.ofSeconds(30);
            }

            @Override
            public Duration singleFlightWait() {
                return Duration.ofSeconds(5);
            }

            @Override
            public Duration cdnMaxAge() {
                return Duration.ofHours(1);
            }

            @Override
            public String channel() {
                return "kiosque_cache";
            }
        };
    }
}
