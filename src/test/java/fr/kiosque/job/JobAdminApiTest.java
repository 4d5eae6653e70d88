package fr.kiosque.job;

import static fr.kiosque.job.JobFixtures.ADMIN_JOBS;
import static fr.kiosque.job.JobFixtures.inDays;
import static fr.kiosque.job.JobFixtures.listing;
import static fr.kiosque.job.JobFixtures.recruiter;
import static fr.kiosque.job.JobFixtures.token;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.time.Period;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;

import jakarta.inject.Inject;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import fr.kiosque.common.text.Slugs;
import fr.kiosque.support.Concurrently;
import fr.kiosque.support.TestClock;
import fr.kiosque.support.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.builder.ResponseSpecBuilder;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import io.restassured.specification.ResponseSpecification;

/** The staff API of job listings: writes, validation, concurrency, roles, and the closing job. */
@QuarkusTest
class JobAdminApiTest {

    private static final String PUBLIC = "/api/v1/jobs/";

    /** What every staff answer must carry, whatever its status. */
    private static final ResponseSpecification STAFF = new ResponseSpecBuilder()
            .expectHeader("Cache-Control", "private, no-store")
            .build();

    @Inject
    TestClock clock;

    @Inject
    ExpiredJobCloser service;

    @BeforeAll
    static void logFailures() {
        RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
    }

    // ---- create ---------------------------------------------------------------------------

    @Test
    void createAnswers201WithLocationEtagAndTheStaffViewWithItsDefaults() {
        String token = token();
        var profile = JobFixtures.profile().create();
        Map<String, Object> body = listing().title("  Community manager (H/F) " + token + "  ").profile(profile.slug())
                .with("company", Map.of("name", " Maison Lumière ", "website", "https://www.maison-lumiere.fr"))
                .city("Bordeaux").location("postalCode", "33000").region("nouvelle-aquitaine")
                .with("description", "<p onclick=\"x()\">Animer nos réseaux.</p><script>alert(1)</script>")
                .with("validThrough", null)
                .body();
        Instant before = Instant.now();

        ExtractableResponse<Response> response = staff().contentType(ContentType.JSON).body(body)
                .when().post(ADMIN_JOBS)
                .then().spec(STAFF).statusCode(201)
                .header("ETag", "\"v0\"")
                .body("slug", equalTo("community-manager-h-f-" + token + "-maison-lumiere-bordeaux"))
                .body("title", equalTo("Community manager (H/F) " + token))
                .body("company.name", equalTo("Maison Lumière"))
                .body("company.website", equalTo("https://www.maison-lumiere.fr"))
                .body("company.logoUrl", nullValue())
                .body("location.region.slug", equalTo("nouvelle-aquitaine"))
                .body("profile.slug", equalTo(profile.slug()))
                .body("salary.currency", equalTo("EUR"))
                .body("salary.period", equalTo("YEAR"))
                .body("salary.gross", is(true))
                .body("description", equalTo("<p>Animer nos réseaux.</p>"))
                .body("status", equalTo("OPEN"))
                .body("visible", is(true))
                .body("closedAt", nullValue())
                .body("apply.method", equalTo("KIOSQUE"))
                .body("version", is(0))
                .extract();
        JsonPath json = response.jsonPath();
        long id = json.getLong("id");
        assertThat(URI.create(response.header("Location")).getPath()).isEqualTo(ADMIN_JOBS + "/" + id);
        assertThat(json.getMap("").keySet()).containsExactlyInAnyOrder("id", "slug", "title", "company", "location", "remote",
                "contract", "experienceLevel", "profile", "salary", "description", "status", "visible", "datePosted",
                "validThrough", "closedAt", "apply", "createdAt", "updatedAt", "version");
        // posted now, open for kiosque.jobs.default-validity (60 days) when no validThrough is given
        Instant posted = Instant.parse(json.getString("datePosted"));
        assertThat(posted).isBetween(before.minusSeconds(1), Instant.now());
        assertThat(Instant.parse(json.getString("validThrough")))
                .isEqualTo(posted.atZone(ZoneOffset.UTC).plus(Period.ofDays(60)).toInstant());

        staff().get(response.header("Location")).then().spec(STAFF).statusCode(200)
                .header("ETag", "\"v0\"").body("id", is((int) id));
        given().get(PUBLIC + json.getString("slug")).then().statusCode(200);
    }

    @Test
    void theSameTitleGetsNumberedSlugsAndAnExplicitSlugAlreadyTakenIs409() {
        String title = "Traffic manager " + token();
        var first = listing().title(title).create();
        var second = listing().title(title).create();
        assertThat(second.slug()).isEqualTo(first.slug() + "-2");

        staff().contentType(ContentType.JSON).body(listing().with("slug", first.slug()).body())
                .post(ADMIN_JOBS).then().spec(STAFF).statusCode(409).contentType("application/problem+json");
    }

    @Test
    void aNumberedSlugStaysWithinTheSlugLength() {
        String word = (token() + "x".repeat(Slugs.MAX_LENGTH)).substring(0, Slugs.MAX_LENGTH - 1);
        var first = listing().title(word).create();
        var second = listing().title(word).create();
        assertThat(first.slug()).isEqualTo(word);
        assertThat(second.slug()).hasSize(Slugs.MAX_LENGTH).endsWith("-2").isNotEqualTo(first.slug());
    }

    @Test
    void parallelCreationsWithTheSameTitleAllSucceedWithDistinctSlugs() throws Exception {
        String token = token();
        var profile = JobFixtures.profile().create();
        Map<String, Object> body = listing().title("Brand content manager " + token).profile(profile.slug()).body();
        List<Callable<ExtractableResponse<Response>>> calls = new ArrayList<>();
        for (int i = 0; i < 24; i++) {
            calls.add(() -> given().header("Authorization", recruiter()).contentType(ContentType.JSON).body(body)
                    .post(ADMIN_JOBS).then().extract());
        }
        List<ExtractableResponse<Response>> responses = Concurrently.run(calls);

        assertThat(responses).extracting(ExtractableResponse::statusCode).containsOnly(201);
        Set<String> slugs = new HashSet<>();
        responses.forEach(r -> slugs.add(r.path("slug")));
        assertThat(slugs).hasSize(24);
        staff().queryParam("profile", profile.slug()).queryParam("size", 100).get(ADMIN_JOBS)
                .then().statusCode(200).body("page.totalItems", is(24));
        given().queryParam("q", token).get("/api/v1/jobs").then().statusCode(200).body("page.totalItems", is(24));
    }

    // ---- validation -----------------------------------------------------------------------

    @Test
    void aListingWithoutSalaryRangeOrWithMinAboveMaxIsRefusedWithFieldErrors() {
        expectErrors(400, listing().withoutSalary().body(), "salary");
        expectErrors(400, listing().salary(50000, 40000).body(), "salary.max");
        Map<String, Object> noMax = listing().body();
        noMax.put("salary", Map.of("min", 40000));
        expectErrors(400, noMax, "salary.max");
        expectErrors(400, listing().salary("currency", "USD").body(), "salary.currency");
        expectErrors(400, listing().salary(-1, 40000).body(), "salary.min");
    }

    @Test
    void aValidThroughInThePastOrBeforeThePostingIsRefused() {
        expectErrors(422, listing().validThrough(Instant.now().minusSeconds(60)).body(), "validThrough");
        expectErrors(422, listing().posted(inDays(20)).validThrough(inDays(10)).body(), "validThrough");
        expectErrors(422, listing().with("status", "DRAFT").validThrough(Instant.now().minusSeconds(60)).body(), "validThrough");
    }

    @Test
    void anUnknownProfileIs422NamingIt() {
        expectErrors(422, listing().profile("fiche-inconnue-" + token()).body(), "profile");
    }

    @Test
    void locationAndApplyRulesAreFieldErrors() {
        expectErrors(400, listing().region("nulle-part").body(), "location.region");
        expectErrors(400, listing().location("region", null).body(), "location.region");
        expectErrors(400, listing().location("country", "BE").body(), "location.region");
        expectErrors(400, listing().location("country", "france").body(), "location.country");
        expectErrors(400, listing().location("city", " ").body(), "location.city");
        expectErrors(400, listing().with("apply", Map.of("method", "EXTERNAL_URL")).body(), "apply.url");
        expectErrors(400, listing().with("apply", Map.of("method", "KIOSQUE", "url", "https://example.org")).body(), "apply.url");
        expectErrors(400, listing().with("apply", Map.of("method", "EXTERNAL_URL", "url", "javascript:alert(1)")).body(), "apply.url");
        expectErrors(400, listing().with("description", "<script>alert(1)</script>").body(), "description");
        // several at once
        expectErrors(400, listing().salary(3, 2).location("city", null).body(), "location.city", "salary.max");
        // a fully remote job needs neither a city nor a region, abroad too
        listing().remote("FULL_REMOTE").with("location", Map.of("country", "CH")).create();
    }

    @Test
    void missingOrMalformedFieldsAre400() {
        Map<String, Object> body = listing().body();
        body.remove("title");
        body.remove("contract");
        expectErrors(400, body, "contract", "title");
        Map<String, Object> badEnum = listing().body();
        badEnum.put("remote", "PARFOIS");
        expectErrors(400, badEnum, "remote");
    }

    private static void expectErrors(int status, Map<String, Object> body, String... fields) {
        staff().contentType(ContentType.JSON).body(body).post(ADMIN_JOBS)
                .then().spec(STAFF).statusCode(status).contentType("application/problem+json")
                .body("errors.field", containsInAnyOrder((Object[]) fields));
    }

    // ---- replace --------------------------------------------------------------------------

    @Test
    void replaceNeedsIfMatchAndShowsPubliclyAtOnce() {
        var job = listing().title("Attaché de presse " + token()).create();
        given().get(PUBLIC + job.slug()).then().statusCode(200);
        given().get(PUBLIC + job.slug()).then().statusCode(200).header("X-Kiosque-Cache", "HIT");
        Map<String, Object> changed = listing().title("Attachée de presse " + token()).salary(33000, 38000).body();

        staff().contentType(ContentType.JSON).body(changed).put(ADMIN_JOBS + "/" + job.id())
                .then().spec(STAFF).statusCode(428).contentType("application/problem+json");
        staff().contentType(ContentType.JSON).header("If-Match", "\"v7\"").body(changed).put(ADMIN_JOBS + "/" + job.id())
                .then().spec(STAFF).statusCode(412);
        staff().contentType(ContentType.JSON).header("If-Match", job.etag()).body(changed).put(ADMIN_JOBS + "/" + job.id())
                .then().spec(STAFF).statusCode(200)
                .header("ETag", "\"v1\"")
                .body("slug", equalTo(job.slug()))
                .body("title", equalTo(changed.get("title")))
                .body("salary.min", is(33000));

        given().get(PUBLIC + job.slug()).then().statusCode(200).header("X-Kiosque-Cache", "MISS")
                .body("title", equalTo(changed.get("title")))
                .body("salary.max", is(38000));
        staff().contentType(ContentType.JSON).header("If-Match", "\"v1\"").body(listing().profile("inconnue-" + token()).body())
                .put(ADMIN_JOBS + "/" + job.id()).then().spec(STAFF).statusCode(422);
        staff().contentType(ContentType.JSON).header("If-Match", "\"v1\"").body(listing().salary(2, 1).body())
                .put(ADMIN_JOBS + "/" + job.id()).then().spec(STAFF).statusCode(400);
        staff().contentType(ContentType.JSON).header("If-Match", "\"v1\"").body(listing().with("slug", listing().create().slug()).body())
                .put(ADMIN_JOBS + "/" + job.id()).then().spec(STAFF).statusCode(409);
        staff().contentType(ContentType.JSON).header("If-Match", "\"v1\"").body(changed).put(ADMIN_JOBS + "/2147483000")
                .then().spec(STAFF).statusCode(404);
    }

    @Test
    void parallelReplacementsWithTheSameEtagLetOneWinAndRefuseTheRest() throws Exception {
        var job = listing().create();
        List<Callable<Integer>> calls = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            Map<String, Object> body = listing().title("Version " + i + " " + token()).body();
            calls.add(() -> given().header("Authorization", recruiter()).header("If-Match", job.etag())
                    .contentType(ContentType.JSON).body(body).put(ADMIN_JOBS + "/" + job.id()).then().extract().statusCode());
        }
        List<Integer> statuses = Concurrently.run(calls);
        assertThat(statuses).containsOnly(200, 412);
        assertThat(statuses).filteredOn(s -> s == 200).hasSize(1);
        staff().get(ADMIN_JOBS + "/" + job.id()).then().statusCode(200).body("version", is(1));
    }

    @Test
    void aClosedListingCanBeEditedAndReopenedWithAFutureValidThrough() {
        String token = token();
        var job = listing().title("UX writer " + token).create();
        var closed = staff().post(ADMIN_JOBS + "/" + job.id() + "/close").then().statusCode(200).extract();
        String etag = closed.header("ETag");

        // still closed: a past validThrough is fine for a closed listing
        Map<String, Object> edit = listing().title("UX writer " + token).with("status", "CLOSED").body();
        var edited = staff().contentType(ContentType.JSON).header("If-Match", etag).body(edit).put(ADMIN_JOBS + "/" + job.id())
                .then().statusCode(200).body("status", equalTo("CLOSED"))
                .body("closedAt", equalTo(closed.path("closedAt"))).extract();
        given().get(PUBLIC + job.slug()).then().statusCode(410);

        Map<String, Object> reopen = listing().title("UX writer " + token).with("status", "OPEN").validThrough(inDays(20)).body();
        staff().contentType(ContentType.JSON).header("If-Match", edited.header("ETag")).body(reopen).put(ADMIN_JOBS + "/" + job.id())
                .then().statusCode(200).body("status", equalTo("OPEN")).body("closedAt", nullValue()).body("visible", is(true));
        given().get(PUBLIC + job.slug()).then().statusCode(200);
    }

    // ---- close and delete -----------------------------------------------------------------

    @Test
    void closeTakesAListingOffAtOnceAndIsIdempotent() {
        var job = listing().create();
        staff().header("If-Match", "\"v9\"").post(ADMIN_JOBS + "/" + job.id() + "/close").then().spec(STAFF).statusCode(412);

        var closed = staff().header("If-Match", job.etag()).post(ADMIN_JOBS + "/" + job.id() + "/close")
                .then().spec(STAFF).statusCode(200)
                .header("ETag", "\"v1\"")
                .body("status", equalTo("CLOSED"))
                .body("visible", is(false))
                .body("closedAt", notNullValue())
                .extract();
        staff().post(ADMIN_JOBS + "/" + job.id() + "/close").then().statusCode(200)
                .header("ETag", "\"v1\"").body("closedAt", equalTo(closed.path("closedAt")));
        staff().post(ADMIN_JOBS + "/2147483000/close").then().spec(STAFF).statusCode(404);
        given().get(PUBLIC + job.slug()).then().statusCode(410);
    }

    @Test
    void parallelClosesAllSucceedAndCloseOnce() throws Exception {
        var job = listing().create();
        List<Callable<Integer>> calls = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            calls.add(() -> given().header("Authorization", recruiter()).post(ADMIN_JOBS + "/" + job.id() + "/close")
                    .then().extract().statusCode());
        }
        List<Integer> statuses = Concurrently.run(calls);
        assertThat(statuses).containsOnly(200);
        staff().get(ADMIN_JOBS + "/" + job.id()).then().statusCode(200).body("status", equalTo("CLOSED")).body("version", is(1));
    }

    @Test
    void deleteNeedsIfMatch() {
        var job = listing().create();
        staff().delete(ADMIN_JOBS + "/" + job.id()).then().spec(STAFF).statusCode(428);
        staff().header("If-Match", "\"v3\"").delete(ADMIN_JOBS + "/" + job.id()).then().spec(STAFF).statusCode(412);
        staff().header("If-Match", job.etag()).delete(ADMIN_JOBS + "/" + job.id()).then().spec(STAFF).statusCode(204);
        staff().get(ADMIN_JOBS + "/" + job.id()).then().statusCode(404);
        given().get(PUBLIC + job.slug()).then().statusCode(404);
    }

    @Test
    void parallelDeletesRemoveItOnceWithoutServerErrors() throws Exception {
        var job = listing().create();
        List<Callable<Integer>> calls = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            calls.add(() -> given().header("Authorization", recruiter()).header("If-Match", job.etag())
                    .delete(ADMIN_JOBS + "/" + job.id()).then().extract().statusCode());
        }
        List<Integer> statuses = Concurrently.run(calls);
        assertThat(statuses).isSubsetOf(204, 404, 412); // the losers see it gone (404) or changed (412)
        assertThat(statuses).filteredOn(s -> s == 204).hasSize(1);
    }

    // ---- lists ----------------------------------------------------------------------------

    @Test
    void theStaffListFiltersByStatusAndProfileAndShowsEveryStatus() {
        var profile = JobFixtures.profile().create();
        var open = listing().profile(profile.slug()).create();
        var draft = listing().profile(profile.slug()).with("status", "DRAFT").create();
        var closed = listing().profile(profile.slug()).create();
        staff().post(ADMIN_JOBS + "/" + closed.id() + "/close").then().statusCode(200);

        JsonPath all = staff().queryParam("profile", profile.slug()).queryParam("sort", "createdAt").get(ADMIN_JOBS)
                .then().spec(STAFF).statusCode(200)
                .header("Link", org.hamcrest.Matchers.containsString("rel=\"first\""))
                .body("page.totalItems", is(3))
                .body("items.id", contains((int) open.id(), (int) draft.id(), (int) closed.id()))
                .body("items.status", contains("OPEN", "DRAFT", "CLOSED"))
                .body("items.visible", contains(true, false, false))
                .body("items[1].datePosted", nullValue())
                .extract().jsonPath();
        assertThat(all.getMap("items[0]").keySet()).containsExactlyInAnyOrder("id", "slug", "title", "companyName", "contract",
                "profile", "status", "visible", "datePosted", "validThrough", "updatedAt", "version");
        staff().queryParam("profile", profile.slug()).queryParam("status", "DRAFT").get(ADMIN_JOBS)
                .then().statusCode(200).body("items.id", contains((int) draft.id()));
        staff().queryParam("status", "PUBLISHED").get(ADMIN_JOBS).then().spec(STAFF).statusCode(400)
                .body("errors.field", contains("status"));
        staff().queryParam("sort", "salary").get(ADMIN_JOBS).then().statusCode(400).body("errors.field", contains("sort"));
    }

    // ---- roles ----------------------------------------------------------------------------

    @Test
    void recruitersEditorsAndAdminsWriteListingsOthersAreRefused() {
        for (String role : List.of("recruiter", "editor", "admin")) {
            given().header("Authorization", Tokens.bearer(Tokens.withRoles(role))).contentType(ContentType.JSON)
                    .body(listing().body()).post(ADMIN_JOBS).then().statusCode(201);
        }
        given().header("Authorization", Tokens.bearer(Tokens.withRoles("moderator"))).contentType(ContentType.JSON)
                .body(listing().body()).post(ADMIN_JOBS).then().statusCode(403).contentType("application/problem+json");
        given().contentType(ContentType.JSON).body(listing().body()).post(ADMIN_JOBS).then().statusCode(401);
    }

    // ---- the closing job ------------------------------------------------------------------

    @Test
    void expiredListingsAreClosedInBatchesOnceEvenByJobsRunningAtOnce() throws Exception {
        Instant validThrough = Instant.now().plus(Duration.ofHours(1)).truncatedTo(java.time.temporal.ChronoUnit.SECONDS);
        List<Long> expiring = new ArrayList<>();
        for (int i = 0; i < 7; i++) {
            expiring.add(listing().validThrough(validThrough.plusSeconds(i)).create().id());
        }
        try {
            clock.advance(Duration.ofMinutes(90));
            // three instances' jobs at once, each closing two listings per transaction
            List<Callable<Integer>> jobs = new ArrayList<>();
            for (int i = 0; i < 3; i++) {
                jobs.add(() -> service.closeExpired(2));
            }
            int closed = Concurrently.run(jobs).stream().mapToInt(Integer::intValue).sum();

            assertThat(closed).isGreaterThanOrEqualTo(expiring.size());
            for (long id : expiring) {
                // closed once: one version more
                staff().get(ADMIN_JOBS + "/" + id).then().statusCode(200)
                        .body("status", equalTo("CLOSED")).body("version", is(1));
            }
            assertThat(service.closeExpired(2)).isZero();
        } finally {
            clock.reset();
        }
    }

    @Test
    void theScheduledJobClosesExpiredListingsAtTheirValidThroughOnce() {
        Instant validThrough = Instant.now().plus(Duration.ofHours(1)).truncatedTo(java.time.temporal.ChronoUnit.SECONDS);
        var expiring = listing().validThrough(validThrough).create();
        var lasting = listing().create();
        try {
            clock.advance(Duration.ofMinutes(90));
            assertThat(service.closeExpired()).isPositive();

            staff().get(ADMIN_JOBS + "/" + expiring.id()).then().statusCode(200)
                    .body("status", equalTo("CLOSED"))
                    .body("closedAt", equalTo(validThrough.toString()))
                    .body("version", is(1));
            staff().get(ADMIN_JOBS + "/" + lasting.id()).then().statusCode(200).body("status", equalTo("OPEN"));
            given().get(PUBLIC + expiring.slug()).then().statusCode(410);

            service.closeExpired();
            staff().get(ADMIN_JOBS + "/" + expiring.id()).then().statusCode(200).body("version", is(1));
        } finally {
            clock.reset();
        }
    }

    private static RequestSpecification staff() {
        return given().header("Authorization", recruiter());
    }
}
