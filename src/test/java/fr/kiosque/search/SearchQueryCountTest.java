package fr.kiosque.search;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasSize;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManagerFactory;

import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.Test;

import fr.kiosque.support.Fixtures;
import io.quarkus.test.junit.QuarkusTest;

/** Search and feeds run the same number of statements whatever they return. */
@QuarkusTest
class SearchQueryCountTest {

    @Inject
    EntityManagerFactory entityManagerFactory;

    @Test
    void searchAndFeedsRunAFixedNumberOfStatements() {
        String one = SearchApiTest.token();
        String many = SearchApiTest.token();
        String section = Fixtures.section(Fixtures.unique("Comptage"));
        Fixtures.article().title("Un " + one).create();
        for (int i = 0; i < 8; i++) {
            Fixtures.article().title("Plusieurs " + many).section(section).tags(Fixtures.unique("T"), Fixtures.unique("U")).create();
        }

        long searchOne = statementsFor(() -> given().queryParam("q", one).get("/api/v1/search").then().statusCode(200)
                .body("items", hasSize(1)));
        long searchMany = statementsFor(() -> given().queryParam("q", many).get("/api/v1/search").then().statusCode(200)
                .body("items", hasSize(8)));
        // "set local plan_cache_mode", then the search itself
        assertThat(searchOne).isEqualTo(searchMany).isEqualTo(2);

        String oneWord = SearchApiTest.token();
        String manyWords = String.join(" ", java.util.stream.Stream.generate(SearchApiTest::token).limit(14).toList());
        long nothingOneWord = statementsFor(() -> given().queryParam("q", oneWord).get("/api/v1/search").then().statusCode(200)
                .body("items", hasSize(0)));
        long nothingManyWords = statementsFor(() -> given().queryParam("q", manyWords).get("/api/v1/search").then().statusCode(200)
                .body("items", hasSize(0)));
        // nothing found: one more statement looks for a correction of every word at once
        assertThat(nothingOneWord).isEqualTo(nothingManyWords).isEqualTo(3);

        long feedAll = statementsFor(() -> given().get("/feeds/articles.rss?limit=50").then().statusCode(200));
        long feedSection = statementsFor(() -> given().get("/feeds/articles.atom?section=" + section).then().statusCode(200));
        // the items; with a section, its name (and the 404) first
        assertThat(feedAll).isEqualTo(1);
        assertThat(feedSection).isEqualTo(2);
        // the sitemap index counts the articles; the file of pages is two statements (the standing pages through
        // page/'s Pages, then sections, career sheets and listings); a file of articles is
        // streamed: what it holds (its ETag) first, then its articles a batch at a time (one batch here)
        assertThat(statementsFor(() -> given().get("/sitemap.xml").then().statusCode(200))).isEqualTo(1);
        assertThat(statementsFor(() -> given().get("/sitemaps/pages.xml").then().statusCode(200))).isEqualTo(2);
        assertThat(statementsFor(() -> given().get("/sitemaps/articles-1.xml").then().statusCode(200))).isEqualTo(2);
    }

    private long statementsFor(Runnable call) {
        // the response cache reads the next time-based expiry of each namespace once per change of the
        // data (articles, and listings for search): requests to other URLs of both pay that first
        given().queryParam("tag", "aucun-" + java.util.UUID.randomUUID()).get("/api/v1/articles").then().statusCode(200);
        given().queryParam("q", SearchApiTest.token()).get("/api/v1/search").then().statusCode(200);
        Statistics statistics = entityManagerFactory.unwrap(SessionFactory.class).getStatistics();
        statistics.clear();
        call.run();
        return statistics.getPrepareStatementCount();
    }
}
