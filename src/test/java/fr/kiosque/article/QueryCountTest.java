package fr.kiosque.article;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasSize;

import java.util.ArrayList;
import java.util.List;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManagerFactory;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import fr.kiosque.support.Fixtures;
import fr.kiosque.support.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;

/**
 * No query per row: lists (public and staff, articles and taxonomy) and by-slug reads run the
 * same small number of SQL statements whether the page holds one record or many, each article
 * with several authors and tags.
 */
@QuarkusTest
class QueryCountTest {

    @Inject
    EntityManagerFactory entityManagerFactory;

    @Inject
    fr.kiosque.common.http.cache.ResponseCache cache;

    @Test
    void publicAndStaffListsRunAFixedNumberOfStatementsWhateverThePageHolds() {
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
        long staffOne = statementsFor(() -> staff().queryParam("section", small).get("/api/v1/admin/articles")
                .then().statusCode(200).body("items", hasSize(1)));
        long staffTwelve = statementsFor(() -> staff().queryParam("section", large).get("/api/v1/admin/articles")
                .then().statusCode(200).body("items", hasSize(12)));

        // a count, a page of ids, the articles with section and authors, their tags (staff: and the account behind the token)
        assertThat(one).isPositive();
        // a count, a page of ids, the cards (one statement: section, authors and tags aggregated)
        assertThat(twelve).isEqualTo(one).isLessThanOrEqualTo(3);
        assertThat(staffOne).isPositive();
        assertThat(staffTwelve).isEqualTo(staffOne).isLessThanOrEqualTo(5);
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

        // the stored page asked by the response cache, then by the route (ArticlePages: none yet), then,
        // rendering it: article + section + authors, its body, its tags, chosen related, automatic related,
        // their cards with their versions (1), and the page stored
        assertThat(plain).isPositive().isLessThanOrEqualTo(9);
        assertThat(chosen).isLessThanOrEqualTo(9);
        assertThat(automaticRelated).isLessThanOrEqualTo(9);
        // once stored, a miss of the response cache is answered by the stored page, without the route: the one
        // statement that checks and reads it, run by Vert.x's client on the event loop (none through JDBC)
        cache.invalidateAllLocally();
        assertThat(statementsFor(() -> given().get("/api/v1/articles/" + rich.slug()).then().statusCode(200)
                .header("X-Kiosque-Cache", "STORED").body("related", hasSize(3)))).isZero();
    }

    @ParameterizedTest
    @ValueSource(strings = { "sections", "tags", "authors" })
    void taxonomyListsRunAFixedNumberOfStatementsWhateverThePageHolds(String kind) {
        // ten of each kind, all public: ten sections, and one published article with ten tags and ten authors
        List<String> authors = new ArrayList<>();
        List<String> tags = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            Fixtures.section(Fixtures.unique("Rubrique comptée"));
            authors.add(Fixtures.author(Fixtures.unique("Auteur compté")));
            tags.add(Fixtures.unique("Mot compté"));
        }
        var article = Fixtures.article().authors(authors.toArray(String[]::new)).tags(tags.toArray(String[]::new)).create();
        String slug = given().get("/api/v1/articles/" + article.slug()).then().statusCode(200)
                .extract().path(kind.equals("sections") ? "section.slug" : kind + "[0].slug");

        long publicOne = statementsFor(() -> given().queryParam("size", 1).get("/api/v1/" + kind)
                .then().statusCode(200).body("items", hasSize(1)));
        long publicTen = statementsFor(() -> given().queryParam("size", 10).get("/api/v1/" + kind)
                .then().statusCode(200).body("items", hasSize(10)));
        long publicBySlug = statementsFor(() -> given().get("/api/v1/" + kind + "/" + slug).then().statusCode(200));
        long staffOne = statementsFor(() -> staff().queryParam("size", 1).get("/api/v1/admin/" + kind)
                .then().statusCode(200).body("items", hasSize(1)));
        long staffTen = statementsFor(() -> staff().queryParam("size", 10).get("/api/v1/admin/" + kind)
                .then().statusCode(200).body("items", hasSize(10)));

        // public: the page with its counts, the total; by slug: one; staff: the account, the page, the total
        assertThat(publicOne).isPositive();
        assertThat(publicTen).isEqualTo(publicOne).isLessThanOrEqualTo(2);
        assertThat(publicBySlug).isEqualTo(1);
        assertThat(staffOne).isPositive();
        assertThat(staffTen).isEqualTo(staffOne).isLessThanOrEqualTo(3);
    }

    private static RequestSpecification staff() {
        return given().header("Authorization", Tokens.bearer(Tokens.editor()));
    }

    private static Fixtures.Created article(String section, int i) {
        return Fixtures.article().section(section)
                .authors(Fixtures.author(Fixtures.unique("Auteur " + i)), Fixtures.author(Fixtures.unique("Autre " + i)))
                .tags(Fixtures.unique("Mot " + i), Fixtures.unique("Clé " + i))
                .create();
    }

    private long statementsFor(Runnable call) {
        return fr.kiosque.support.Statements.countedFor(entityManagerFactory, call);
    }
}
