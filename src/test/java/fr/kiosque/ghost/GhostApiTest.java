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
    void everyReadAnswersByIdAndBySlug() {
        String section = Fixtures.section(Fixtures.unique("Rubrique"));
        String author = Fixtures.author(Fixtures.unique("Autrice"));
        Fixtures.Created article = Fixtures.article().section(section).authors(author).tags(Fixtures.unique("Mot")).create();
        JsonPath post = given().queryParam("key", ContentKeys.shared()).queryParam("include", "tags,authors")
                .when().get(API + "posts/" + article.id() + "/").then().statusCode(200).extract().jsonPath();
        String sectionId = post.getString("posts[0].primary_tag.id");
        String tagId = post.getString("posts[0].tags[1].id");
        String tagSlug = post.getString("posts[0].tags[1].slug");
        String authorId = post.getString("posts[0].primary_author.id");
        assertThat(sectionId).startsWith("section-");
        assertThat(tagId).startsWith("tag-");
        assertThat(authorId).startsWith("author-");

        given().queryParam("key", ContentKeys.shared()).when().get(API + "tags/" + sectionId + "/").then().statusCode(200)
                .body("tags[0].slug", equalTo(section));
        given().queryParam("key", ContentKeys.shared()).queryParam("include", "count.posts").when().get(API + "tags/" + tagId + "/")
                .then().statusCode(200).body("tags[0].slug", equalTo(tagSlug)).body("tags[0].count.posts", equalTo(1));
        given().queryParam("key", ContentKeys.shared()).when().get(API + "authors/" + authorId + "/").then().statusCode(200)
                .body("authors[0].slug", equalTo(author)).body("authors[0].bio", org.hamcrest.Matchers.startsWith("Bio de "));
        given().queryParam("key", ContentKeys.shared()).queryParam("include", "count.posts")
                .when().get(API + "authors/slug/" + author + "/").then().statusCode(200).body("authors[0].count.posts", equalTo(1));
        given().queryParam("key", ContentKeys.shared()).queryParam("filter", "slug:[" + section + "," + tagSlug + "]")
                .queryParam("include", "count.posts").queryParam("order", "count.posts desc, name asc")
                .when().get(API + "tags/").then().statusCode(200).body("tags", hasSize(2)).body("meta.pagination.total", equalTo(2));
        given().queryParam("key", ContentKeys.shared()).queryParam("filter", "slug:" + author).queryParam("limit", "all")
                .when().get(API + "authors/").then().statusCode(200).body("authors", hasSize(1))
                .body("authors[0].url", equalTo("https://www.kiosque.fr/auteurs/" + author));
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

    @Test
    void everyListRefusesAnInvalidLimitOrFilterWith400() {
        for (String list : List.of("posts/", "pages/", "tags/", "authors/")) {
            given().queryParam("key", ContentKeys.shared()).queryParam("limit", "beaucoup")
                    .when().get(API + list).then().statusCode(400).body("errors[0].type", equalTo("BadRequestError"));
            given().queryParam("key", ContentKeys.shared()).queryParam("filter", "name:x")
                    .when().get(API + list).then().statusCode(400);
        }
        given().queryParam("key", ContentKeys.shared()).queryParam("limit", 101)
                .when().get(API + "posts/").then().statusCode(400);
        given().queryParam("key", ContentKeys.shared()).queryParam("order", "body asc")
                .when().get(API + "posts/").then().statusCode(400);
    }

    @Test
    void filtersCombineTagsAuthorsNegationsListsAndDates() {
        String section = Fixtures.section(Fixtures.unique("Rubrique"));
        String anne = Fixtures.author(Fixtures.unique("Anne"));
        String paul = Fixtures.author(Fixtures.unique("Paul"));
        String tag = Fixtures.unique("Mot");
        Fixtures.Created first = Fixtures.article().section(section).authors(anne).tags(tag).publishedAt("2026-01-10T08:00:00Z").create();
        Fixtures.Created second = Fixtures.article().section(section).authors(paul).with("featured", true)
                .publishedAt("2026-02-10T08:00:00Z").create();
        Fixtures.Created third = Fixtures.article().section(section).authors(anne, paul).publishedAt("2026-03-10T08:00:00Z").create();
        String tagSlug = given().queryParam("key", ContentKeys.shared()).queryParam("filter", "id:" + first.id())
                .queryParam("include", "tags").when().get(API + "posts/").then().statusCode(200).extract().path("posts[0].tags[1].slug");

        assertThat(slugs("primary_tag:" + section)).containsExactly(third.slug(), second.slug(), first.slug());
        assertThat(slugs("primary_tag:" + section + "+author:" + anne)).containsExactly(third.slug(), first.slug());
        assertThat(slugs("primary_tag:" + section + "+authors.slug:-" + anne)).containsExactly(second.slug());
        assertThat(slugs("primary_tag:" + section + "+featured:true")).containsExactly(second.slug());
        assertThat(slugs("tag:" + tagSlug + ",slug:" + second.slug())).containsExactly(second.slug(), first.slug());
        assertThat(slugs("primary_tag:" + section + "+published_at:>'2026-01-31 00:00:00'")).containsExactly(third.slug(), second.slug());
        assertThat(slugs("primary_tag:" + section + "+(featured:true,published_at:<=2026-01-10T08:00:00Z)"))
                .containsExactly(second.slug(), first.slug());
        assertThat(slugs("slug:[" + first.slug() + "," + third.slug() + "]+tag:-" + tagSlug)).containsExactly(third.slug());
        assertThat(slugs("id:" + second.id())).containsExactly(second.slug());
        assertThat(slugs("slug:'x'' or 1=1'")).isNull(); // refused: 400
    }

    @Test
    void pagesPagesThroughWithLimitAndFieldsOnly() {
        String section = Fixtures.section(Fixtures.unique("Rubrique"));
        for (int i = 0; i < 3; i++) {
            Fixtures.article().section(section).create();
        }
        JsonPath second = given().queryParam("key", ContentKeys.shared()).queryParam("filter", "primary_tag:" + section)
                .queryParam("limit", 2).queryParam("page", 2).queryParam("fields", "title,url")
                .when().get(API + "posts/").then().statusCode(200).extract().jsonPath();
        assertThat(second.getMap("meta.pagination")).containsEntry("page", 2).containsEntry("limit", 2).containsEntry("pages", 2)
                .containsEntry("total", 3).containsEntry("next", null).containsEntry("prev", 1);
        assertThat(second.getList("posts")).hasSize(1);
        assertThat(second.getMap("posts[0]").keySet()).containsExactlyInAnyOrder("id", "title", "url");
    }

    @Test
    void draftsAreNeverShown() {
        String section = Fixtures.section(Fixtures.unique("Rubrique"));
        Fixtures.Created draft = Fixtures.article().section(section).status("DRAFT").create();
        assertThat(slugs("primary_tag:" + section)).isEmpty();
        given().queryParam("key", ContentKeys.shared()).when().get(API + "posts/slug/" + draft.slug() + "/")
                .then().statusCode(404).body("errors[0].type", equalTo("NotFoundError"));
        given().queryParam("key", ContentKeys.shared()).when().get(API + "posts/" + draft.id() + "/").then().statusCode(404);
    }

    @Test
    void browserCorsFollowsTheKeysOrigins() {
        String key = ContentKeys.create("FULL", 60, List.of("https://www.partenaire.fr")).path("key");
        given().header("Origin", "https://www.partenaire.fr").queryParam("key", key)
                .when().get(API + "settings/").then().statusCode(200)
                .header("Access-Control-Allow-Origin", "https://www.partenaire.fr")
                .header("Access-Control-Expose-Headers", org.hamcrest.Matchers.containsString("RateLimit-Policy"));
        given().header("Origin", "https://intrus.example").queryParam("key", key)
                .when().get(API + "settings/").then().statusCode(200)
                .header("Access-Control-Allow-Origin", org.hamcrest.Matchers.nullValue());
        // preflights: GhostCacheTest
    }

    @Test
    void settingsNameTheSiteInFrenchWithItsSectionsAsNavigation() {
        String name = Fixtures.unique("0 Rubrique"); // first by name: the navigation holds the first 100 sections
        Fixtures.section(name);
        JsonPath settings = given().queryParam("key", ContentKeys.shared()).when().get(API + "settings/")
                .then().statusCode(200).extract().jsonPath();
        assertThat(settings.getString("settings.lang")).isEqualTo("fr");
        assertThat(settings.getString("settings.url")).isEqualTo("https://www.kiosque.fr/");
        assertThat(settings.getList("settings.navigation.label")).contains(name).hasSizeLessThanOrEqualTo(100);
    }

    /** The slugs a filter selects, newest first; null when the filter is refused. */
    private static List<String> slugs(String filter) {
        var response = given().queryParam("key", ContentKeys.shared()).queryParam("filter", filter).queryParam("fields", "slug")
                .queryParam("limit", "all").when().get(API + "posts/").then().extract();
        return response.statusCode() == 400 ? null : response.jsonPath().getList("posts.slug");
    }
}
