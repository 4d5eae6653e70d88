package fr.kiosque.job;

import static fr.kiosque.job.JobFixtures.listing;
import static fr.kiosque.job.JobFixtures.profile;
import static fr.kiosque.job.JobFixtures.token;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManagerFactory;

import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.Test;

import fr.kiosque.support.Fixtures;
import io.quarkus.test.junit.QuarkusTest;

/**
 * No query per row: the job list (facets included), a listing's page, the career sheet list and
 * a career sheet's page run the same small number of SQL statements whatever they hold.
 */
@QuarkusTest
class JobQueryCountTest {

    @Inject
    EntityManagerFactory entityManagerFactory;

    @Test
    void theJobListRunsAFixedNumberOfStatementsFacetsIncluded() {
        String small = token();
        String large = token();
        var first = profile().create();
        var second = profile().create();
        listing().title("Seul " + small).profile(first.slug()).create();
        String[] contracts = { "CDI", "CDD", "FREELANCE", "INTERNSHIP" };
        String[] regions = { "ile-de-france", "bretagne", "occitanie" };
        for (int i = 0; i < 12; i++) {
            listing().title("Nombreux " + large).contract(contracts[i % 4]).region(regions[i % 3])
                    .profile(i % 2 == 0 ? first.slug() : second.slug()).create();
        }

        long one = statementsFor(() -> given().queryParam("q", small).get("/api/v1/jobs")
                .then().statusCode(200).body("items", hasSize(1)));
        long twelve = statementsFor(() -> given().queryParam("q", large).queryParam("contract", "CDI,CDD,FREELANCE,INTERNSHIP")
                .queryParam("region", "ile-de-france,bretagne,occitanie").get("/api/v1/jobs")
                .then().statusCode(200).body("items", hasSize(12)).body("facets.profile", hasSize(2)));
        long none = statementsFor(() -> given().queryParam("q", token()).get("/api/v1/jobs")
                .then().statusCode(200).body("items", hasSize(0)));

        // facets and total, a page of ids, the listings with their profile
        assertThat(one).isPositive();
        assertThat(twelve).isEqualTo(one).isLessThanOrEqualTo(3);
        assertThat(none).isLessThanOrEqualTo(one);
    }

    @Test
    void aListingsPageRunsTwoStatements() {
        var withProfile = listing().profile(profile().create().slug()).create();
        var without = listing().create();
        // the listing with its profile, its (lazy) description
        assertThat(statementsFor(() -> given().get("/api/v1/jobs/" + withProfile.slug()).then().statusCode(200)))
                .isPositive().isLessThanOrEqualTo(2);
        assertThat(statementsFor(() -> given().get("/api/v1/jobs/" + without.slug()).then().statusCode(200)))
                .isLessThanOrEqualTo(2);
    }

    @Test
    void theSheetListRunsAFixedNumberOfStatements() {
        String small = token();
        String large = token();
        listing().profile(profile().title("Seule " + small).create().slug()).create();
        for (int i = 0; i < 6; i++) {
            var sheet = profile().title("Fiche " + i + " " + large).create();
            listing().profile(sheet.slug()).create();
            listing().profile(sheet.slug()).create();
        }
        long one = statementsFor(() -> given().queryParam("q", small).get("/api/v1/job-profiles")
                .then().statusCode(200).body("items", hasSize(1)));
        long six = statementsFor(() -> given().queryParam("q", large).get("/api/v1/job-profiles")
                .then().statusCode(200).body("items", hasSize(6)).body("items[0].openListingCount", is(2)));
        // a count, the page with the open listings of each sheet
        assertThat(one).isPositive();
        assertThat(six).isEqualTo(one).isLessThanOrEqualTo(2);
    }

    @Test
    void aSheetsPageRunsAFixedNumberOfStatementsWhateverItEmbeds() {
        String section = Fixtures.section(Fixtures.unique("Carrières"));
        var smallArticle = Fixtures.article().section(section).create();
        var small = profile().with("relatedArticles", List.of(smallArticle.slug())).create();
        listing().profile(small.slug()).create();

        List<String> articles = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            articles.add(Fixtures.article().section(section)
                    .authors(Fixtures.author(Fixtures.unique("Autrice")), Fixtures.author(Fixtures.unique("Auteur")))
                    .tags(Fixtures.unique("Salaires"), Fixtures.unique("Métiers")).create().slug());
        }
        var large = profile().with("relatedArticles", articles).create();
        var otherSheet = profile().create();
        for (int i = 0; i < 12; i++) {
            listing().profile(large.slug()).create();
            listing().profile(otherSheet.slug()).create();
        }
        var empty = profile().create();

        long one = statementsFor(() -> given().get("/api/v1/job-profiles/" + small.slug())
                .then().statusCode(200).body("openListings.items", hasSize(1)).body("relatedArticles", hasSize(1)));
        long many = statementsFor(() -> given().get("/api/v1/job-profiles/" + large.slug())
                .then().statusCode(200).body("openListings.items", hasSize(10)).body("relatedArticles", hasSize(3)));
        long nothing = statementsFor(() -> given().get("/api/v1/job-profiles/" + empty.slug()).then().statusCode(200));

        // the sheet, its counts and benchmark, its recent open listings, the related articles (2)
        assertThat(one).isPositive();
        assertThat(many).isEqualTo(one).isLessThanOrEqualTo(5);
        assertThat(nothing).isLessThanOrEqualTo(one);
    }

    private long statementsFor(Runnable call) {
        // The response cache reads, once per change of the data, when jobs (and articles) next
        // change by time alone: requests to other URLs pay that first, so the count is the read's own.
        given().queryParam("q", "aucun" + UUID.randomUUID().toString().replace("-", "")).get("/api/v1/jobs").then().statusCode(200);
        given().queryParam("tag", "aucun-" + UUID.randomUUID()).get("/api/v1/articles").then().statusCode(200);
        Statistics statistics = entityManagerFactory.unwrap(SessionFactory.class).getStatistics();
        assertThat(statistics.isStatisticsEnabled()).isTrue();
        statistics.clear();
        call.run();
        return statistics.getPrepareStatementCount();
    }
}
