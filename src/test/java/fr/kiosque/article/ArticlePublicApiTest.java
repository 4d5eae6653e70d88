package fr.kiosque.article;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import fr.kiosque.support.Fixtures;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.path.json.JsonPath;

@QuarkusTest
class ArticlePublicApiTest {

    @jakarta.inject.Inject
    javax.sql.DataSource dataSource;

    @BeforeAll
    static void logFailures() {
        RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
    }

    @Test
    void detailEmbedsEverythingThePageShowsAndNothingElse() {
        String section = Fixtures.section(Fixtures.unique("Le Magazine"));
        String author = Fixtures.author(Fixtures.unique("Anne Rédac"));
        var related = Fixtures.article().section(section).title(Fixtures.unique("Toute peine mérite salaire")).create();
        String title = Fixtures.unique("Quitter X : un dilemme");
        var article = Fixtures.article()
                .title(title)
                .section(section).authors(author).tags("Réseaux sociaux", "Éthique")
                .with("pullQuotes", List.of("Car on n’utilise pas X pour (seulement) rigoler, c’est bien plus que ça."))
                .with("coverImage", Map.of("url", "https://cdn.example.org/x.jpg", "alt", "Logo", "credit", "Photo : Kiosque"))
                .with("related", List.of(related.slug()))
                .create();

        JsonPath json = given().when().get("/api/v1/articles/" + article.slug())
                .then().statusCode(200)
                .header("ETag", notNullValue())
                .header("Cache-Control", "public, max-age=60")
                .body("slug", equalTo(article.slug()))
                .body("section.slug", equalTo(section))
                .body("authors[0].slug", equalTo(author))
                .body("authors[0].bio", notNullValue())
                .body("tags.slug", contains("ethique", "reseaux-sociaux"))
                .body("pullQuotes", hasSize(1))
                .body("coverImage.credit", equalTo("Photo : Kiosque"))
                .body("related.slug", contains(related.slug()))
                .body("seo.metaTitle", equalTo(title))
                .body("seo.metaDescription", equalTo("Un chapô de test."))
                .extract().jsonPath();

        assertThat(json.getMap("").keySet()).containsExactlyInAnyOrder("slug", "title", "standfirst", "body",
                "pullQuotes", "coverImage", "section", "tags", "authors", "publishedAt", "updatedAt",
                "readingTimeMinutes", "seo", "commentsOpen", "commentCount", "related");
        assertThat(json.getMap("authors[0]").keySet()).containsExactlyInAnyOrder("slug", "name", "role", "bio", "avatarUrl");
        assertThat(json.getMap("section").keySet()).containsExactlyInAnyOrder("slug", "name");
        assertThat(json.getMap("related[0]").keySet()).containsExactlyInAnyOrder("slug", "title", "standfirst",
                "section", "authors", "tags", "coverImage", "publishedAt", "readingTimeMinutes", "commentCount");
        assertThat(json.getMap("seo").keySet()).containsExactlyInAnyOrder("metaTitle", "metaDescription", "canonicalUrl");
    }

    @Test
    void relatedDefaultsToTheMostRecentSharingSectionOrTag() {
        String section = Fixtures.section(Fixtures.unique("Rubrique"));
        String tagName = Fixtures.unique("Mot");
        Instant now = Instant.now();
        var older = Fixtures.article().section(section).publishedAt(now.minus(3, ChronoUnit.DAYS).toString()).create();
        var byTag = Fixtures.article().tags(tagName).publishedAt(now.minus(2, ChronoUnit.DAYS).toString()).create();
        Fixtures.article().publishedAt(now.minus(1, ChronoUnit.DAYS).toString()).create(); // shares nothing
        Fixtures.article().section(section).status("DRAFT").create();
        var article = Fixtures.article().section(section).tags(tagName).create();

        given().get("/api/v1/articles/" + article.slug()).then().statusCode(200)
                .body("related.slug", contains(byTag.slug(), older.slug())); // not the draft, not the unrelated one
    }

    @Test
    void unknownDraftAndFutureArticlesAreNotFound() {
        var draft = Fixtures.article().status("DRAFT").create();
        var scheduled = Fixtures.article().status("SCHEDULED")
                .publishedAt(Instant.now().plus(1, ChronoUnit.DAYS).toString()).create();
        var archived = Fixtures.article().status("ARCHIVED").create();

        for (String slug : List.of("nexiste-pas", draft.slug(), scheduled.slug(), archived.slug())) {
            given().get("/api/v1/articles/" + slug).then().statusCode(404)
                    .contentType("application/problem+json")
                    .body("status", is(404))
                    .body("type", equalTo("urn:kiosque:problem:not-found"))
                    .body("instance", equalTo("/api/v1/articles/" + slug))
                    .body("detail", containsString(slug));
        }
    }

    @Test
    void listIsAPageOfSummariesWithLinks() {
        String section = Fixtures.section(Fixtures.unique("Liste"));
        Instant now = Instant.now();
        for (int i = 1; i <= 5; i++) {
            Fixtures.article().section(section).publishedAt(now.minus(i, ChronoUnit.HOURS).toString()).create();
        }
        Fixtures.article().section(section).status("DRAFT").create();

        JsonPath page2 = given().queryParam("section", section).queryParam("size", 2).queryParam("page", 2)
                .when().get("/api/v1/articles")
                .then().statusCode(200)
                .header("Link", containsString("rel=\"first\""))
                .header("Link", containsString("page=1&size=2>; rel=\"prev\""))
                .header("Link", containsString("page=3&size=2>; rel=\"next\""))
                .header("Link", containsString("page=3&size=2>; rel=\"last\""))
                .body("page.number", is(2))
                .body("page.size", is(2))
                .body("page.totalItems", is(5))
                .body("page.totalPages", is(3))
                .body("items", hasSize(2))
                .body("items[0].body", nullValue())
                .extract().jsonPath();
        assertThat(page2.getMap("items[0]").keySet()).containsExactlyInAnyOrder("slug", "title", "standfirst",
                "section", "authors", "tags", "coverImage", "publishedAt", "readingTimeMinutes", "commentCount");

        List<String> dates = given().queryParam("section", section).queryParam("size", 100)
                .get("/api/v1/articles").then().extract().path("items.publishedAt");
        assertThat(dates).hasSize(5).isSortedAccordingTo((a, b) -> b.compareTo(a));
        List<String> ascending = given().queryParam("section", section).queryParam("sort", "publishedAt")
                .get("/api/v1/articles").then().extract().path("items.publishedAt");
        assertThat(ascending).hasSize(5).isSorted();
    }

    @Test
    void titlesSortInFrenchOrder() {
        String section = Fixtures.section(Fixtures.unique("Tri"));
        for (String title : List.of("Zèbre", "Étude", "avion", "Éthique")) {
            Fixtures.article().section(section).title(title + " " + Fixtures.unique("")).create();
        }
        List<String> titles = given().queryParam("section", section).queryParam("sort", "title")
                .get("/api/v1/articles").then().statusCode(200).extract().path("items.title");
        assertThat(titles).extracting(t -> t.split(" ")[0]).containsExactly("avion", "Éthique", "Étude", "Zèbre");
    }

    /** The order above must not depend on the database's default collation (C on many servers). */
    @Test
    void namesUseTheFrenchCollationWhateverTheDatabaseDefault() throws Exception {
        try (var connection = dataSource.getConnection(); var statement = connection.createStatement();
                var rows = statement.executeQuery("select table_name, collation_name from information_schema.columns"
                        + " where (table_name, column_name) in"
                        + " (('article', 'title'), ('section', 'name'), ('tag', 'name'), ('author', 'name'))")) {
            int checked = 0;
            while (rows.next()) {
                assertThat(rows.getString("collation_name")).as(rows.getString("table_name")).isEqualTo("french");
                checked++;
            }
            assertThat(checked).isEqualTo(4);
        }
    }

    @Test
    void listFiltersByTagAuthorAndDates() {
        String tag = Fixtures.unique("Filtre");
        String author = Fixtures.author(Fixtures.unique("Signature"));
        var tagged = Fixtures.article().tags(tag).publishedAt("2024-03-10T10:00:00Z").create();
        var signed = Fixtures.article().authors(author).tags(tag).publishedAt("2024-05-10T10:00:00Z").create();
        String tagSlug = given().get("/api/v1/articles/" + tagged.slug()).then().extract().path("tags[0].slug");

        given().queryParam("tag", tagSlug).get("/api/v1/articles").then().statusCode(200)
                .body("items.slug", contains(signed.slug(), tagged.slug()));
        given().queryParam("author", author).get("/api/v1/articles").then().statusCode(200)
                .body("items.slug", contains(signed.slug()));
        given().queryParam("tag", tagSlug).queryParam("publishedAfter", "2024-04-01")
                .get("/api/v1/articles").then().statusCode(200)
                .body("items.slug", contains(signed.slug()));
        given().queryParam("tag", tagSlug).queryParam("publishedBefore", "2024-04-01T00:00:00+02:00")
                .get("/api/v1/articles").then().statusCode(200)
                .body("items.slug", contains(tagged.slug()));
    }

    @Test
    void etagAnswers304WhenUnchangedAnd200WhenChanged() {
        var article = Fixtures.article().create();
        String etag = given().get("/api/v1/articles/" + article.slug()).then().statusCode(200).extract().header("ETag");
        assertThat(etag).startsWith("\"").endsWith("\"");

        given().header("If-None-Match", etag).get("/api/v1/articles/" + article.slug())
                .then().statusCode(304).header("ETag", etag).body(equalTo(""));
        given().header("If-None-Match", "\"autre\"").get("/api/v1/articles/" + article.slug())
                .then().statusCode(200);

        String listEtag = given().get("/api/v1/articles").then().statusCode(200).extract().header("ETag");
        given().header("If-None-Match", listEtag).get("/api/v1/articles").then().statusCode(304);
        Fixtures.article().create();
        given().header("If-None-Match", listEtag).get("/api/v1/articles").then().statusCode(200);
    }

    @Test
    void badParametersAreProblemsNamingTheParameter() {
        Map<String, String> cases = Map.of(
                "page", "abc",
                "size", "101",
                "sort", "body",
                "publishedAfter", "hier",
                "section", "Pas Un Slug");
        cases.forEach((param, value) -> given().queryParam(param, value).get("/api/v1/articles")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors[0].field", equalTo(param)));
        given().queryParam("page", 0).get("/api/v1/articles").then().statusCode(400).body("errors[0].field", equalTo("page"));
        given().queryParam("size", 0).get("/api/v1/articles").then().statusCode(400).body("errors[0].field", equalTo("size"));
    }
}
