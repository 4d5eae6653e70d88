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

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;

import jakarta.inject.Inject;

import org.hamcrest.Description;
import org.hamcrest.Matcher;
import org.hamcrest.TypeSafeMatcher;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import fr.kiosque.common.text.Slugs;
import fr.kiosque.support.Concurrently;
import fr.kiosque.support.Fixtures;
import fr.kiosque.support.PageSpecs;
import fr.kiosque.support.TestClock;
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

    /** How many requests the concurrency tests send at once. */
    private static final int PARALLEL = 10;

    @Inject
    TestClock clock;

    @BeforeAll
    static void logFailures() {
        RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
    }

    // ---- public reads ------------------------------------------------------------------------

    @ParameterizedTest
    @ValueSource(strings = { "sections", "tags", "authors" })
    void publicListIsAPageWithLinksAndExactFields(String kind) {
        String slug = createPublic(kind, Fixtures.unique("Liste")).slug();
        createPublic(kind, Fixtures.unique("Liste"));

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
        assertThat(findInPublicList(kind, slug).keySet()).containsExactlyInAnyOrder(PUBLIC_FIELDS.get(kind));

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

        // tags and authors are public once a published article uses them
        String tag = create("tags", Map.of("name", "Réseaux sociaux " + suffix)).path("slug");
        String author = create("authors", Map.of("name", "Anne Rédac " + suffix, "role", "Journaliste",
                "bio", "Anne couvre les réseaux sociaux.", "avatarUrl", "https://cdn.example.org/anne.jpg")).path("slug");
        String bare = create("authors", Map.of("name", "Sans Bio " + suffix)).path("slug");
        Fixtures.article().tags("Réseaux sociaux " + suffix).authors(author, bare).create();

        given().when().get("/api/v1/tags/" + tag)
                .then().statusCode(200)
                .body("slug", equalTo("reseaux-sociaux-" + suffix))
                .body("name", equalTo("Réseaux sociaux " + suffix))
                .body("articleCount", is(1))
                .body("$", keys(PUBLIC_FIELDS.get("tags")));
        given().when().get("/api/v1/authors/" + author)
                .then().statusCode(200)
                .body("slug", equalTo("anne-redac-" + suffix))
                .body("name", equalTo("Anne Rédac " + suffix))
                .body("role", equalTo("Journaliste"))
                .body("bio", equalTo("Anne couvre les réseaux sociaux."))
                .body("avatarUrl", equalTo("https://cdn.example.org/anne.jpg"))
                .body("articleCount", is(1))
                .body("$", keys(PUBLIC_FIELDS.get("authors")));

        // optional fields left out are null, not missing
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

    @Test
    void tagsAndAuthorsShowOnlyWithAnArticleThePublicSeesSectionsAlways() {
        String tagName = Fixtures.unique("Confidentiel");
        String tag = Slugs.slugify(tagName);
        String author = Fixtures.author(Fixtures.unique("Plume secrète"));
        var draft = Fixtures.article().status("DRAFT").authors(author).tags(tagName).create();
        assertHidden("tags", tag);
        assertHidden("authors", author);

        // a section is navigation: public as soon as editors create it
        String section = Fixtures.section(Fixtures.unique("Navigation"));
        given().get("/api/v1/sections/" + section).then().statusCode(200).body("articleCount", is(0));
        assertThat(findInPublicList("sections", section)).containsEntry("articleCount", 0);

        // scheduled: hidden until its time comes
        Instant due = Instant.now().plus(1, ChronoUnit.HOURS);
        given().header("Authorization", editor()).header("If-Match", draft.etag())
                .contentType(ContentType.JSON).body(Map.of("status", "SCHEDULED", "publishedAt", due.toString()))
                .when().put("/api/v1/admin/articles/" + draft.id() + "/status")
                .then().statusCode(200);
        assertHidden("tags", tag);
        assertHidden("authors", author);
        try {
            clock.advance(Duration.between(Instant.now(), due).plusSeconds(1));
            for (var kindAndSlug : Map.of("tags", tag, "authors", author).entrySet()) {
                given().get("/api/v1/" + kindAndSlug.getKey() + "/" + kindAndSlug.getValue())
                        .then().statusCode(200).body("articleCount", is(1));
                assertThat(findInPublicList(kindAndSlug.getKey(), kindAndSlug.getValue())).containsEntry("articleCount", 1);
            }
        } finally {
            clock.reset();
        }
        assertHidden("tags", tag);

        // archived: hidden again
        String admin = "/api/v1/admin/articles/" + draft.id();
        given().header("Authorization", editor()).header("If-Match", Fixtures.etag(admin))
                .contentType(ContentType.JSON).body(Map.of("status", "PUBLISHED"))
                .when().put(admin + "/status")
                .then().statusCode(200);
        given().get("/api/v1/tags/" + tag).then().statusCode(200).body("articleCount", is(1));
        given().header("Authorization", editor()).header("If-Match", Fixtures.etag(admin))
                .contentType(ContentType.JSON).body(Map.of("status", "ARCHIVED"))
                .when().put(admin + "/status")
                .then().statusCode(200);
        assertHidden("tags", tag);
        assertHidden("authors", author);
    }

    @ParameterizedTest
    @ValueSource(strings = { "sections", "tags", "authors" })
    void unknownSlugsAreNotFoundProblems(String kind) {
        String slug = "nexiste-pas-" + suffix();
        given().when().get("/api/v1/" + kind + "/" + slug)
                .then().statusCode(404)
                .contentType(PROBLEM)
                // kept briefly, by the cache, browsers and CDNs (common/http/cache/CacheKeysAndTagsTest)
                .header("Cache-Control", "public, max-age=30")
                .body("type", equalTo("urn:kiosque:problem:not-found"))
                .body("status", is(404))
                .body("instance", equalTo("/api/v1/" + kind + "/" + slug))
                .body("detail", containsString(slug));
    }

    @ParameterizedTest
    @ValueSource(strings = { "sections", "tags", "authors" })
    void etagAnswers304WhenUnchangedAnd200WhenChanged(String kind) {
        String name = Fixtures.unique("Cache");
        Made created = createPublic(kind, name);
        String slug = created.slug();
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

        String admin = "/api/v1/admin/" + kind + "/" + created.id();
        given().header("Authorization", editor()).header("If-Match", Fixtures.etag(admin))
                .contentType(ContentType.JSON).body(body(kind, name + " (renommé)"))
                .when().put(admin)
                .then().statusCode(200);
        given().header("If-None-Match", etag).when().get(path)
                .then().statusCode(200)
                .header("ETag", not(equalTo(etag)))
                .body("name", equalTo(name + " (renommé)"));
        createPublic(kind, Fixtures.unique("Cache"));
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
        // sections are public from the start; tags and authors once a published article uses them
        if (alwaysPublic(kind)) {
            given().when().get("/api/v1/" + kind + "/" + slug).then().statusCode(200).body("name", equalTo(name));
        } else {
            given().when().get("/api/v1/" + kind + "/" + slug).then().statusCode(404).contentType(PROBLEM);
        }

        // PUT without If-Match, or with a weak one: refused, nothing changed
        given().header("Authorization", editor())
                .contentType(ContentType.JSON).body(body(kind, "Sans If-Match " + suffix))
                .when().put(admin + "/" + id)
                .then().statusCode(428)
                .contentType(PROBLEM)
                .body("type", equalTo("urn:kiosque:problem:precondition-required"));
        given().header("Authorization", editor()).header("If-Match", "W/" + etag)
                .contentType(ContentType.JSON).body(body(kind, "ETag faible " + suffix))
                .when().put(admin + "/" + id)
                .then().statusCode(412)
                .contentType(PROBLEM);

        // PUT with If-Match: renamed, the slug kept (links stay valid)
        String renamed = "Fiches métiers renommées " + suffix;
        String etag2 = given().header("Authorization", editor()).header("If-Match", etag)
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
        if (alwaysPublic(kind)) {
            given().when().get("/api/v1/" + kind + "/" + slug).then().statusCode(404);
            given().when().get("/api/v1/" + kind + "/renommees-" + suffix).then().statusCode(200).body("name", equalTo(renamed));
        }

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

        given().header("Authorization", editor())
                .when().delete(admin + "/" + id)
                .then().statusCode(428)
                .contentType(PROBLEM);
        given().header("Authorization", editor()).header("If-Match", "W/" + etag3)
                .when().delete(admin + "/" + id)
                .then().statusCode(412)
                .contentType(PROBLEM);
        given().header("Authorization", editor()).header("If-Match", etag3)
                .when().delete(admin + "/" + id)
                .then().statusCode(204)
                .header("Cache-Control", "private, no-store");
        given().header("Authorization", editor()).when().get(admin + "/" + id)
                .then().statusCode(404)
                .contentType(PROBLEM);
        given().when().get("/api/v1/" + kind + "/renommees-" + suffix).then().statusCode(404);
        given().header("Authorization", editor()).header("If-Match", etag3).when().delete(admin + "/" + id)
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
        List<Map<String, Object>> items = given().header("Authorization", editor()).queryParam("size", 100)
                .when().get("/api/v1/admin/" + kind)
                .then().statusCode(200)
                .extract().jsonPath().getList("items");
        assertThat(items).isNotEmpty()
                .allSatisfy(item -> assertThat(item.keySet()).containsExactlyInAnyOrder(STAFF_FIELDS.get(kind)));
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

        // none of the refused requests created anything: the name's slug is still free
        assertThat(create(kind, body(kind, name)).<String> path("slug")).isEqualTo(Slugs.slugify(name));

        given().header("Authorization", editor()).when().get(admin + "/987654321")
                .then().statusCode(404).contentType(PROBLEM);
        given().header("Authorization", editor()).header("If-Match", "\"v0\"")
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

        // same name, so the same derived slug: numbered for sections and authors (namesakes), refused for tags
        if (kind.equals("tags")) {
            given().header("Authorization", editor())
                    .contentType(ContentType.JSON).body(body(kind, name.toUpperCase()))
                    .when().post(admin)
                    .then().statusCode(409)
                    .contentType(PROBLEM)
                    .body("type", equalTo("urn:kiosque:problem:conflict"))
                    .body("detail", containsString(slug));
        } else {
            assertThat(create(kind, body(kind, name)).<String> path("slug")).isEqualTo(slug + "-2");
            assertThat(create(kind, body(kind, name)).<String> path("slug")).isEqualTo(slug + "-3");
        }
        // another name, the same explicit slug
        Map<String, Object> sameSlug = new HashMap<>(body(kind, Fixtures.unique("Autre nom")));
        sameSlug.put("slug", slug);
        given().header("Authorization", editor())
                .contentType(ContentType.JSON).body(sameSlug)
                .when().post(admin)
                .then().statusCode(409)
                .contentType(PROBLEM)
                .body("detail", containsString(slug));
        // renaming another record onto that slug
        long other = create(kind, body(kind, Fixtures.unique("Autre"))).<Integer> path("id").longValue();
        given().header("Authorization", editor()).header("If-Match", Fixtures.etag(admin + "/" + other))
                .contentType(ContentType.JSON).body(sameSlug)
                .when().put(admin + "/" + other)
                .then().statusCode(409)
                .contentType(PROBLEM);
    }

    @ParameterizedTest
    @ValueSource(strings = { "sections", "tags", "authors" })
    void editorsCreatingTheSameNameAtOnceNeverGetA5xx(String kind) throws Exception {
        String name = Fixtures.unique("En même temps");
        List<ExtractableResponse<Response>> answers = Concurrently.run(Collections.nCopies(PARALLEL,
                () -> given().header("Authorization", editor())
                        .contentType(ContentType.JSON).body(body(kind, name))
                        .when().post("/api/v1/admin/" + kind)
                        .then().extract()));

        List<Integer> statuses = answers.stream().map(ExtractableResponse::statusCode).toList();
        List<String> slugs = answers.stream().filter(a -> a.statusCode() == 201).map(a -> a.<String> path("slug")).toList();
        String slug = Slugs.slugify(name);
        if (kind.equals("tags")) {
            // one tag of that name: the first wins, the others are told it exists
            assertThat(statuses).containsOnly(201, 409).containsOnlyOnce(201);
            assertThat(slugs).containsExactly(slug);
        } else {
            assertThat(statuses).containsOnly(201);
            List<String> expected = new ArrayList<>(List.of(slug));
            for (int n = 2; n <= PARALLEL; n++) {
                expected.add(slug + "-" + n);
            }
            assertThat(slugs).containsExactlyInAnyOrderElementsOf(expected);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = { "sections", "tags", "authors" })
    void editorsUpdatingTheSameVersionAtOnceLetExactlyOneThrough(String kind) throws Exception {
        ExtractableResponse<Response> created = create(kind, body(kind, Fixtures.unique("Concurrence")));
        String path = "/api/v1/admin/" + kind + "/" + created.path("id");
        List<Callable<ExtractableResponse<Response>>> calls = new ArrayList<>();
        for (int i = 0; i < PARALLEL; i++) {
            Map<String, Object> renamed = body(kind, Fixtures.unique("Renommée n° " + i));
            calls.add(() -> given().header("Authorization", editor()).header("If-Match", created.header("ETag"))
                    .contentType(ContentType.JSON).body(renamed)
                    .when().put(path)
                    .then().extract());
        }

        List<ExtractableResponse<Response>> answers = Concurrently.run(calls);

        assertThat(answers).extracting(ExtractableResponse::statusCode).containsOnly(200, 412).containsOnlyOnce(200);
        String winner = answers.stream().filter(a -> a.statusCode() == 200).findFirst().orElseThrow().path("name");
        given().header("Authorization", editor()).get(path).then().statusCode(200)
                .header("ETag", "\"v1\"")
                .body("name", equalTo(winner));
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
        String title = Fixtures.unique("Brouillon qui retient");
        var article = Fixtures.article().title(title).section(section.<String> path("slug"))
                .authors(author.<String> path("slug")).status("DRAFT").create();
        String sectionPath = "/api/v1/admin/sections/" + section.path("id");
        String authorPath = "/api/v1/admin/authors/" + author.path("id");

        given().header("Authorization", editor()).header("If-Match", section.header("ETag"))
                .when().delete(sectionPath)
                .then().statusCode(409)
                .contentType(PROBLEM)
                .body("type", equalTo("urn:kiosque:problem:conflict"))
                .body("detail", containsString("« " + section.path("name") + " »"))
                .body("detail", containsString("1 article"))
                .body("detail", containsString("« " + title + " »"));
        given().header("Authorization", editor()).header("If-Match", author.header("ETag"))
                .when().delete(authorPath)
                .then().statusCode(409)
                .contentType(PROBLEM)
                .body("type", equalTo("urn:kiosque:problem:conflict"))
                .body("detail", containsString("« " + author.path("name") + " »"))
                .body("detail", containsString("1 article"))
                .body("detail", containsString("« " + title + " »"));
        given().header("Authorization", editor()).get("/api/v1/admin/articles/" + article.id())
                .then().statusCode(200)
                .body("section.slug", equalTo(section.<String> path("slug")))
                .body("authors.slug", contains(author.<String> path("slug")));

        // once the article is gone, both can go
        assertThat(Fixtures.delete("/api/v1/admin/articles/" + article.id())).isEqualTo(204);
        assertThat(Fixtures.delete(sectionPath)).isEqualTo(204);
        assertThat(Fixtures.delete(authorPath)).isEqualTo(204);
    }

    /**
     * Articles filed in a section while an editor deletes it: either the delete wins and every
     * article is refused (422, the section is unknown), or the articles win and the delete is
     * refused (409, in use). Never both, never a 500, whichever statement reaches the database
     * first.
     */
    @ParameterizedTest
    @ValueSource(strings = { "sections", "authors" })
    void deletingWhileArticlesAreFiledInItIsEitherOrNeverA5xx(String kind) throws Exception {
        ExtractableResponse<Response> term = create(kind, body(kind, Fixtures.unique("Disputée")));
        String path = "/api/v1/admin/" + kind + "/" + term.path("id");
        List<Map<String, Object>> bodies = new ArrayList<>();
        for (int i = 0; i < PARALLEL; i++) {
            var article = Fixtures.article();
            if (kind.equals("sections")) {
                article.section(term.<String> path("slug"));
            } else {
                article.authors(term.<String> path("slug"));
            }
            bodies.add(article.body());
        }
        List<Callable<Integer>> calls = new ArrayList<>();
        for (Map<String, Object> body : bodies) {
            calls.add(() -> given().header("Authorization", editor()).contentType(ContentType.JSON).body(body)
                    .when().post("/api/v1/admin/articles").then().extract().statusCode());
        }
        calls.add(PARALLEL / 2, () -> given().header("Authorization", editor()).header("If-Match", term.header("ETag"))
                .when().delete(path).then().extract().statusCode());

        List<Integer> statuses = Concurrently.run(calls);
        int deleted = statuses.remove(PARALLEL / 2);
        assertThat(deleted).isIn(204, 409);
        if (deleted == 204) {
            assertThat(statuses).containsOnly(422);
        } else {
            assertThat(statuses).containsOnly(201);
        }
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

        given().header("Authorization", editor()).header("If-Match", gone.header("ETag"))
                .when().delete("/api/v1/admin/tags/" + gone.path("id"))
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
        // a tag of the same name may be made again afterwards; unused, the public does not see it
        assertThat(create("tags", Map.of("name", goneName)).<String> path("slug")).isEqualTo(goneSlug);
        given().get("/api/v1/tags/" + goneSlug).then().statusCode(404);
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
        return inPublicList(kind, slug).orElseGet(() -> fail("%s not found in GET /api/v1/%s", slug, kind));
    }

    private static Optional<Map<String, Object>> inPublicList(String kind, String slug) {
        for (int page = 1;; page++) {
            JsonPath json = given().queryParam("size", 100).queryParam("page", page)
                    .when().get("/api/v1/" + kind)
                    .then().statusCode(200)
                    .extract().jsonPath();
            List<Map<String, Object>> items = json.getList("items");
            for (Map<String, Object> item : items) {
                if (slug.equals(item.get("slug"))) {
                    return Optional.of(item);
                }
            }
            if (page >= json.getInt("page.totalPages")) {
                return Optional.empty();
            }
        }
    }

    /** Neither readable by slug nor listed. */
    private static void assertHidden(String kind, String slug) {
        given().get("/api/v1/" + kind + "/" + slug).then().statusCode(404).contentType(PROBLEM);
        assertThat(inPublicList(kind, slug)).as("%s in GET /api/v1/%s", slug, kind).isEmpty();
    }

    /** Sections are navigation: public whether articles use them or not. */
    private static boolean alwaysPublic(String kind) {
        return kind.equals("sections");
    }

    private record Made(long id, String slug) {
    }

    /** Creates one of that kind and, for tags and authors, a published article that makes it public. */
    private static Made createPublic(String kind, String name) {
        ExtractableResponse<Response> created = create(kind, body(kind, name));
        Made made = new Made(created.<Integer> path("id").longValue(), created.path("slug"));
        switch (kind) {
            case "tags" -> Fixtures.article().tags(name).create();
            case "authors" -> Fixtures.article().authors(made.slug()).create();
            default -> {
                // a section is public as it is
            }
        }
        return made;
    }
}
