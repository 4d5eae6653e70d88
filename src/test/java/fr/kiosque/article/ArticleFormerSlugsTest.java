package fr.kiosque.article;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import fr.kiosque.support.Concurrently;
import fr.kiosque.support.Fixtures;
import fr.kiosque.support.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

/**
 * An article whose slug changes keeps its links (docs/api-guide.md, "Articles"): its former slugs
 * answer 301 to the current one while it is public, never to a draft, and a slug taken again
 * belongs to its new article.
 */
@QuarkusTest
class ArticleFormerSlugsTest {

    private static final String ADMIN = "/api/v1/admin/articles/";
    private static final String PUBLIC = "/api/v1/articles/";

    @BeforeAll
    static void logFailures() {
        RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
    }

    @Test
    void aFormerSlugLeadsToThePublicArticleAndNothingElse() {
        var article = Fixtures.article().title("Un titre à reprendre").create();
        String first = article.slug();
        String second = first + "-v2";
        String third = first + "-v3";
        String etag = rename(article.id(), article.etag(), second);

        Response moved = notFollowed().get(PUBLIC + first);
        moved.then().statusCode(301).contentType(ContentType.JSON)
                .header("Location", PUBLIC + second)
                .body("slug", equalTo(second)).body("location", equalTo(PUBLIC + second));
        // kept by the response cache like a 404, Location included
        notFollowed().get(PUBLIC + first).then().statusCode(301).header("X-Kiosque-Cache", "HIT").header("Location", PUBLIC + second);
        // a client that follows redirects gets the article, and learns its current slug
        given().get(PUBLIC + first).then().statusCode(200).body("slug", equalTo(second)).body("title", equalTo("Un titre à reprendre"));

        // renamed again: every former slug leads to the current one
        etag = rename(article.id(), etag, third);
        notFollowed().get(PUBLIC + first).then().statusCode(301).header("Location", PUBLIC + third);
        notFollowed().get(PUBLIC + second).then().statusCode(301).header("Location", PUBLIC + third);

        // not public: nothing, the draft's slug included, shows through
        etag = status(article.id(), etag, "DRAFT");
        notFollowed().get(PUBLIC + first).then().statusCode(404).contentType("application/problem+json");
        notFollowed().get(PUBLIC + third).then().statusCode(404);
        etag = status(article.id(), etag, "PUBLISHED");

        // back to its first slug: it answers itself, and the one it left leads to it
        etag = rename(article.id(), etag, first);
        notFollowed().get(PUBLIC + first).then().statusCode(200).body("slug", equalTo(first));
        notFollowed().get(PUBLIC + third).then().statusCode(301).header("Location", PUBLIC + first);

        // another article takes a former slug: the slug is its own
        var other = Fixtures.article().title("Une autre histoire").with("slug", third).create();
        notFollowed().get(PUBLIC + third).then().statusCode(200).body("title", equalTo("Une autre histoire"));
        given().header("Authorization", Tokens.bearer(Tokens.editor())).header("If-Match", other.etag()).delete(ADMIN + other.id())
                .then().statusCode(204);
        notFollowed().get(PUBLIC + third).then().statusCode(404);

        // deleted: its former slugs go with it
        given().header("Authorization", Tokens.bearer(Tokens.editor())).header("If-Match", etag).delete(ADMIN + article.id())
                .then().statusCode(204);
        notFollowed().get(PUBLIC + second).then().statusCode(404);
    }

    /** Six editors renaming one article at once (each retrying on 412): one slug is current, every other leads to it. */
    @Test
    void parallelRenamesLeaveOneCurrentSlugAndEveryOtherLeadingToIt() throws Exception {
        var article = Fixtures.article().create();
        List<String> slugs = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            slugs.add(article.slug() + "-" + i);
        }
        Concurrently.times(slugs.size(), i -> {
            while (true) {
                String etag = given().header("Authorization", Tokens.bearer(Tokens.editor())).get(ADMIN + article.id())
                        .then().statusCode(200).extract().header("ETag");
                int status = editor().header("If-Match", etag).body(Map.of("slug", slugs.get(i))).patch(ADMIN + article.id())
                        .then().extract().statusCode();
                if (status == 200) {
                    return status;
                }
                assertThat(status).as("a lost race is a 412").isEqualTo(412);
            }
        });
        String current = given().header("Authorization", Tokens.bearer(Tokens.editor())).get(ADMIN + article.id())
                .then().statusCode(200).extract().path("slug");
        assertThat(slugs).contains(current);
        List<String> all = new ArrayList<>(slugs);
        all.add(article.slug());
        for (String slug : all) {
            if (slug.equals(current)) {
                notFollowed().get(PUBLIC + slug).then().statusCode(200);
            } else {
                notFollowed().get(PUBLIC + slug).then().statusCode(301).header("Location", PUBLIC + current);
            }
        }
    }

    private static RequestSpecification notFollowed() {
        return given().redirects().follow(false);
    }

    private static RequestSpecification editor() {
        return given().header("Authorization", Tokens.bearer(Tokens.editor())).contentType(ContentType.JSON);
    }

    private static String rename(long id, String etag, String slug) {
        return editor().header("If-Match", etag).body(Map.of("slug", slug)).patch(ADMIN + id).then().statusCode(200)
                .extract().header("ETag");
    }

    private static String status(long id, String etag, String status) {
        return editor().header("If-Match", etag).body(Map.of("status", status)).put(ADMIN + id + "/status").then().statusCode(200)
                .extract().header("ETag");
    }
}
