package fr.kiosque.job;

import static fr.kiosque.job.JobFixtures.ADMIN_JOBS;
import static fr.kiosque.job.JobFixtures.ADMIN_PROFILES;
import static fr.kiosque.job.JobFixtures.editor;
import static fr.kiosque.job.JobFixtures.listing;
import static fr.kiosque.job.JobFixtures.profile;
import static fr.kiosque.job.JobFixtures.token;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.nullValue;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import fr.kiosque.job.api.JobProfileRequest;
import fr.kiosque.support.Concurrently;
import fr.kiosque.support.Fixtures;
import fr.kiosque.support.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

/** Career sheets: the public list and page (bands, benchmark, open listings, related articles) and the staff API. */
@QuarkusTest
class JobProfileApiTest {

    private static final String PUBLIC = "/api/v1/job-profiles";

    @BeforeAll
    static void logFailures() {
        RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
    }

    // ---- public ---------------------------------------------------------------------------

    @Test
    void theListSortsTitlesInFrenchOrderAndSearchesThemWithoutAccents() {
        String token = token();
        for (String title : List.of("Zèbre", "étude", "Éthique", "avion")) {
            profile().title(title + " " + token).create();
        }
        given().queryParam("q", token).get(PUBLIC).then().statusCode(200)
                .header("Cache-Control", "public, max-age=60")
                .body("page.totalItems", is(4))
                .body("items.title", contains("avion " + token, "Éthique " + token, "étude " + token, "Zèbre " + token));
        given().queryParam("q", token).queryParam("sort", "-title").get(PUBLIC).then().statusCode(200)
                .body("items.title", contains("Zèbre " + token, "étude " + token, "Éthique " + token, "avion " + token));
        given().queryParam("q", "ETUDE " + token).get(PUBLIC).then().statusCode(200)
                .body("items.slug", contains("etude-" + token));
        given().queryParam("q", token).queryParam("size", 1).get(PUBLIC).then()
                .spec(fr.kiosque.support.PageSpecs.firstOfSeveralPagesOfOne());
        given().queryParam("sort", "salary").get(PUBLIC).then().statusCode(400).body("errors.field", contains("sort"));
    }

    @Test
    void theListCountsEachSheetsOpenListingsAndShowsExactlyItsFields() {
        String token = token();
        var sheet = profile().title("Community manager " + token).create();
        listing().profile(sheet.slug()).create();
        listing().profile(sheet.slug()).create();
        listing().profile(sheet.slug()).with("status", "DRAFT").create();
        close(listing().profile(sheet.slug()).create());

        JsonPath json = given().queryParam("q", token).get(PUBLIC).then().statusCode(200)
                .body("items.slug", contains(sheet.slug()))
                .body("items[0].openListingCount", is(2))
                .extract().jsonPath();
        assertThat(json.getMap("items[0]").keySet()).containsExactlyInAnyOrder("slug", "title", "summary", "openListingCount");
    }

    @Test
    void aSheetShowsItsBandsRecentOpenListingsAndVisibleRelatedArticlesInOrder() {
        String token = token();
        var published = Fixtures.article().title("Toute peine mérite salaire " + token).create();
        var other = Fixtures.article().title("Les salaires de la com " + token).create();
        var draft = Fixtures.article().title("Brouillon " + token).status("DRAFT").create();
        var sheet = profile().title("Chef de projet digital " + token)
                .with("summary", "Il ou elle conduit les projets web.")
                .with("missions", List.of(" Rédiger le cahier des charges ", "Coordonner l'équipe"))
                .with("skills", List.of("Gestion de projet"))
                .with("education", "Bac +5")
                .with("careerPath", "Directeur de projet")
                .with("salaryBands", List.of(
                        Map.of("seniority", "SENIOR", "min", 50000, "max", 65000),
                        Map.of("seniority", "JUNIOR", "min", 35000, "max", 40000)))
                .with("relatedArticles", List.of(other.slug(), draft.slug(), "inconnu-" + token, published.slug()))
                .create();
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        List<String> newestFirst = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            newestFirst.add(0, listing().profile(sheet.slug()).posted(now.minus(Duration.ofHours(12 - i))).create().slug());
        }

        JsonPath json = given().get(PUBLIC + "/" + sheet.slug()).then().statusCode(200)
                .body("slug", equalTo(sheet.slug()))
                .body("title", equalTo("Chef de projet digital " + token))
                .body("summary", equalTo("Il ou elle conduit les projets web."))
                .body("missions", contains("Rédiger le cahier des charges", "Coordonner l'équipe"))
                .body("skills", contains("Gestion de projet"))
                .body("education", equalTo("Bac +5"))
                .body("careerPath", equalTo("Directeur de projet"))
                .body("salaryBands.seniority", contains("JUNIOR", "SENIOR"))
                .body("salaryBands[0].salary.min", is(35000))
                .body("salaryBands[0].salary.max", is(40000))
                .body("salaryBands[0].salary.currency", equalTo("EUR"))
                .body("salaryBands[0].salary.period", equalTo("YEAR"))
                .body("salaryBands[0].salary.gross", is(true))
                .body("openListings.totalItems", is(12))
                .body("openListings.items", hasSize(10))
                .body("relatedArticles.slug", contains(other.slug(), published.slug()))
                .extract().jsonPath();
        assertThat(json.getList("openListings.items.slug")).isEqualTo(newestFirst.subList(0, 10));
        assertThat(json.getMap("").keySet()).containsExactlyInAnyOrder("slug", "title", "summary", "missions", "skills",
                "education", "careerPath", "salaryBands", "salaryBenchmark", "openListings", "relatedArticles", "updatedAt");
        assertThat(json.getMap("salaryBands[0]").keySet()).containsExactlyInAnyOrder("seniority", "salary");
        assertThat(json.getMap("salaryBenchmark").keySet()).containsExactlyInAnyOrder("listingCount", "median");
        assertThat(json.getMap("openListings").keySet()).containsExactlyInAnyOrder("totalItems", "items");
        assertThat(json.getMap("relatedArticles[0]").keySet()).containsExactlyInAnyOrder("slug", "title", "standfirst",
                "section", "authors", "tags", "coverImage", "publishedAt", "readingTimeMinutes", "commentCount");

        // publishing the draft article shows it on the sheet at once (the page depends on articles too)
        String etag = given().header("Authorization", editor()).get("/api/v1/admin/articles/" + draft.id())
                .then().statusCode(200).extract().header("ETag");
        given().get(PUBLIC + "/" + sheet.slug()).then().statusCode(200).header("X-Kiosque-Cache", "HIT");
        given().header("Authorization", editor()).header("If-Match", etag).contentType(ContentType.JSON)
                .body(Map.of("status", "PUBLISHED")).put("/api/v1/admin/articles/" + draft.id() + "/status")
                .then().statusCode(200);
        given().get(PUBLIC + "/" + sheet.slug()).then().statusCode(200).header("X-Kiosque-Cache", "MISS")
                .body("relatedArticles.slug", contains(other.slug(), draft.slug(), published.slug()));
    }

    @Test
    void theSalaryBenchmarkIsTheMedianOfOpenAndRecentlyClosedGrossSalariedListings() {
        var sheet = profile().create();
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        listing().profile(sheet.slug()).contract("CDI").salary(30000, 36000).create();
        // 2,750-3,250 a month is 33,000-39,000 a year
        listing().profile(sheet.slug()).contract("CDD").salary(2750, 3250).salary("period", "MONTH").create();
        listing().profile(sheet.slug()).contract("CDI").salary(40000, 50000).create();
        // closed 170 days ago: still in the 12-month window
        listing().profile(sheet.slug()).contract("CDI").salary(34000, 42000).with("status", "CLOSED")
                .posted(now.minus(Duration.ofDays(200))).validThrough(now.minus(Duration.ofDays(170))).create();
        // left out: closed too long ago, not salaried, net, not yet posted, draft
        listing().profile(sheet.slug()).contract("CDI").salary(90000, 99000).with("status", "CLOSED")
                .posted(now.minus(Duration.ofDays(500))).validThrough(now.minus(Duration.ofDays(450))).create();
        listing().profile(sheet.slug()).contract("FREELANCE").salary(400, 500).salary("period", "DAY").create();
        listing().profile(sheet.slug()).contract("CDI").salary(25000, 28000).salary("gross", false).create();
        listing().profile(sheet.slug()).contract("CDI").salary(90000, 99000).posted(now.plus(Duration.ofDays(2))).create();
        listing().profile(sheet.slug()).contract("CDI").salary(90000, 99000).with("status", "DRAFT").create();

        // minimums 30,000 33,000 34,000 40,000; maximums 36,000 39,000 42,000 50,000
        given().get(PUBLIC + "/" + sheet.slug()).then().statusCode(200)
                .body("salaryBenchmark.listingCount", is(4))
                .body("salaryBenchmark.median.min", is(33500))
                .body("salaryBenchmark.median.max", is(40500))
                .body("salaryBenchmark.median.currency", equalTo("EUR"))
                .body("salaryBenchmark.median.period", equalTo("YEAR"))
                .body("salaryBenchmark.median.gross", is(true))
                .body("openListings.totalItems", is(5));
    }

    @Test
    void aSheetWithoutListingsHasNoMedianAndAnUnknownOneIs404() {
        var sheet = profile().create();
        given().get(PUBLIC + "/" + sheet.slug()).then().statusCode(200)
                .body("salaryBenchmark.listingCount", is(0))
                .body("salaryBenchmark.median", nullValue())
                .body("openListings.totalItems", is(0))
                .body("openListings.items", empty())
                .body("salaryBands", empty())
                .body("missions", empty())
                .body("education", nullValue())
                .body("relatedArticles", empty());
        given().get(PUBLIC + "/inconnue-" + token()).then().statusCode(404).contentType("application/problem+json");

        String etag = given().get(PUBLIC + "/" + sheet.slug()).then().extract().header("ETag");
        given().header("If-None-Match", etag).get(PUBLIC + "/" + sheet.slug()).then().statusCode(304);
        String url = PUBLIC + "?q=" + token();
        String listEtag = given().get(url).then().statusCode(200).extract().header("ETag");
        given().header("If-None-Match", listEtag).get(url).then().statusCode(304);
    }

    // ---- staff ----------------------------------------------------------------------------

    @Test
    void createAnswers201WithLocationEtagAndTheStaffView() {
        String token = token();
        ExtractableResponse<Response> response = staff().contentType(ContentType.JSON)
                .body(Map.of("title", " Chargé(e) de communication " + token + " ", "summary", "Porte-parole de la marque.",
                        "salaryBands", List.of(Map.of("seniority", "CONFIRMED", "min", 38000, "max", 45000)),
                        "relatedArticles", List.of("toute-peine-merite-salaire")))
                .post(ADMIN_PROFILES).then().statusCode(201)
                .header("ETag", "\"v0\"")
                .header("Cache-Control", "private, no-store")
                .body("slug", equalTo("charge-e-de-communication-" + token))
                .body("title", equalTo("Chargé(e) de communication " + token))
                .body("missions", empty())
                .body("careerPath", nullValue())
                .body("salaryBands.seniority", contains("CONFIRMED"))
                .body("salaryBands[0].salary.min", is(38000))
                .body("relatedArticles", contains("toute-peine-merite-salaire"))
                .body("version", is(0))
                .extract();
        JsonPath json = response.jsonPath();
        assertThat(URI.create(response.header("Location")).getPath()).isEqualTo(ADMIN_PROFILES + "/" + json.getLong("id"));
        assertThat(json.getMap("").keySet()).containsExactlyInAnyOrder("id", "slug", "title", "summary", "missions", "skills",
                "education", "careerPath", "salaryBands", "relatedArticles", "createdAt", "updatedAt", "version");
        staff().get(response.header("Location")).then().statusCode(200).header("ETag", "\"v0\"");
        staff().get(ADMIN_PROFILES + "/2147483000").then().statusCode(404);
    }

    @Test
    void aDuplicateTitleOrSlugIs409AndBadBandsAre400() {
        var sheet = profile().create();
        String title = staff().get(ADMIN_PROFILES + "/" + sheet.id()).then().extract().path("title");
        staff().contentType(ContentType.JSON).body(profile().title(title).body()).post(ADMIN_PROFILES)
                .then().statusCode(409).contentType("application/problem+json");

        expectErrors(profile().with("salaryBands", List.of(Map.of("seniority", "JUNIOR", "min", 40000, "max", 30000))).body(),
                "salaryBands[0].max");
        expectErrors(profile().with("salaryBands", List.of(Map.of("seniority", "JUNIOR", "min", 1, "max", 2),
                Map.of("seniority", "JUNIOR", "min", 3, "max", 4))).body(), "salaryBands[1].seniority");
        expectErrors(profile().with("summary", " ").with("relatedArticles", List.of("Pas un slug")).body(),
                "relatedArticles[0]", "summary");
    }

    @Test
    void listsOverTheirBoundAre400NamingEachOfThem() {
        List<Map<String, Object>> fourBands = List.of(Map.of("seniority", "JUNIOR", "min", 1, "max", 2),
                Map.of("seniority", "CONFIRMED", "min", 3, "max", 4), Map.of("seniority", "SENIOR", "min", 5, "max", 6),
                Map.of("seniority", "JUNIOR", "min", 7, "max", 8));
        expectErrors(profile()
                .with("missions", numbered("Mission", JobProfileRequest.MAX_MISSIONS + 1))
                .with("skills", numbered("Compétence", JobProfileRequest.MAX_SKILLS + 1))
                .with("salaryBands", fourBands)
                .with("relatedArticles", numbered("article", JobProfileRequest.MAX_RELATED_ARTICLES + 1))
                .body(), "missions", "skills", "salaryBands", "relatedArticles");

        staff().contentType(ContentType.JSON)
                .body(profile().with("missions", numbered("Mission", JobProfileRequest.MAX_MISSIONS))
                        .with("skills", numbered("Compétence", JobProfileRequest.MAX_SKILLS)).body())
                .post(ADMIN_PROFILES).then().statusCode(201)
                .body("missions", hasSize(JobProfileRequest.MAX_MISSIONS))
                .body("skills", hasSize(JobProfileRequest.MAX_SKILLS));
    }

    /** {@code count} distinct values: "prefix-1", "prefix-2"… */
    private static List<String> numbered(String prefix, int count) {
        return java.util.stream.IntStream.rangeClosed(1, count).mapToObj(i -> prefix.toLowerCase() + "-" + i).toList();
    }

    private static void expectErrors(Map<String, Object> body, String... fields) {
        staff().contentType(ContentType.JSON).body(body).post(ADMIN_PROFILES).then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", containsInAnyOrder((Object[]) fields));
    }

    @Test
    void replaceNeedsIfMatchKeepsTheSlugAndShowsPubliclyAtOnce() {
        var sheet = profile().create();
        var other = profile().create();
        given().get(PUBLIC + "/" + sheet.slug()).then().statusCode(200);
        Map<String, Object> changed = profile().title("Nouveau titre " + token()).with("summary", "Résumé revu.").body();

        staff().contentType(ContentType.JSON).body(changed).put(ADMIN_PROFILES + "/" + sheet.id()).then().statusCode(428);
        staff().contentType(ContentType.JSON).header("If-Match", "\"v4\"").body(changed).put(ADMIN_PROFILES + "/" + sheet.id())
                .then().statusCode(412);
        staff().contentType(ContentType.JSON).header("If-Match", sheet.etag()).body(changed).put(ADMIN_PROFILES + "/" + sheet.id())
                .then().statusCode(200).header("ETag", "\"v1\"")
                .body("slug", equalTo(sheet.slug()))
                .body("title", equalTo(changed.get("title")));
        given().get(PUBLIC + "/" + sheet.slug()).then().statusCode(200).body("summary", equalTo("Résumé revu."));

        Map<String, Object> taken = profile().with("slug", other.slug()).body();
        staff().contentType(ContentType.JSON).header("If-Match", "\"v1\"").body(taken).put(ADMIN_PROFILES + "/" + sheet.id())
                .then().statusCode(409);
        staff().contentType(ContentType.JSON).header("If-Match", "\"v1\"").body(changed).put(ADMIN_PROFILES + "/2147483000")
                .then().statusCode(404);
        staff().contentType(ContentType.JSON).header("If-Match", "\"v1\"")
                .body(profile().with("salaryBands", List.of(Map.of("seniority", "SENIOR", "min", 9, "max", 8))).body())
                .put(ADMIN_PROFILES + "/" + sheet.id()).then().statusCode(400);
    }

    @Test
    void deleteNeedsIfMatchAndIsRefusedWhileListingsNameTheSheet() {
        var sheet = profile().create();
        var job = listing().profile(sheet.slug()).create();

        staff().delete(ADMIN_PROFILES + "/" + sheet.id()).then().statusCode(428);
        staff().header("If-Match", "\"v5\"").delete(ADMIN_PROFILES + "/" + sheet.id()).then().statusCode(412);
        staff().header("If-Match", sheet.etag()).delete(ADMIN_PROFILES + "/" + sheet.id()).then().statusCode(409)
                .contentType("application/problem+json");

        given().header("Authorization", JobFixtures.recruiter()).header("If-Match", job.etag())
                .delete(ADMIN_JOBS + "/" + job.id()).then().statusCode(204);
        staff().header("If-Match", sheet.etag()).delete(ADMIN_PROFILES + "/" + sheet.id()).then().statusCode(204);
        given().get(PUBLIC + "/" + sheet.slug()).then().statusCode(404);
        staff().header("If-Match", sheet.etag()).delete(ADMIN_PROFILES + "/" + sheet.id()).then().statusCode(404);
    }

    @Test
    void theStaffListIsInTitleOrder() {
        profile().create();
        profile().create();
        JsonPath json = staff().queryParam("size", 100).get(ADMIN_PROFILES).then().statusCode(200)
                .header("Link", org.hamcrest.Matchers.containsString("rel=\"first\"")).extract().jsonPath();
        assertThat(json.getMap("items[0]").keySet()).containsExactlyInAnyOrder("id", "slug", "title", "updatedAt", "version");
        assertThat(json.getInt("page.totalItems")).isGreaterThanOrEqualTo(2);
    }

    @Test
    void onlyEditorsAndAdminsWriteSheets() {
        given().header("Authorization", Tokens.bearer(Tokens.withRoles("recruiter"))).contentType(ContentType.JSON)
                .body(profile().body()).post(ADMIN_PROFILES).then().statusCode(403);
        given().header("Authorization", Tokens.bearer(Tokens.admin())).contentType(ContentType.JSON)
                .body(profile().body()).post(ADMIN_PROFILES).then().statusCode(201);
    }

    @Test
    void parallelCreationsMakeEachDistinctSheetOnceAndRefuseDuplicates() throws Exception {
        String token = token();
        List<Callable<ExtractableResponse<Response>>> calls = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            Map<String, Object> same = profile().title("Directrice de la communication " + token).body();
            calls.add(() -> staff().contentType(ContentType.JSON).body(same).post(ADMIN_PROFILES).then().extract());
            Map<String, Object> distinct = profile().title("Métier " + i + " " + token).body();
            calls.add(() -> staff().contentType(ContentType.JSON).body(distinct).post(ADMIN_PROFILES).then().extract());
        }
        List<ExtractableResponse<Response>> responses = Concurrently.run(calls);

        assertThat(responses).extracting(ExtractableResponse::statusCode).containsOnly(201, 409);
        assertThat(responses).filteredOn(r -> r.statusCode() == 201).hasSize(11);
        assertThat(new HashSet<>(responses.stream().filter(r -> r.statusCode() == 201).map(r -> r.<String> path("slug")).toList()))
                .hasSize(11);
        given().queryParam("q", token).queryParam("size", 100).get(PUBLIC).then().statusCode(200).body("page.totalItems", is(11));
    }

    @Test
    void parallelReplacementsAndDeletesLetOneWinWithoutServerErrors() throws Exception {
        var sheet = profile().create();
        List<Callable<Integer>> replacements = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            Map<String, Object> body = profile().title("Version " + i + " " + token()).body();
            replacements.add(() -> staff().header("If-Match", sheet.etag()).contentType(ContentType.JSON).body(body)
                    .put(ADMIN_PROFILES + "/" + sheet.id()).then().extract().statusCode());
        }
        List<Integer> replaced = Concurrently.run(replacements);
        assertThat(replaced).containsOnly(200, 412);
        assertThat(replaced).filteredOn(s -> s == 200).hasSize(1);

        List<Callable<Integer>> deletes = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            deletes.add(() -> staff().header("If-Match", "\"v1\"").delete(ADMIN_PROFILES + "/" + sheet.id())
                    .then().extract().statusCode());
        }
        List<Integer> deleted = Concurrently.run(deletes);
        assertThat(deleted).isSubsetOf(204, 404, 412); // the losers see it gone (404) or changed (412)
        assertThat(deleted).filteredOn(s -> s == 204).hasSize(1);
        staff().get(ADMIN_PROFILES + "/" + sheet.id()).then().statusCode(404);
    }

    private static void close(JobFixtures.Created job) {
        given().header("Authorization", JobFixtures.recruiter()).post(ADMIN_JOBS + "/" + job.id() + "/close").then().statusCode(200);
    }

    private static RequestSpecification staff() {
        return given().header("Authorization", editor());
    }
}
