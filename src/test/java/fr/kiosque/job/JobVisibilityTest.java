package fr.kiosque.job;

import static fr.kiosque.job.JobFixtures.inDays;
import static fr.kiosque.job.JobFixtures.listing;
import static fr.kiosque.job.JobFixtures.profile;
import static fr.kiosque.job.JobFixtures.token;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import jakarta.inject.Inject;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import fr.kiosque.support.TestClock;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.path.json.JsonPath;

/**
 * {@link ListingVisibility} on every public surface of jobs: an expired, a draft, a scheduled and
 * a closed listing of one career sheet are absent from the list and its facets, their pages, the
 * sheet, the sheets' list, the feeds, the sitemap, search and the CV feature's entry point, while
 * an open listing of the same sheet is present everywhere.
 */
@QuarkusTest
class JobVisibilityTest {

    @Inject
    TestClock clock;

    @Inject
    JobTargets targets;

    @BeforeAll
    static void logFailures() {
        RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
    }

    @Test
    void onlyTheOpenListingIsSeenAnywherePublic() {
        String token = token();
        String sheetWord = token();
        var sheet = profile().title("Métier " + sheetWord).create();
        var open = listing().title("Ouverte " + token).profile(sheet.slug()).create();
        var expiring = listing().title("Expirante " + token).profile(sheet.slug())
                .validThrough(Instant.now().plus(Duration.ofHours(1))).create();
        var draft = listing().title("Brouillon " + token).profile(sheet.slug()).with("status", "DRAFT").create();
        var scheduled = listing().title("Programmee " + token).profile(sheet.slug()).posted(inDays(1)).create();
        var closed = listing().title("Fermee " + token).profile(sheet.slug()).create();
        given().header("Authorization", JobFixtures.recruiter()).post(JobFixtures.ADMIN_JOBS + "/" + closed.id() + "/close")
                .then().statusCode(200);
        List<JobFixtures.Created> hidden = List.of(expiring, draft, scheduled, closed);
        try {
            clock.advance(Duration.ofMinutes(61));

            JsonPath list = given().queryParam("q", token).get("/api/v1/jobs").then().statusCode(200).extract().jsonPath();
            assertThat(list.getList("items.slug")).containsExactly(open.slug());
            assertThat(list.getLong("page.totalItems")).isEqualTo(1);
            assertThat(list.getList("facets.contract.count", Long.class)).containsExactly(1L);
            assertThat(list.getList("facets.profile.count", Long.class)).containsExactly(1L);
            assertThat(given().queryParam("profile", sheet.slug()).get("/api/v1/jobs").then().statusCode(200)
                    .extract().jsonPath().getList("items.slug")).containsExactly(open.slug());

            given().get("/api/v1/jobs/" + open.slug()).then().statusCode(200);
            for (JobFixtures.Created listing : hidden) {
                int status = given().get("/api/v1/jobs/" + listing.slug()).then().extract().statusCode();
                assertThat(status).as(listing.slug()).isIn(404, 410);
                assertThat(targets.openListing(listing.slug())).as(listing.slug()).isEmpty();
            }
            assertThat(targets.openListing(open.slug())).isPresent();

            JsonPath page = given().get("/api/v1/job-profiles/" + sheet.slug()).then().statusCode(200).extract().jsonPath();
            assertThat(page.getLong("openListings.totalItems")).isEqualTo(1);
            assertThat(page.getList("openListings.items.slug")).containsExactly(open.slug());
            assertThat(given().queryParam("q", sheetWord).get("/api/v1/job-profiles").then().statusCode(200)
                    .extract().jsonPath().getList("items.openListingCount", Long.class)).containsExactly(1L);

            assertThat(given().queryParam("q", token).queryParam("type", "job").get("/api/v1/search").then().statusCode(200)
                    .extract().jsonPath().getList("items.slug")).containsExactly(open.slug());

            for (String url : List.of("/feeds/jobs.json?limit=100", "/feeds/jobs.rss?limit=100", "/feeds/jobs.atom?limit=100",
                    "/sitemaps/pages.xml")) {
                String body = given().get(url).then().statusCode(200).extract().asString();
                assertThat(body).as(url).contains(open.slug());
                for (JobFixtures.Created listing : hidden) {
                    assertThat(body).as(url).doesNotContain(listing.slug());
                }
            }
        } finally {
            clock.reset();
        }
    }
}
