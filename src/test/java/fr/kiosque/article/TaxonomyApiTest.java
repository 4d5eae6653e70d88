package fr.kiosque.article;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.hamcrest.Description;
import org.hamcrest.Matcher;
import org.hamcrest.TypeSafeMatcher;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import fr.kiosque.common.text.Slugs;
import fr.kiosque.support.Fixtures;
import fr.kiosque.support.PageSpecs;
import fr.kiosque.support.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;

/**
 * Sections, tags and authors: the public reads (with counts of published articles) and the
 * newsroom's CRUD. Parameterized tests run once per kind ({@code sections}, {@code tags},
 * {@code authors}); every record they use carries a random suffix.
 */
@QuarkusTest
class TaxonomyApiTest {

    private static final String PROBLEM = "application/problem+json";

    private static final Map<String, String[]> PUBLIC_FIELDS = Map.of(
            "sections", new String[] { "slug", "name", "description", "articleCount" },
            "tags", new String[] { "slug", "name", "articleCount" },
            "authors", new String[] { "slug", "name", "role", "bio", "avatarUrl", "articleCount" });

    private static final Map<String, String[]> STAFF_FIELDS = Map.of(
            "sections", new String[] { "id", "slug", "name", "description", "createdAt", "updatedAt", "version" },
            "tags", new String[] { "id", "slug", "name", "createdAt", "updatedAt", "version" },
            "authors", new String[] { "id", "slug", "name", "role", "bio", "avatarUrl", "createdAt", "updatedAt", "version" });

    @BeforeAll
    static void logFailures() {
        RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
    }

    // ---- public reads ------------------------------------------------------------------------

    @ParameterizedTest
    @ValueSource(strings = { "sections", "tags", "authors" })
    void publicListIsAPageWithLinksAndExactFields(String kind) {
        create(kind, body(kind, Fixtures.unique("Liste")));
        create(kind, body(kind, Fixtures.unique("Liste")));

        JsonPath page = given().queryParam("size", 1)
                .when().get("/api/v1/" + kind)
                .then().statusCode(200)
                .contentType(ContentType.JSON)
                .header("Cache-Control", "public, max-age=60")
                .header("ETag", notNullValue())
                .header("Link", containsString("/api/v1/" + kind + "?page=1&size=1>; rel=\"first\""))
                .spec(PageSpecs.firstOfSeveralPagesOfOne())
                .extract().jsonPath();
        assertThat(page.getMap("").keySet()).containsExactlyInAnyOrder("items", "page");
        assertThat(page.getMap("page").keySet()).containsExactlyInAnyOrder("number", "size", "totalItems", "totalPages");
        assertThat(page.getLong("page.totalItems")).isGreaterThanOrEqualTo(2);
        assertThat(page.getLong("page.totalPages")).isEqualTo(page.getLong("page.totalItems"));
        assertThat(page.getMap("items[0]").keySet()).containsExactlyInAnyOrder(PUBLIC_FIELDS.get(kind));

        given().queryParam("size", 1).queryParam("page", 2)
                .when().get("/api/v1/" + kind)
                .then().statusCode(200)
                .header("Link", containsString("page=1&size=1>; rel=\"prev\""))
                .body("page.number", is(2));

        for (String param : List.of("page", "size")) {
            given().queryParam(param, 0)
                    .when().get("/api/v1/" + kind)
                    .then().statusCode(400)
                    .contentType(PROBLEM)
                    .body("errors[0].field", equalTo(param));
        }
    }

    @Test
    void publicDetailsShowExactlyThePublicFields() {
        String suffix = suffix();
        String section = create("sections", Map.of("name", "Le Magazine " + suffix,
                "description", "L'actualité de la communication.")).path("slug");
        given().when().get("/api/v1/sections/" + section)
                .then().statusCode(200)
                .header("Cache-Control", "public, max-age=60")
                .header("ETag", notNullValue())
                .body("slug", equalTo("le-magazine-" + suffix))
                .body("name", equalTo("Le Magazine " + suffix))
                .body("description", equalTo("L'actualité de la communication."))
                .body("articleCount", is(0))
                .body("$", keys(PUBLIC_FIELDS.get("sections")));

        String tag = create("tags", Map.of("name", "Réseaux sociaux " + suffix)).path("slug");
        given().when().get("/api/v1/tags/" + tag)
                .then().statusCode(200)
                .body("slug", equalTo("reseaux-sociaux-" + suffix))
                .body("name", equalTo("Réseaux sociaux " + suffix))
                .body("articleCount", is(0))
                .body("$", keys(PUBLIC_FIELDS.get("tags")));

        String author = create("authors", Map.of("name", "Anne Rédac " + suffix, "role", "Journaliste",
                "bio", "Anne couvre les réseaux sociaux.", "avatarUrl", "https://cdn.example.org/anne.jpg")).path("slug");
        given().when().get("/api/v1/authors/" + author)
                .then().statusCode(200)
                .body("slug", equalTo("anne-redac-" + suffix))
                .body("name", equalTo("Anne Rédac " + suffix))
                .body("role", equalTo("Journaliste"))
                .body("bio", equalTo("Anne couvre les réseaux sociaux."))
                .body("avatarUrl", equalTo("https://cdn.example.org/anne.jpg"))
                .body("articleCount", is(0))
                .body("$", keys(PUBLIC_FIELDS.get("authors")));

        // optional fields left out are null, not missing
        String bare = create("authors", Map.of("name", "Sans Bio " + suffix)).path("slug");
        given().when().get("/api/v1/authors/" + bare)
                .then().statusCode(200)
                .body("role", nullValue())
                .body("bio", nullValue())
                .body("avatarUrl", nullValue())
                .body("$", keys(PUBLIC_FIELDS.get("authors")));
    }

    @Test
    void articleCountsOnlyPublishedArticlesAlreadyVisible() {
        String section = Fixtures.section(Fixtures.unique("Compte"));
        String author = Fixtures.author(Fixtures.unique("Signature"));
        String tagName = Fixtures.unique("Mot compté");
        var published = Fixtures.article().section(section).authors(author).tags(tagName).create();
        var draft = Fixtures.article().section(section).authors(author).tags(tagName).status("DRAFT").create();
        Fixtures.article().section(section).authors(author).tags(tagName).status("SCHEDULED")
                .publishedAt(Instant.now().plus(1, ChronoUnit.DAYS).toString()).create();
        Fixtures.article().section(section).authors(author).tags(tagName).status("ARCHIVED").create();
        String tag = given().get("/api/v1/articles/" + published.slug()).then().statusCode(200)
                .extract().path("tags[0].slug");

        Map<String, String> slugs = Map.of("sections", section, "tags", tag, "authors", author);
        slugs.forEach((kind, slug) -> {
            given().when().get("/api/v1/" + kind + "/" + slug)
                    .then().statusCode(200)
                    .body("articleCount", is(1));
            assertThat(findInPublicList(kind, slug).get("articleCount")).as(kind).isEqualTo(1);
        });

        // publishing the draft counts it at once, and changes the representation (new ETag)
        Map<String, String> etags = new HashMap<>();
        slugs.forEach((kind, slug) -> etags.put(kind, given().get("/api/v1/" + kind + "/" + slug).then().extract().header("ETag")));
        given().header("Authorization", Tokens.bearer(Tokens.editor()))
                .header("If-Match", draft.etag())
                .contentType(ContentType.JSON).body(Map.of("status", "PUBLISHED"))
                .when().put("/api/v1/admin/articles/" + draft.id() + "/status")
                .then().statusCode(200);
        slugs.forEach((kind, slug) -> given().header("If-None-Match", etags.get(kind))
                .when().get("/api/v1/" + kind + "/" + slug)
                .then().statusCode(200)
                .body("articleCount", is(2)));
    }

    @ParameterizedTest
    @ValueSource(strings = { "sections", "tags", "authors" })
    void unknownSlugsAreNotFoundProblems(String kind) {
        String slug = "nexiste-pas-" + suffix();
        given().when().get("/api/v1/" + kind + "/" + slug)
                .then().statusCode(404)
                .contentType(PROBLEM)
                .header("Cache-Control", "private, no-store")
                .body("type", equalTo("urn:kiosque:problem:not-found"))
                .body("status", is(404))
                .body("instance", equalTo("/api/v1/" + kind + "/" + slug))
                .body("detail", containsString(slug));
    }

    @ParameterizedTest
    @ValueSource(strings = { "sections", "tags", "authors" })
    void etagAnswers304WhenUnchangedAnd200WhenChanged(String kind) {
        String name = Fixtures.unique("Cache");
        ExtractableResponse<Response> created = create(kind, body(kind, name));
        String slug = created.path("slug");
        String path = "/api/v1/" + kind + "/" + slug;

        String etag = given().get(path).then().statusCode(200).extract().header("ETag");
        assertThat(etag).startsWith("\"").endsWith("\"");
        given().header("If-None-Match", etag).when().get(path)
                .then().statusCode(304)
                .header("ETag", etag)
                .body(equalTo(""));
        given().header("If-None-Match", "\"autre\"").when().get(path).then().statusCode(200);

        String listEtag = given().get("/api/v1/" + kind).then().statusCode(200).extract().header("ETag");
        given().header("If-None-Match", listEtag).when().get("/api/v1/" + kind).then().statusCode(304);

        given().header("Authorization", Tokens.bearer(Tokens.editor()))
                .contentType(ContentType.JSON).body(body(kind, name + " (renommé)"))
                .when().put("/api/v1/admin/" + kind + "/" + created.path("id"))
                .then().statusCode(200);
        given().header("If-None-Match", etag).when().get(path)
                .then().statusCode(200)
                .header("ETag", not(equalTo(etag)))
                .body("name", equalTo(name + " (renommé)"));
        create(kind, body(kind, Fixtures.unique("Cache")));
        given().header("If-None-Match", listEtag).when().get("/api/v1/" + kind)
                .then().statusCode(200)
                .header("ETag", not(equalTo(listEtag)));
    }

    // ---- staff CRUD --------------------------------------------------------------------------

    @ParameterizedTest
    @ValueSource(strings = { "sections", "tags", "authors" })
    void editorsCreateReadReplaceAndDelete(String kind) {
        String admin = "/api/v1/admin/" + kind;
        String suffix = suffix();
        String name = "Fiches métiers à l'œuvre " + suffix;

        ExtractableResponse<Response> created = create(kind, body(kind, name));
        long id = created.<Integer> path("id").longValue();
        String slug = created.path("slug");
        assertThat(slug).isEqualTo("fiches-metiers-a-l-oeuvre-" + suffix);
        assertThat(created.<String> path("name")).isEqualTo(name);
        assertThat(created.header("Location")).endsWith(admin + "/" + id);
        assertThat(created.header("ETag")).isEqualTo("\"v" + created.path("version") + "\"");
        assertThat(created.header("Cache-Control")).isEqualTo("private, no-store");
        assertThat(created.jsonPath().getMap("").keySet()).containsExactlyInAnyOrder(STAFF_FIELDS.get(kind));

        String etag = given().header("Authorization", editor())
                .when().get(admin + "/" + id)
                .then().statusCode(200)
                .header("Cache-Control", "private, no-store")
                .body("slug", equalTo(slug))
                .body("$", keys(STAFF_FIELDS.get(kind)))
                .extract().header("ETag");
        assertThat(etag).isEqualTo(created.header("ETag"));
        given().when().get("/api/v1/" + kind + "/" + slug).then().statusCode(200).body("name", equalTo(name));

        // PUT without If-Match: renamed, the slug kept (links stay valid)
        String renamed = "Fiches métiers renommées " + suffix;
        String etag2 = given().header("Authorization", editor())
                .contentType(ContentType.JSON).body(body(kind, renamed))
                .when().put(admin + "/" + id)
                .then().statusCode(200)
                .header("Cache-Control", "private, no-store")
                .body("name", equalTo(renamed))
                .body("slug", equalTo(slug))
                .extract().header("ETag");
        assertThat(etag2).isNotEqualTo(etag).matches("\"v\\d+\"");

        // PUT with the current If-Match and an explicit slug
        Map<String, Object> withSlug = new HashMap<>(body(kind, renamed));
        withSlug.put("slug", "renommees-" + suffix);
        String etag3 = given().header("Authorization", editor()).header("If-Match", etag2)
                .contentType(ContentType.JSON).body(withSlug)
                .when().put(admin + "/" + id)
                .then().statusCode(200)
                .body("slug", equalTo("renommees-" + suffix))
                .extract().header("ETag");
        given().when().get("/api/v1/" + kind + "/" + slug).then().statusCode(404);
        given().when().get("/api/v1/" + kind + "/renommees-" + suffix).then().statusCode(200).body("name", equalTo(renamed));

        // a stale If-Match changes nothing
        given().header("Authorization", editor()).header("If-Match", etag)
                .contentType(ContentType.JSON).body(body(kind, "Trop tard " + suffix))
                .when().put(admin + "/" + id)
                .then().statusCode(412)
                .contentType(PROBLEM)
                .body("type", equalTo("urn:kiosque:problem:precondition-failed"));
        given().header("Authorization", editor()).header("If-Match", etag)
                .when().delete(admin + "/" + id)
                .then().statusCode(412)
                .contentType(PROBLEM);
        given().header("Authorization", editor()).when().get(admin + "/" + id)
                .then().statusCode(200)
                .header("ETag", etag3)
                .body("name", equalTo(renamed));

        given().header("Authorization", editor()).header("If-Match", etag3)
                .when().delete(admin + "/" + id)
                .then().statusCode(204)
                .header("Cache-Control", "private, no-store");
        given().header("Authorization", editor()).when().get(admin + "/" + id)
                .then().statusCode(404)
                .contentType(PROBLEM);
        given().when().get("/api/v1/" + kind + "/renommees-" + suffix).then().statusCode(404);
        given().header("Authorization", editor()).when().delete(admin + "/" + id)
                .then().statusCode(404)
                .contentType(PROBLEM);
    }

    @ParameterizedTest
    @ValueSource(strings = { "sections", "tags", "authors" })
    void staffListIsAPageWithLinks(String kind) {
        create(kind, body(kind, Fixtures.unique("Liste admin")));
        create(kind, body(kind, Fixtures.unique("Liste admin")));
        JsonPath page = given().header("Authorization", editor()).queryParam("size", 1)
                .when().get("/api/v1/admin/" + kind)
                .then().statusCode(200)
                .header("Cache-Control", "private, no-store")
                .header("Link", containsString("page=2&size=1>; rel=\"next\""))
                .body("items", hasSize(1))
                .extract().jsonPath();
        assertThat(page.getLong("page.totalItems")).isGreaterThanOrEqualTo(2);
        assertThat(page.getMap("items[0]").keySet()).containsExactlyInAnyOrder(STAFF_FIELDS.get(kind));
    }

    @ParameterizedTest
    @ValueSource(strings = { "sections", "tags", "authors" })
    void invalidWritesAreProblemsNamingTheField(String kind) {
        String admin = "/api/v1/admin/" + kind;
        String name = Fixtures.unique("Validation");

        for (String slug : List.of("Pas Un Slug", "-tiret", "deux--tirets", "accentué")) {
            Map<String, Object> invalid = new HashMap<>(body(kind, name));
            invalid.put("slug", slug);
            given().header("Authorization", editor())
                    .contentType(ContentType.JSON).body(invalid)
                    .when().post(admin)
                    .then().statusCode(400)
                    .contentType(PROBLEM)
                    .body("type", equalTo("urn:kiosque:problem:validation-error"))
                    .body("errors.field", contains("slug"));
        }
        for (String blank : List.of("", "   ")) {
            given().header("Authorization", editor())
                    .contentType(ContentType.JSON).body(body(kind, blank))
                    .when().post(admin)
                    .then().statusCode(400)
                    .contentType(PROBLEM)
                    .body("errors.field", contains("name"));
        }
        given().header("Authorization", editor())
                .contentType(ContentType.JSON).body(Map.of("slug", "sans-nom-" + suffix()))
                .when().post(admin)
                .then().statusCode(400)
                .body("errors.field", contains("name"));
        given().header("Authorization", editor())
                .contentType(ContentType.JSON).body(Map.of("name", name, "couleur", "rouge"))
                .when().post(admin)
                .then().statusCode(400)
                .contentType(PROBLEM)
                .body("errors.field", contains("couleur"));
        given().header("Authorization", editor())
                .contentType(ContentType.JSON).body("{\"name\": ")
                .when().post(admin)
                .then().statusCode(400)
                .contentType(PROBLEM)
                .body("type", equalTo("urn:kiosque:problem:malformed-request"));

        // none of the refused requests created anything
        given().when().get("/api/v1/" + kind + "/" + Slugs.slugify(name)).then().statusCode(404);

        given().header("Authorization", editor()).when().get(admin + "/987654321")
                .then().statusCode(404).contentType(PROBLEM);
        given().header("Authorization", editor())
                .contentType(ContentType.JSON).body(body(kind, name))
                .when().put(admin + "/987654321")
                .then().statusCode(404).contentType(PROBLEM);
    }

    @ParameterizedTest
    @ValueSource(strings = { "sections", "tags", "authors" })
    void aSlugBelongsToOneRecord(String kind) {
        String admin = "/api/v1/admin/" + kind;
        String name = Fixtures.unique("Doublon");
        String slug = create(kind, body(kind, name)).path("slug");

        // same name, so the same derived slug
        given().header("Authorization", editor())
                .contentType(ContentType.JSON).body(body(kind, name))
                .when().post(admin)
                .then().statusCode(409)
                .contentType(PROBLEM)
                .body("type", equalTo("urn:kiosque:problem:conflict"))
                .body("detail", containsString(slug));
        // another name, the same explicit slug
        Map<String, Object> sameSlug = new HashMap<>(body(kind, Fixtures.unique("Autre nom")));
        sameSlug.put("slug", slug);
        given().header("Authorization", editor())
                .contentType(ContentType.JSON).body(sameSlug)
                .when().post(admin)
                .then().statusCode(409)
                .contentType(PROBLEM);
        // renaming another record onto that slug
        long other = create(kind, body(kind, Fixtures.unique("Autre"))).<Integer> path("id").longValue();
        given().header("Authorization", editor())
                .contentType(ContentType.JSON).body(sameSlug)
                .when().put(admin + "/" + other)
                .then().statusCode(409)
                .contentType(PROBLEM);
    }

    @Test
    void anAuthorAvatarMustBeAnHttpUrl() {
        Map<String, Object> author = new HashMap<>(body("authors", Fixtures.unique("Avatar")));
        author.put("avatarUrl", "javascript:alert(1)");
        given().header("Authorization", editor())
                .contentType(ContentType.JSON).body(author)
                .when().post("/api/v1/admin/authors")
                .then().statusCode(400)
                .contentType(PROBLEM)
                .body("errors.field", contains("avatarUrl"));
    }

    @Test
    void aSectionOrAnAuthorStillUsedCannotBeDeleted() {
        ExtractableResponse<Response> section = create("sections", body("sections", Fixtures.unique("Occupée")));
        ExtractableResponse<Response> author = create("authors", body("authors", Fixtures.unique("Signataire")));
        var article = Fixtures.article().section(section.<String> path("slug")).authors(author.<String> path("slug"))
                .status("DRAFT").create();

        given().header("Authorization", editor())
                .when().delete("/api/v1/admin/sections/" + section.path("id"))
                .then().statusCode(409)
                .contentType(PROBLEM)
                .body("type", equalTo("urn:kiosque:problem:conflict"))
                .body("detail", containsString("1 article"));
        given().header("Authorization", editor())
                .when().delete("/api/v1/admin/authors/" + author.path("id"))
                .then().statusCode(409)
                .contentType(PROBLEM)
                .body("type", equalTo("urn:kiosque:problem:conflict"));
        given().header("Authorization", editor()).get("/api/v1/admin/articles/" + article.id())
                .then().statusCode(200)
                .body("section.slug", equalTo(section.<String> path("slug")))
                .body("authors.slug", contains(author.<String> path("slug")));

        // once the article is gone, both can go
        given().header("Authorization", editor()).when().delete("/api/v1/admin/articles/" + article.id())
                .then().statusCode(204);
        given().header("Authorization", editor()).when().delete("/api/v1/admin/sections/" + section.path("id"))
                .then().statusCode(204);
        given().header("Authorization", editor()).when().delete("/api/v1/admin/authors/" + author.path("id"))
                .then().statusCode(204);
    }

    @Test
    void deletingATagRemovesItFromItsArticles() {
        String goneName = Fixtures.unique("Éphémère");
        ExtractableResponse<Response> gone = create("tags", body("tags", goneName));
        String goneSlug = gone.path("slug");
        String keptName = Fixtures.unique("Durable");
        var article = Fixtures.article().tags(goneName, keptName).create();
        String keptSlug = given().header("Authorization", editor()).get("/api/v1/admin/articles/" + article.id())
                .then().statusCode(200)
                .body("tags", hasSize(2))
                .body("tags.slug", hasItem(goneSlug))
                .extract().<List<String>> path("tags.slug").stream().filter(s -> !s.equals(goneSlug)).findFirst().orElseThrow();
        given().get("/api/v1/tags/" + goneSlug).then().statusCode(200).body("articleCount", is(1));

        given().header("Authorization", editor()).when().delete("/api/v1/admin/tags/" + gone.path("id"))
                .then().statusCode(204);

        given().header("Authorization", editor()).get("/api/v1/admin/articles/" + article.id())
                .then().statusCode(200)
                .body("tags.slug", contains(keptSlug));
        given().get("/api/v1/articles/" + article.slug())
                .then().statusCode(200)
                .body("tags.slug", contains(keptSlug));
        given().get("/api/v1/tags/" + goneSlug).then().statusCode(404);
        given().queryParam("tag", keptSlug).get("/api/v1/articles")
                .then().statusCode(200)
                .body("items.slug", contains(article.slug()));
        given().queryParam("tag", goneSlug).get("/api/v1/articles")
                .then().statusCode(200)
                .body("items", hasSize(0));
        given().header("Authorization", editor()).get("/api/v1/admin/tags/" + gone.path("id"))
                .then().statusCode(404);
        // a tag of the same name may be made again afterwards
        create("tags", Map.of("name", goneName));
        assertThat(given().get("/api/v1/tags/" + goneSlug).then().statusCode(200).extract().<Integer> path("articleCount"))
                .isZero();
        given().get("/api/v1/articles/" + article.slug()).then().statusCode(200).body("tags.slug", contains(keptSlug));
    }

    // ---- helpers -------------------------------------------------------------------------------

    private static String editor() {
        return Tokens.bearer(Tokens.editor());
    }

    private static String suffix() {
        return UUID.randomUUID().toString().substring(0, 8);
    }

    /** A minimal valid request body for that kind. */
    private static Map<String, Object> body(String kind, String name) {
        return switch (kind) {
            case "sections" -> Map.of("name", name, "description", "Rubrique de test.");
            case "authors" -> Map.of("name", name, "role", "Journaliste", "bio", "Bio de test.");
            default -> Map.of("name", name);
        };
    }

    private static ExtractableResponse<Response> create(String kind, Map<String, Object> body) {
        return Fixtures.create("/api/v1/admin/" + kind, body).extract();
    }

    /** Matches a JSON object whose keys are exactly these. */
    private static Matcher<Map<String, ?>> keys(String... expected) {
        return new TypeSafeMatcher<>() {
            @Override
            protected boolean matchesSafely(Map<String, ?> object) {
                return object.keySet().equals(Set.of(expected));
            }

            @Override
            public void describeTo(Description description) {
                description.appendValueList("an object with exactly the keys [", ", ", "]", expected);
            }
        };
    }

    /** The item of a public list with that slug, looked for page after page. */
    private static Map<String, Object> findInPublicList(String kind, String slug) {
        for (int page = 1;; page++) {
            JsonPath json = given().queryParam("size", 100).queryParam("page", page)
                    .when().get("/api/v1/" + kind)
                    .then().statusCode(200)
                    .extract().jsonPath();
            List<Map<String, Object>> items = json.getList("items");
            for (Map<String, Object> item : items) {
                if (slug.equals(item.get("slug"))) {
                    return item;
                }
            }
            if (page >= json.getInt("page.totalPages")) {
                return fail("%s not found in GET /api/v1/%s", slug, kind);
            }
        }
    }
}
