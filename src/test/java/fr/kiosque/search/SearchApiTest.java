package fr.kiosque.search;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import fr.kiosque.support.Fixtures;
import fr.kiosque.support.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;

@QuarkusTest
class SearchApiTest {

    @BeforeAll
    static void logFailures() {
        RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
    }

    /** A word no other test uses, letters only so that it survives stemming and folding as is. */
    static String token() {
        StringBuilder token = new StringBuilder("zk");
        for (char c : UUID.randomUUID().toString().replace("-", "").substring(0, 10).toCharArray()) {
            token.append((char) ('a' + Character.digit(c, 16) % 26));
        }
        return token.toString();
    }

    static JsonPath search(String q, String type) {
        var request = given().queryParam("q", q);
        if (type != null) {
            request.queryParam("type", type);
        }
        return request.when().get("/api/v1/search").then().statusCode(200).extract().jsonPath();
    }

    @Test
    void accentsAreFoldedAndWordsStemmed() {
        String token = token();
        var article = Fixtures.article().title("Les métiers des communicants " + token)
                .with("standfirst", "Panorama des réseaux sociaux.").create();

        assertThat(search("metiers " + token, null).getList("items.slug")).containsExactly(article.slug());
        assertThat(search("communicant " + token, null).getList("items.slug")).containsExactly(article.slug());
        assertThat(search("reseaux sociaux " + token, null).getList("items.slug")).containsExactly(article.slug());
        assertThat(search("RÉSEAUX Sociaux " + token, null).getList("items.slug")).containsExactly(article.slug());
        assertThat(search("\"" + token + "\" -communicants", null).getList("items")).isEmpty();
    }

    @Test
    void hitsCarryTypeSlugTitleSnippetAndDateOnly() {
        String token = token();
        var article = Fixtures.article().title("Tribune " + token)
                .with("body", "<p>Le corps parle de " + token + " & de <b>marketing</b> &lt;script&gt;.</p>").create();

        JsonPath json = search(token, "article");
        assertThat(json.getList("items")).hasSize(1);
        Map<String, Object> hit = json.getMap("items[0]");
        assertThat(hit).containsOnlyKeys("type", "slug", "title", "snippet", "publishedAt");
        assertThat(hit).containsEntry("type", "article").containsEntry("slug", article.slug())
                .containsEntry("title", "Tribune " + token);
        assertThat((String) hit.get("snippet"))
                .contains("<mark>" + token + "</mark>")
                .contains("&amp; de marketing &lt;script")
                .doesNotContain("<b>", "<p>", "<script>");
        assertThat(hit.get("publishedAt")).isNotNull();
        assertThat(json.getMap("page")).containsEntry("number", 1).containsEntry("totalItems", 1);
        assertThat(json.getString("suggestion")).isNull();
    }

    @Test
    void titleRanksAboveStandfirstAboveBody() {
        String token = token();
        var inBody = Fixtures.article().with("body", "<p>Il est question de " + token + " ici.</p>").create();
        var inTitle = Fixtures.article().title("Tout sur " + token).create();
        var inStandfirst = Fixtures.article().with("standfirst", "Chapô sur " + token + ".").create();

        assertThat(search(token, null).getList("items.slug"))
                .containsExactly(inTitle.slug(), inStandfirst.slug(), inBody.slug());
    }

    @Test
    void recencyBreaksTies() {
        String token = token();
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        var older = Fixtures.article().title("Dossier " + token).publishedAt(now.minus(Duration.ofDays(3)).toString()).create();
        var newer = Fixtures.article().title("Dossier " + token).publishedAt(now.minus(Duration.ofDays(1)).toString()).create();
        var oldest = Fixtures.article().title("Dossier " + token).publishedAt(now.minus(Duration.ofDays(9)).toString()).create();

        assertThat(search(token, null).getList("items.slug")).containsExactly(newer.slug(), older.slug(), oldest.slug());
    }

    @Test
    void onlyWhatThePublicSees() {
        String token = token();
        var visible = Fixtures.article().title("Visible " + token).create();
        Fixtures.article().title("Brouillon " + token).status("DRAFT").create();
        Fixtures.article().title("Programmé " + token).status("SCHEDULED")
                .publishedAt(Instant.now().plus(Duration.ofDays(2)).truncatedTo(ChronoUnit.SECONDS).toString()).create();

        assertThat(search(token, null).getList("items.slug")).containsExactly(visible.slug());
    }

    @Test
    void tagsAreSearchedAndKeptCurrent() {
        String token = token();
        var article = Fixtures.article().tags("Étiquette " + token).create();
        assertThat(search(token, null).getList("items.slug")).containsExactly(article.slug());

        var body = Fixtures.article().body();
        body.put("tags", List.of("Autre"));
        body.put("title", "Sans étiquette");
        given().contentType(ContentType.JSON).header("Authorization", Tokens.bearer(Tokens.editor()))
                .header("If-Match", Fixtures.etag("/api/v1/admin/articles/" + article.id()))
                .body(body).when().put("/api/v1/admin/articles/" + article.id())
                .then().statusCode(200);
        assertThat(search(token, null).getList("items")).isEmpty();
    }

    @Test
    void typeFilterAndJobsAndCareerSheets() {
        String token = token();
        var article = Fixtures.article().title("Article " + token).create();
        String listing = createListing("Chargée de communication " + token);
        String profile = createProfile("Community manager " + token);

        assertThat(search(token, null).getList("items.type")).containsExactlyInAnyOrder("article", "job", "job-profile");
        assertThat(search(token, "article").getList("items.slug")).containsExactly(article.slug());
        assertThat(search(token, "job").getList("items.slug")).containsExactly(listing);
        JsonPath profiles = search(token, "job-profile");
        assertThat(profiles.getList("items.slug")).containsExactly(profile);
        assertThat(profiles.getString("items[0].publishedAt")).isNull();
        assertThat(search(token, "job,job-profile").getList("items.type")).containsExactlyInAnyOrder("job", "job-profile");
    }

    @Test
    void aMisspeltQuerySuggestsATitleWord() {
        String token = token();
        Fixtures.article().title("Le dilemme " + token).create();

        JsonPath json = search("dilemne", "article");
        assertThat(json.getList("items")).isEmpty();
        assertThat(json.getString("suggestion")).isEqualTo("dilemme");
        JsonPath none = search("dilemne " + token.substring(0, token.length() - 1) + "q", "article");
        assertThat(none.getList("items")).isEmpty();
        assertThat(none.getString("suggestion")).isEqualTo("dilemme " + token);
        assertThat(search("zzxqvw", null).getString("suggestion")).isNull();
        // short words are kept in their places; words past the first ten that could be corrected are left as they are
        assertThat(search("le dilemne et " + token.substring(0, token.length() - 1) + "q", "article").getString("suggestion"))
                .isEqualTo("le dilemme et " + token);
        String tenTimes = String.join(" ", java.util.Collections.nCopies(10, token));
        assertThat(search("dilemne " + tenTimes, "article").getString("suggestion")).isEqualTo("dilemme " + tenTimes);
        assertThat(search(tenTimes + " dilemne", "article").getString("suggestion")).isNull();
    }

    @Test
    void pagesAndLinks() {
        String token = token();
        for (int i = 0; i < 3; i++) {
            Fixtures.article().title("Série " + i + " " + token).create();
        }
        given().queryParam("q", token).queryParam("size", 2).queryParam("page", 2)
                .when().get("/api/v1/search")
                .then().statusCode(200)
                .header("Link", containsString("rel=\"prev\""))
                .body("items.size()", equalTo(1))
                .body("page.totalItems", equalTo(3))
                .body("page.totalPages", equalTo(2))
                .body("suggestion", nullValue());
    }

    @Test
    void answersAreCachedAndRevalidated() {
        String token = token();
        Fixtures.article().title("Cache " + token).create();
        String etag = given().queryParam("q", token).when().get("/api/v1/search")
                .then().statusCode(200).header("Cache-Control", "public, max-age=60").extract().header("ETag");
        given().queryParam("q", token).header("If-None-Match", etag).when().get("/api/v1/search").then().statusCode(304);
    }

    @Test
    void articleAndJobListsAcceptQWithTheSameEngine() {
        String token = token();
        var article = Fixtures.article().title("Les métiers des communicants " + token).create();
        Fixtures.article().title("Autre " + token).create();
        String listing = createListing("Chargées de communication " + token);

        given().queryParam("q", "metier communicant " + token).when().get("/api/v1/articles")
                .then().statusCode(200)
                .body("items.slug", org.hamcrest.Matchers.contains(article.slug()))
                .body("page.totalItems", equalTo(1));
        given().queryParam("q", "chargee " + token).when().get("/api/v1/jobs")
                .then().statusCode(200)
                .body("items.slug", org.hamcrest.Matchers.contains(listing));
        given().queryParam("q", "x".repeat(201)).when().get("/api/v1/articles")
                .then().statusCode(400).body("errors[0].field", equalTo("q"));
    }

    @Test
    void badQueriesAreA400NamingTheParameter() {
        // which values q and type accept: SearchQueryTest
        given().queryParam("q", "?!… --- ...").when().get("/api/v1/search")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors[0].field", equalTo("q"));
        given().when().get("/api/v1/search").then().statusCode(400).body("errors[0].field", equalTo("q"));
        given().queryParam("q", "marketing").queryParam("type", "video").when().get("/api/v1/search")
                .then().statusCode(400).body("errors[0].field", equalTo("type"));
        given().queryParam("q", "marketing").queryParam("size", "0").when().get("/api/v1/search")
                .then().statusCode(400).body("errors[0].field", equalTo("size"));
    }

    @Test
    void parallelWritesKeepTheIndexCurrent() throws Exception {
        String token = token();
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<String>> created = new java.util.ArrayList<>();
            for (int i = 0; i < 20; i++) {
                created.add(pool.submit(() -> Fixtures.article().title("Parallèle " + token).create().slug()));
            }
            List<String> slugs = new java.util.ArrayList<>();
            for (Future<String> f : created) {
                slugs.add(f.get());
            }
            JsonPath json = given().queryParam("q", token).queryParam("size", 100).when().get("/api/v1/search")
                    .then().statusCode(200).extract().jsonPath();
            assertThat(json.getList("items.slug", String.class)).containsExactlyInAnyOrderElementsOf(slugs);
        } finally {
            pool.shutdownNow();
        }
    }

    static String createListing(String title) {
        Map<String, Object> body = new HashMap<>();
        body.put("title", title);
        body.put("company", Map.of("name", "Agence Test"));
        body.put("location", Map.of("city", "Paris", "postalCode", "75002", "region", "ile-de-france"));
        body.put("remote", "ON_SITE");
        body.put("contract", "CDI");
        body.put("salary", Map.of("min", 38000, "max", 45000));
        body.put("description", "<p>Une offre de test.</p>");
        body.put("validThrough", Instant.now().plus(Duration.ofDays(30)).truncatedTo(ChronoUnit.SECONDS).toString());
        return given().contentType(ContentType.JSON).header("Authorization", Tokens.bearer(Tokens.withRoles("recruiter")))
                .body(body).when().post("/api/v1/admin/jobs").then().statusCode(201).extract().path("slug");
    }

    static String createProfile(String title) {
        return given().contentType(ContentType.JSON).header("Authorization", Tokens.bearer(Tokens.editor()))
                .body(Map.of("title", title, "summary", "Un métier de test."))
                .when().post("/api/v1/admin/job-profiles").then().statusCode(201).extract().path("slug");
    }
}
