package fr.kiosque.page;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import java.util.HashSet;
import java.util.List;
import java.util.Map;

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
import io.restassured.specification.RequestSpecification;

/** Standing pages: drafts and publication, revisions, If-Match, the public reads, the sitemap and Ghost's pages. */
@QuarkusTest
class PagesApiTest {

    private static final String ADMIN = "/api/v1/admin/pages";

    @BeforeAll
    static void logFailures() {
        RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
    }

    @Test
    void aDraftStaysPrivateUntilPublishedAndEveryChangeKeepsARevision() {
        String title = Fixtures.unique("Mentions légales");
        ExtractableResponse<Response> created = editor().body(Map.of("title", title, "standfirst", "Éditeur et hébergeur.",
                "body", "<h2>Éditeur</h2><p>Kiosque SAS.</p><script>alert(1)</script>"))
                .when().post(ADMIN).then().statusCode(201).body("status", equalTo("DRAFT")).extract();
        String slug = created.path("slug");
        String path = ADMIN + "/" + created.<Integer> path("id");
        assertThat(slug).startsWith("mentions-legales-");
        assertThat((String) created.path("body")).doesNotContain("script");
        given().when().get("/api/v1/pages/" + slug).then().statusCode(404);

        Map<String, Object> published = Map.of("title", title, "body", "<p>Kiosque SAS, Paris.</p>", "status", "PUBLISHED");
        editor().body(published).when().put(path).then().statusCode(428);
        editor().header("If-Match", "\"v9\"").body(published).when().put(path).then().statusCode(412);
        String etag = editor().header("If-Match", created.header("ETag")).body(published).when().put(path).then().statusCode(200)
                .body("status", equalTo("PUBLISHED")).extract().header("ETag");

        given().when().get("/api/v1/pages/" + slug).then().statusCode(200).body("title", equalTo(title))
                .body("body", equalTo("<p>Kiosque SAS, Paris.</p>"));
        given().when().get("/api/v1/pages").then().statusCode(200);
        List<String> actions = editor().when().get(path + "/revisions").then().statusCode(200).extract().path("action");
        assertThat(actions).containsExactly("UPDATED", "CREATED");

        String sitemap = given().accept("application/xml").when().get("/sitemaps/pages.xml").then().statusCode(200).extract().asString();
        assertThat(sitemap).contains("https://www.kiosque.fr/" + slug);

        editor().header("If-Match", "\"v0\"").when().delete(path).then().statusCode(412);
        editor().when().delete(path).then().statusCode(428);
        editor().header("If-Match", etag).when().delete(path).then().statusCode(204);
        given().when().get("/api/v1/pages/" + slug).then().statusCode(404);
    }

    /**
     * Dev mode's demo data ships the legal pages: its script, run here on the test database (it is
     * idempotent), makes them public, in the sitemap and in Ghost's pages.
     */
    @Test
    void theDemoDataShipsTheLegalPages() throws Exception {
        String script = new String(getClass().getResourceAsStream("/db/demo/R__demo_pages.sql").readAllBytes(),
                java.nio.charset.StandardCharsets.UTF_8);
        String insert = script.lines().filter(line -> !line.startsWith("--")).collect(java.util.stream.Collectors.joining("\n"))
                .strip().replaceAll(";$", "");
        // as a writer would: in its transaction, with the cache told (pages cached earlier in the run are dropped)
        io.quarkus.narayana.jta.QuarkusTransaction.requiringNew().run(() -> {
            em.createNativeQuery(insert).executeUpdate();
            invalidator.invalidate(fr.kiosque.common.http.cache.CacheNamespaces.PAGES);
        });
        for (String slug : List.of("mentions-legales", "politique-de-confidentialite", "qui-sommes-nous", "contact")) {
            given().when().get("/api/v1/pages/" + slug).then().statusCode(200);
        }
        assertThat(given().accept("application/xml").when().get("/sitemaps/pages.xml").then().statusCode(200).extract().asString())
                .contains("https://www.kiosque.fr/mentions-legales", "https://www.kiosque.fr/politique-de-confidentialite");
        given().queryParam("key", ContentKeys.shared()).when().get("/ghost/api/content/pages/slug/mentions-legales/")
                .then().statusCode(200).body("pages[0].title", equalTo("Mentions légales"));
    }

    @jakarta.inject.Inject
    jakarta.persistence.EntityManager em;

    @jakarta.inject.Inject
    fr.kiosque.common.http.cache.CacheInvalidator invalidator;

    @Test
    void ghostsPagesServeThePublishedPages() {
        String title = Fixtures.unique("Contact");
        String slug = editor().body(Map.of("title", title, "body", "<p>Écrire à la rédaction.</p><p>Adresse complète.</p>",
                "status", "PUBLISHED")).when().post(ADMIN).then().statusCode(201).extract().path("slug");
        String key = ContentKeys.shared();
        given().queryParam("key", key).queryParam("filter", "slug:" + slug).when().get("/ghost/api/content/pages/")
                .then().statusCode(200).body("pages", hasSize(1)).body("pages[0].title", equalTo(title))
                .body("pages[0].url", equalTo("https://www.kiosque.fr/" + slug)).body("meta.pagination.total", equalTo(1));
        String id = given().queryParam("key", key).when().get("/ghost/api/content/pages/slug/" + slug + "/")
                .then().statusCode(200).body("pages[0].html", equalTo("<p>Écrire à la rédaction.</p><p>Adresse complète.</p>"))
                .extract().path("pages[0].id");
        given().queryParam("key", key).when().get("/ghost/api/content/pages/" + id + "/").then().statusCode(200)
                .body("pages[0].slug", equalTo(slug));
        String excerpt = ContentKeys.create("EXCERPT", 60, List.of()).path("key");
        given().queryParam("key", excerpt).when().get("/ghost/api/content/pages/slug/" + slug + "/").then().statusCode(200)
                .body("pages[0].html", org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString("Adresse complète")));
    }

    @Test
    void aTakenSlugIs409() {
        String slug = editor().body(Map.of("title", Fixtures.unique("Page"))).when().post(ADMIN).then().statusCode(201).extract().path("slug");
        editor().body(Map.of("title", "Autre", "slug", slug)).when().post(ADMIN).then().statusCode(409);
        editor().body(Map.of("title", "« ! »")).when().post(ADMIN).then().statusCode(400);
        ExtractableResponse<Response> other = editor().body(Map.of("title", Fixtures.unique("Page"))).when().post(ADMIN)
                .then().statusCode(201).extract();
        editor().header("If-Match", other.header("ETag")).body(Map.of("title", "Autre", "slug", slug))
                .when().put(ADMIN + "/" + other.<Integer> path("id")).then().statusCode(409);
    }

    @Test
    void editorsListAndReadDraftsTheirEtagAnswering() {
        ExtractableResponse<Response> created = editor().body(Map.of("title", Fixtures.unique("Brouillon"))).when().post(ADMIN)
                .then().statusCode(201).extract();
        editor().when().get(ADMIN + "/" + created.<Integer> path("id")).then().statusCode(200)
                .header("ETag", created.header("ETag")).body("status", equalTo("DRAFT"));
        List<Integer> ids = editor().queryParam("size", 100).when().get(ADMIN).then().statusCode(200).extract().path("items.id");
        assertThat(ids).isNotEmpty();
    }

    @Test
    void publicReadsAnswer304ToTheirEtag() {
        String slug = editor().body(Map.of("title", Fixtures.unique("Contact"), "status", "PUBLISHED")).when().post(ADMIN)
                .then().statusCode(201).extract().path("slug");
        for (String path : List.of("/api/v1/pages/" + slug, "/api/v1/pages")) {
            String etag = given().when().get(path).then().statusCode(200).extract().header("ETag");
            given().header("If-None-Match", etag).when().get(path).then().statusCode(304);
        }
    }

    /** Two editors creating the same title at once: two pages, two slugs, no 5xx. */
    @Test
    void parallelCreationsOfOneTitleGetDistinctSlugs() throws Exception {
        String title = Fixtures.unique("Politique de confidentialité");
        List<ExtractableResponse<Response>> answers = Concurrently.times(8,
                i -> editor().body(Map.of("title", title)).when().post(ADMIN).then().extract());
        assertThat(answers).extracting(ExtractableResponse::statusCode).containsOnly(201);
        assertThat(new HashSet<>(answers.stream().map(a -> a.<String> path("slug")).toList())).hasSize(8);
    }

    /** Parallel replaces with one ETag: exactly one wins, the others 412, nothing lost. */
    @Test
    void parallelReplacesWithOneEtagLetOneThrough() throws Exception {
        ExtractableResponse<Response> created = editor().body(Map.of("title", Fixtures.unique("Qui sommes-nous")))
                .when().post(ADMIN).then().statusCode(201).extract();
        String path = ADMIN + "/" + created.<Integer> path("id");
        List<Integer> statuses = Concurrently.times(6, i -> editor().header("If-Match", created.header("ETag"))
                .body(Map.of("title", "Version " + i)).when().put(path).then().extract().statusCode());
        assertThat(statuses).containsOnly(200, 412);
        assertThat(statuses).filteredOn(s -> s == 200).hasSize(1);
        List<String> actions = editor().when().get(path + "/revisions").then().statusCode(200).extract().path("action");
        assertThat(actions).containsExactly("UPDATED", "CREATED");
    }

    /** Parallel deletes with one ETag: exactly one 204, no 5xx; the others 412, or 404 when they read after it committed. */
    @Test
    void parallelDeletesWithOneEtagLetOneThrough() throws Exception {
        ExtractableResponse<Response> created = editor().body(Map.of("title", Fixtures.unique("Contact")))
                .when().post(ADMIN).then().statusCode(201).extract();
        String path = ADMIN + "/" + created.<Integer> path("id");
        List<Integer> statuses = Concurrently.times(6, i -> editor().header("If-Match", created.header("ETag"))
                .when().delete(path).then().extract().statusCode());
        assertThat(statuses).isSubsetOf(204, 412, 404);
        assertThat(statuses).filteredOn(s -> s == 204).hasSize(1);
        editor().when().get(path).then().statusCode(404);
    }

    private static RequestSpecification editor() {
        return given().contentType(ContentType.JSON).header("Authorization", Tokens.bearer(Tokens.editor()));
    }
}
