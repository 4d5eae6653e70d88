package fr.kiosque.article;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasSize;

import java.util.ArrayList;
import java.util.List;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManagerFactory;

import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.Test;

import fr.kiosque.support.Fixtures;
import io.quarkus.test.junit.QuarkusTest;

/**
 * No query per row: the public list and the by-slug read run the same small number of SQL
 * statements whether the page holds one article or many, each with several authors and tags.
 */
@QuarkusTest
class QueryCountTest {

    @Inject
    EntityManagerFactory entityManagerFactory;

    @Test
    void listRunsAFixedNumberOfStatementsWhateverThePageHolds() {
        String small = Fixtures.section(Fixtures.unique("Petite"));
        String large = Fixtures.section(Fixtures.unique("Grande"));
        article(small, 1);
        for (int i = 0; i < 12; i++) {
            article(large, i);
        }

        long one = statementsFor(() -> given().queryParam("section", small).get("/api/v1/articles")
                .then().statusCode(200).body("items", hasSize(1)));
        long twelve = statementsFor(() -> given().queryParam("section", large).get("/api/v1/articles")
                .then().statusCode(200).body("items", hasSize(12)));

        assertThat(one).isPositive();
        assertThat(twelve).isEqualTo(one).isLessThanOrEqualTo(4);
    }

    @Test
    void bySlugRunsAFixedNumberOfStatementsWhateverItEmbeds() {
        String section = Fixtures.section(Fixtures.unique("Détail"));
        var lonely = Fixtures.article().create();
        List<String> related = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            related.add(article(section, i).slug());
        }
        var rich = Fixtures.article().section(section)
                .authors(Fixtures.author(Fixtures.unique("A")), Fixtures.author(Fixtures.unique("B")))
                .tags(Fixtures.unique("T1"), Fixtures.unique("T2"), Fixtures.unique("T3"))
                .with("related", related)
                .create();

        var automatic = Fixtures.article().section(section).authors(Fixtures.author(Fixtures.unique("C"))).create();

        long plain = statementsFor(() -> given().get("/api/v1/articles/" + lonely.slug()).then().statusCode(200));
        long chosen = statementsFor(() -> given().get("/api/v1/articles/" + rich.slug())
                .then().statusCode(200).body("related", hasSize(3)).body("authors", hasSize(2)).body("tags", hasSize(3)));
        long automaticRelated = statementsFor(() -> given().get("/api/v1/articles/" + automatic.slug())
                .then().statusCode(200).body("related", hasSize(3)));

        // article + section + authors, its body, its tags, chosen related, automatic related, their summaries (2)
        assertThat(plain).isPositive().isLessThanOrEqualTo(7);
        assertThat(chosen).isLessThanOrEqualTo(7);
        assertThat(automaticRelated).isLessThanOrEqualTo(7);
    }

    private static Fixtures.Created article(String section, int i) {
        return Fixtures.article().section(section)
                .authors(Fixtures.author(Fixtures.unique("Auteur " + i)), Fixtures.author(Fixtures.unique("Autre " + i)))
                .tags(Fixtures.unique("Mot " + i), Fixtures.unique("Clé " + i))
                .create();
    }

    private long statementsFor(Runnable call) {
        // The response cache reads, once per change of the data, when scheduled articles next go
        // live: a request to another URL pays that first, so the count below is the read's own.
        given().queryParam("tag", "aucun-" + java.util.UUID.randomUUID()).get("/api/v1/articles").then().statusCode(200);
        Statistics statistics = entityManagerFactory.unwrap(SessionFactory.class).getStatistics();
        assertThat(statistics.isStatisticsEnabled()).isTrue();
        statistics.clear();
        call.run();
        return statistics.getPrepareStatementCount();
    }
}
