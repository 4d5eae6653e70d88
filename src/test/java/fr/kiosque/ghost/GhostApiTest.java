package fr.kiosque.ghost;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import fr.kiosque.support.ContentKeys;
import fr.kiosque.support.Fixtures;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.path.json.JsonPath;

/** Ghost's Content API: shapes, include/fields/formats, filters, pagination, errors in Ghost's shape. */
@QuarkusTest
class GhostApiTest {

    private static final String API = "/ghost/api/content/";

    @BeforeAll
    static void logFailures() {
        RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
    }

    @Test
    void postsAnswerInGhostsShapeWithTagsAndAuthors() {
        String section = Fixtures.section(Fixtures.unique("Rubrique"));
        String author = Fixtures.author(Fixtures.unique("Autrice"));
        String tagName = Fixtures.unique("Mot");
        Fixtures.Created article = Fixtures.article().section(section).authors(author).tags(tagName).create();

        JsonPath list = given().queryParam("key", ContentKeys.shared())
                .queryParam("include", "tags,authors").queryParam("formats", "html,plaintext")
                .queryParam("filter", "primary_tag:" + section)
                .when().get(API + "posts/")
                .then().statusCode(200)
                .header("Content-Version", "v5.0")
                .header("RateLimit-Policy", "\"minute\";q=100000;w=60")
                .body("posts", hasSize(1))
                .body("meta.pagination.total", equalTo(1))
                .extract().jsonPath();
        Map<String, Object> post = list.getMap("posts[0]");
        assertThat(post).containsEntry("id", String.valueOf(article.id())).containsEntry("slug", article.slug())
                .containsEntry("featured", false).containsEntry("visibility", "public")
                .containsKeys("html", "plaintext", "url", "excerpt", "reading_time", "feature_image", "published_at");
        assertThat(list.getString("posts[0].primary_tag.slug")).isEqualTo(section);
        assertThat(list.getList("posts[0].tags.slug")).hasSize(2).first().isEqualTo(section);
        assertThat(list.getString("posts[0].primary_author.slug")).isEqualTo(author);

        given().queryParam("key", ContentKeys.shared())
                .when().get(API + "posts/slug/" + article.slug() + "/")
                .then().statusCode(200)
                .body("posts", hasSize(1)).body("posts[0].id", equalTo(String.valueOf(article.id())))
                .body("meta", equalTo(null));
    }

    @Test
    void aMissingOrUnknownKeyIs401InGhostsShape() {
        given().when().get(API + "posts/").then().statusCode(401)
                .body("errors[0].type", equalTo("UnauthorizedError"));
        given().queryParam("key", "0123456789abcdef0123456789").when().get(API + "settings/").then().statusCode(401)
                .body("errors[0].message", equalTo("Unknown Content API Key"));
    }

    @Test
    void anUnsupportedFilterIs400InGhostsShape() {
        given().queryParam("key", ContentKeys.shared()).queryParam("filter", "title:~'x'")
                .when().get(API + "posts/")
                .then().statusCode(400).body("errors[0].type", equalTo("BadRequestError"));
    }

    @Test
    void olderPrefixesAnswerTheSame() {
        given().queryParam("key", ContentKeys.shared()).when().get("/ghost/api/v3/content/settings/")
                .then().statusCode(200).body("settings.lang", equalTo("fr"));
        given().queryParam("key", ContentKeys.shared()).when().get("/ghost/api/v4/content/settings/")
                .then().statusCode(200).body("settings.lang", equalTo("fr"));
    }

    @Test
    void tagsCountTheirPosts() {
        String section = Fixtures.section(Fixtures.unique("Rubrique"));
        Fixtures.article().section(section).create();
        Fixtures.article().section(section).create();
        given().queryParam("key", ContentKeys.shared()).queryParam("include", "count.posts")
                .when().get(API + "tags/slug/" + section + "/")
                .then().statusCode(200).body("tags[0].count.posts", equalTo(2));
    }

    static List<String> none() {
        return List.of();
    }
}
