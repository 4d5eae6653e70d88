package fr.kiosque.ghost;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import fr.kiosque.support.Concurrently;
import fr.kiosque.support.ContentKeys;
import fr.kiosque.support.Fixtures;
import fr.kiosque.support.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;

/**
 * Content API keys: shown once and kept as a keyed hash, listed without the key, changed and
 * revoked with If-Match (at once, on every instance: a change is announced on the cache channel),
 * EXCERPT rights, and each key's limit across parallel requests with its RateLimit headers.
 */
@QuarkusTest
class ContentApiKeysTest {

    private static final String API = "/ghost/api/content/";
    /** Every Content API operation, for the answers each must give (401, 429). */
    private static final List<String> ROUTES = List.of("posts/", "posts/1/", "posts/slug/x/", "pages/", "pages/1/", "pages/slug/x/",
            "tags/", "tags/tag-1/", "tags/slug/x/", "authors/", "authors/author-1/", "authors/slug/x/", "settings/");

    @Inject
    DataSource dataSource;

    @Inject
    KeyUsage keyUsage;

    @BeforeAll
    static void logFailures() {
        RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
    }

    @Test
    void aKeyIsShownOnceAndKeptOnlyAsAKeyedHash() throws Exception {
        ExtractableResponse<Response> created = ContentKeys.create("FULL", 60, List.of("https://www.partenaire.fr"));
        String key = created.path("key");
        long id = created.<Integer> path("apiKey.id").longValue();
        assertThat(key).matches("[0-9a-f]{26}");
        assertThat(created.header("Location")).endsWith(ContentKeys.PATH + "/" + id);
        assertThat((String) created.path("apiKey.keyHint")).isEqualTo(key.substring(22));

        try (Connection connection = dataSource.getConnection();
                PreparedStatement select = connection.prepareStatement("select key_hash from content_api_key where id = ?")) {
            select.setLong(1, id);
            try (ResultSet row = select.executeQuery()) {
                assertThat(row.next()).isTrue();
                byte[] hash = row.getBytes(1);
                assertThat(hash).hasSize(32);
                assertThat(new String(hash, StandardCharsets.ISO_8859_1)).doesNotContain(key);
                assertThat(hash).isNotEqualTo(fr.kiosque.common.security.SecretTokens.hash(key)); // keyed, not a bare SHA-256
            }
        }
        given().header("Authorization", Tokens.bearer(Tokens.admin())).when().get(ContentKeys.PATH + "/" + id)
                .then().statusCode(200).body("$", not(hasKey("key"))).body("keyHint", equalTo(key.substring(22)));
        String list = given().header("Authorization", Tokens.bearer(Tokens.admin())).queryParam("size", 100)
                .when().get(ContentKeys.PATH).then().statusCode(200).extract().asString();
        assertThat(list).doesNotContain(key);
    }

    @Test
    void changingAKeyNeedsIfMatchAndDeletingItRefusesItAtOnce() {
        ExtractableResponse<Response> created = ContentKeys.create("FULL", 60, List.of());
        String key = created.path("key");
        String path = ContentKeys.PATH + "/" + created.<Integer> path("apiKey.id");
        given().queryParam("key", key).when().get(API + "settings/").then().statusCode(200);

        Map<String, Object> change = Map.of("name", "Renommée", "rights", "EXCERPT", "requestsPerMinute", 30);
        admin().body(change).when().put(path).then().statusCode(428);
        admin().header("If-Match", "\"v41\"").body(change).when().put(path).then().statusCode(412);
        admin().header("If-Match", created.header("ETag")).body(change).when().put(path).then().statusCode(200)
                .body("rights", equalTo("EXCERPT")).body("requestsPerMinute", equalTo(30));
        given().queryParam("key", key).when().get(API + "settings/").then().statusCode(200)
                .header("RateLimit-Policy", "\"minute\";q=30;w=60");

        admin().when().delete(path).then().statusCode(428);
        admin().header("If-Match", "\"v0\"").when().delete(path).then().statusCode(412);
        String etag = given().header("Authorization", Tokens.bearer(Tokens.admin())).when().get(path).then().statusCode(200)
                .extract().header("ETag");
        admin().header("If-Match", etag).when().delete(path).then().statusCode(204);
        given().queryParam("key", key).when().get(API + "settings/").then().statusCode(401)
                .body("errors[0].message", equalTo("Unknown Content API Key"));
        given().header("Authorization", Tokens.bearer(Tokens.admin())).when().get(path).then().statusCode(404);
    }

    /**
     * Another instance revokes a key: its DELETE and its NOTIFY on the cache channel commit together in the
     * shared database (what {@code ContentApiKeys.delete} does there); this instance, which holds the key in
     * memory, refuses it within a second.
     */
    @Test
    void aKeyRevokedByAnotherInstanceIsRefusedAtOnce() throws Exception {
        ExtractableResponse<Response> created = ContentKeys.create("FULL", 60, List.of());
        String key = created.path("key");
        given().queryParam("key", key).when().get(API + "posts/").then().statusCode(200);
        given().queryParam("key", key).when().get(API + "posts/").then().statusCode(200);
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            try (PreparedStatement delete = connection.prepareStatement("delete from content_api_key where id = ?");
                    PreparedStatement notify = connection.prepareStatement("select pg_notify('kiosque_cache', ?)")) {
                delete.setLong(1, created.<Integer> path("apiKey.id").longValue());
                assertThat(delete.executeUpdate()).isOne();
                notify.setString(1, KeyAccess.TAG);
                notify.executeQuery().close();
            }
            connection.commit();
        }
        java.time.Instant deadline = java.time.Instant.now().plusSeconds(1);
        int status = given().queryParam("key", key).when().get(API + "posts/").statusCode();
        while (status == 200 && java.time.Instant.now().isBefore(deadline)) {
            Thread.sleep(20);
            status = given().queryParam("key", key).when().get(API + "posts/").statusCode();
        }
        assertThat(status).as("refused within a second").isEqualTo(401);
    }

    /** Counted in memory, added to the database by flushes (the usage endpoint flushes this instance first): counts add up. */
    @Test
    void usageIsCountedPerDay() {
        ExtractableResponse<Response> created = ContentKeys.create("FULL", 60, List.of());
        String key = created.path("key");
        String usage = ContentKeys.PATH + "/" + created.<Integer> path("apiKey.id") + "/usage";
        for (int i = 0; i < 3; i++) {
            given().queryParam("key", key).when().get(API + "settings/").then().statusCode(200);
        }
        given().header("Authorization", Tokens.bearer(Tokens.admin())).when().get(usage)
                .then().statusCode(200).body("days[0].requests", equalTo(3));
        for (int i = 0; i < 2; i++) {
            given().queryParam("key", key).when().get(API + "settings/").then().statusCode(200);
        }
        keyUsage.flush();
        given().header("Authorization", Tokens.bearer(Tokens.admin())).when().get(usage)
                .then().statusCode(200).body("days[0].requests", equalTo(5)).body("days", org.hamcrest.Matchers.hasSize(1));
    }

    @Test
    void anExcerptKeyGetsTheStandfirstTheFirstParagraphAndALinkBackNeverTheRest() {
        String section = Fixtures.section(Fixtures.unique("Rubrique"));
        Fixtures.Created article = Fixtures.article().section(section)
                .with("body", "<p>Premier paragraphe public.</p><p>Deuxième paragraphe réservé.</p><h2>Suite</h2><p>Fin réservée.</p>")
                .create();
        String excerpt = ContentKeys.create("EXCERPT", 60, List.of()).path("key");
        String html = given().queryParam("key", excerpt).queryParam("formats", "html,plaintext")
                .when().get(API + "posts/slug/" + article.slug() + "/")
                .then().statusCode(200).extract().path("posts[0].html");
        String text = given().queryParam("key", excerpt).queryParam("formats", "plaintext").queryParam("filter", "primary_tag:" + section)
                .when().get(API + "posts/").then().statusCode(200).extract().path("posts[0].plaintext");
        assertThat(html).contains("Un chapô de test.", "Premier paragraphe public.", "Lire la suite sur Kiosque", article.slug())
                .doesNotContain("Deuxième", "Suite", "Fin réservée");
        assertThat(text).contains("Premier paragraphe public.").doesNotContain("Deuxième", "Fin réservée");

        String full = given().queryParam("key", ContentKeys.shared()).when().get(API + "posts/slug/" + article.slug() + "/")
                .then().statusCode(200).extract().path("posts[0].html");
        assertThat(full).contains("Deuxième paragraphe réservé.", "Fin réservée.");
    }

    /** Parallel requests with one key: exactly its limit gets through, the rest 429 with Retry-After; every answer has the headers. */
    @Test
    void aKeysLimitHoldsUnderParallelRequests() throws Exception {
        String key = ContentKeys.create("FULL", 5, List.of()).path("key");
        List<Response> answers = Concurrently.times(20, i -> given().queryParam("key", key).when().get(API + "settings/"));
        assertThat(answers).extracting(Response::statusCode).containsOnly(200, 429);
        assertThat(answers).filteredOn(a -> a.statusCode() == 200).hasSize(5);
        assertThat(answers).allSatisfy(a -> {
            assertThat(a.header("RateLimit-Policy")).isEqualTo("\"minute\";q=5;w=60");
            assertThat(a.header("RateLimit")).matches("\"minute\";r=[0-5];t=[0-9]+");
        });
        assertThat(answers).filteredOn(a -> a.statusCode() == 429).allSatisfy(a -> {
            assertThat(a.header("Retry-After")).matches("[0-9]+");
            assertThat(a.jsonPath().getString("errors[0].type")).isEqualTo("TooManyRequestsError");
        });
        // past the limit, every route refuses the key
        for (String route : ROUTES) {
            given().queryParam("key", key).when().get(API + route).then().statusCode(429);
        }
    }

    @Test
    void everyRouteRefusesARequestWithoutKey() {
        for (String route : ROUTES) {
            given().when().get(API + route).then().statusCode(401).body("errors[0].type", equalTo("UnauthorizedError"));
        }
    }

    @Test
    void parallelCreationsMakeDistinctKeys() throws Exception {
        List<String> keys = Concurrently.times(12, i -> ContentKeys.create(i % 2 == 0 ? "FULL" : "EXCERPT", 60, List.of()).path("key"));
        Set<String> distinct = new HashSet<>(keys);
        assertThat(distinct).hasSize(12);
        for (String key : keys) {
            given().queryParam("key", key).when().get(API + "settings/").then().statusCode(200);
        }
    }

    /** Parallel changes with one ETag: exactly one wins, the others 412, no 5xx; the winner's change is the one kept. */
    @Test
    void parallelChangesWithOneEtagLetOneThrough() throws Exception {
        ExtractableResponse<Response> created = ContentKeys.create("FULL", 60, List.of());
        String path = ContentKeys.PATH + "/" + created.<Integer> path("apiKey.id");
        List<ExtractableResponse<Response>> answers = Concurrently.times(6, i -> admin().header("If-Match", created.header("ETag"))
                .body(Map.of("name", "Version " + i, "rights", "EXCERPT", "requestsPerMinute", 10 + i)).when().put(path).then().extract());
        assertThat(answers).extracting(ExtractableResponse::statusCode).containsOnly(200, 412);
        List<ExtractableResponse<Response>> won = answers.stream().filter(a -> a.statusCode() == 200).toList();
        assertThat(won).hasSize(1);
        given().header("Authorization", Tokens.bearer(Tokens.admin())).when().get(path).then().statusCode(200)
                .body("name", equalTo(won.get(0).path("name"))).header("ETag", won.get(0).header("ETag"));
    }

    /**
     * Parallel deletes with one ETag: exactly one 204, no 5xx; the others 412 (their ETag no longer
     * matches) or, when they read after the winner committed, 404 (the key is gone); the key is refused.
     */
    @Test
    void parallelDeletesWithOneEtagLetOneThrough() throws Exception {
        ExtractableResponse<Response> created = ContentKeys.create("FULL", 60, List.of());
        String key = created.path("key");
        String path = ContentKeys.PATH + "/" + created.<Integer> path("apiKey.id");
        List<Integer> statuses = Concurrently.times(6, i -> given().header("Authorization", Tokens.bearer(Tokens.admin()))
                .header("If-Match", created.header("ETag")).when().delete(path).then().extract().statusCode());
        assertThat(statuses).isSubsetOf(204, 412, 404);
        assertThat(statuses).filteredOn(s -> s == 204).hasSize(1);
        given().queryParam("key", key).when().get(API + "settings/").then().statusCode(401);
    }

    @Test
    void invalidKeysAreRefusedWithFieldErrors() {
        admin().body(Map.of("name", " ", "rights", "FULL", "requestsPerMinute", 0, "allowedOrigins", List.of("javascript:alert(1)")))
                .when().post(ContentKeys.PATH).then().statusCode(400);
    }

    private static io.restassured.specification.RequestSpecification admin() {
        return given().contentType(ContentType.JSON).header("Authorization", Tokens.bearer(Tokens.admin()));
    }
}
