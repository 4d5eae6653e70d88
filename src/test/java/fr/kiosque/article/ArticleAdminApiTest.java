package fr.kiosque.article;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;

import jakarta.inject.Inject;
import javax.sql.DataSource;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import fr.kiosque.article.api.ArticleRequest;
import fr.kiosque.common.text.Slugs;
import fr.kiosque.support.Concurrently;
import fr.kiosque.support.Fixtures;
import fr.kiosque.support.TestClock;
import fr.kiosque.support.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.builder.ResponseSpecBuilder;
import io.restassured.config.EncoderConfig;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;
import io.restassured.specification.ResponseSpecification;

@QuarkusTest
class ArticleAdminApiTest {

    private static final String ADMIN = "/api/v1/admin/articles";
    private static final String PUBLIC = "/api/v1/articles/";
    private static final String PROBLEM = "application/problem+json";
    private static final String MERGE_PATCH = "application/merge-patch+json";
    /** How many requests the concurrency tests send at once. */
    private static final int PARALLEL = 10;

    /** What every staff answer must carry, whatever its status. */
    private static final ResponseSpecification STAFF = new ResponseSpecBuilder()
            .expectHeader("Cache-Control", "private, no-store")
            .build();

    @Inject
    PublishDueArticles service;

    @Inject
    Articles articles;

    @Inject
    TestClock clock;

    @Inject
    DataSource dataSource;

    @BeforeAll
    static void logFailures() {
        RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
    }

    // ---- create -------------------------------------------------------------------------

    @Test
    void createAnswers201WithLocationEtagAndTheStaffView() {
        String section = Fixtures.section(Fixtures.unique("Le Magazine"));
        String author = Fixtures.author(Fixtures.unique("Anne Rédac"));
        String suffix = suffix();
        Map<String, Object> body = new HashMap<>();
        body.put("title", "Été : ça chauffe " + suffix);
        body.put("standfirst", "  Un chapô.  ");
        body.put("body", "<p>Il fait chaud.</p>");
        body.put("pullQuotes", List.of("  Il fait très chaud.  "));
        body.put("coverImage", Map.of("url", "https://cdn.example.org/ete.jpg", "alt", "Un soleil"));
        body.put("section", section);
        body.put("authors", List.of(author));
        body.put("metaTitle", "Été brûlant");
        body.put("canonicalUrl", "https://www.kiosque.fr/ete");

        var response = staff().contentType(ContentType.JSON).body(body)
                .when().post(ADMIN)
                .then().spec(STAFF).statusCode(201)
                .header("ETag", "\"v0\"")
                .contentType(ContentType.JSON)
                .body("slug", equalTo("ete-ca-chauffe-" + suffix))
                .body("title", equalTo("Été : ça chauffe " + suffix))
                .body("standfirst", equalTo("Un chapô."))
                .body("body", equalTo("<p>Il fait chaud.</p>"))
                .body("pullQuotes", contains("Il fait très chaud."))
                .body("coverImage.url", equalTo("https://cdn.example.org/ete.jpg"))
                .body("coverImage.alt", equalTo("Un soleil"))
                .body("coverImage.credit", nullValue())
                .body("section.slug", equalTo(section))
                .body("authors.slug", contains(author))
                .body("tags", empty())
                .body("related", empty())
                .body("status", equalTo("DRAFT"))
                .body("publishedAt", nullValue())
                .body("readingTimeMinutes", is(1))
                .body("metaTitle", equalTo("Été brûlant"))
                .body("canonicalUrl", equalTo("https://www.kiosque.fr/ete"))
                .body("commentsOpen", is(true))
                .body("createdAt", notNullValue())
                .body("version", is(0))
                .extract();
        JsonPath json = response.jsonPath();
        long id = json.getLong("id");

        assertThat(URI.create(response.header("Location")).getPath()).isEqualTo(ADMIN + "/" + id);
        assertThat(json.getMap("").keySet()).containsExactlyInAnyOrder("id", "slug", "title", "standfirst", "body",
                "pullQuotes", "coverImage", "section", "authors", "tags", "related", "status", "publishedAt",
                "readingTimeMinutes", "metaTitle", "metaDescription", "canonicalUrl", "commentsOpen", "featured", "createdAt",
                "updatedAt", "version");

        // the Location is where the article lives
        staff().get(response.header("Location")).then().spec(STAFF).statusCode(200)
                .header("ETag", "\"v0\"")
                .body("id", is((int) id))
                .body("slug", equalTo("ete-ca-chauffe-" + suffix));
    }

    @Test
    void aTitleAlreadyTakenGetsANumberedSlug() {
        String title = Fixtures.unique("Fiches métiers : le chargé de communication");
        var first = Fixtures.article().title(title).create();
        var second = Fixtures.article().title(title).create();
        var third = Fixtures.article().title(title).create();

        assertThat(first.slug()).startsWith("fiches-metiers-le-charge-de-communication-");
        assertThat(second.slug()).isEqualTo(first.slug() + "-2");
        assertThat(third.slug()).isEqualTo(first.slug() + "-3");
    }

    @Test
    void editorsCreatingArticlesOfTheSameTitleAtOnceGetNumberedSlugs() throws Exception {
        String title = Fixtures.unique("Dix rédacteurs, un titre");
        List<Map<String, Object>> bodies = new ArrayList<>();
        for (int i = 0; i < PARALLEL; i++) {
            bodies.add(Fixtures.article().title(title).body());
        }

        List<ExtractableResponse<Response>> answers = Concurrently.run(bodies.stream()
                .map(body -> (Callable<ExtractableResponse<Response>>) () -> staff().contentType(ContentType.JSON).body(body)
                        .when().post(ADMIN).then().extract())
                .toList());

        assertThat(answers).extracting(ExtractableResponse::statusCode).containsOnly(201);
        List<String> slugs = answers.stream().map(answer -> answer.<String> path("slug")).toList();
        String base = Slugs.slugify(title);
        List<String> expected = new ArrayList<>(List.of(base));
        for (int n = 2; n <= PARALLEL; n++) {
            expected.add(base + "-" + n);
        }
        assertThat(slugs).containsExactlyInAnyOrderElementsOf(expected);
        for (String slug : slugs) {
            given().get(PUBLIC + slug).then().statusCode(200).body("title", equalTo(title));
        }
    }

    @Test
    void articlesNamingTheSameNewTagAtOnceShareOneTag() throws Exception {
        String tagName = Fixtures.unique("Mot-clé disputé");
        String tagSlug = Slugs.slugify(tagName);
        List<Map<String, Object>> bodies = new ArrayList<>();
        for (int i = 0; i < PARALLEL; i++) {
            bodies.add(Fixtures.article().tags(i % 2 == 0 ? tagName : tagName.toUpperCase(), Fixtures.unique("Seul")).body());
        }

        List<ExtractableResponse<Response>> answers = Concurrently.run(bodies.stream()
                .map(body -> (Callable<ExtractableResponse<Response>>) () -> staff().contentType(ContentType.JSON).body(body)
                        .when().post(ADMIN).then().extract())
                .toList());

        assertThat(answers).extracting(ExtractableResponse::statusCode).containsOnly(201);
        assertThat(answers).allSatisfy(answer -> assertThat(answer.<List<String>> path("tags.slug")).contains(tagSlug));
        assertThat(answers.stream().map(answer -> answer.<Integer> path("id")).distinct()).hasSize(PARALLEL);
        try (var connection = dataSource.getConnection();
                var statement = connection.prepareStatement("select count(*) from tag where slug = ?")) {
            statement.setString(1, tagSlug);
            try (var rows = statement.executeQuery()) {
                rows.next();
                assertThat(rows.getInt(1)).as("tag rows named " + tagSlug).isEqualTo(1);
            }
        }
        given().get("/api/v1/tags/" + tagSlug).then().statusCode(200).body("articleCount", is(PARALLEL));
    }

    @Test
    void anExplicitSlugAlreadyTakenIs409() {
        var first = Fixtures.article().create();

        staff().contentType(ContentType.JSON).body(Fixtures.article().with("slug", first.slug()).body())
                .when().post(ADMIN)
                .then().spec(STAFF).statusCode(409)
                .contentType(PROBLEM)
                .body("type", equalTo("urn:kiosque:problem:conflict"))
                .body("status", is(409))
                .body("detail", containsString(first.slug()))
                .body("instance", equalTo(ADMIN));

        String free = "slug-choisi-" + suffix();
        staff().contentType(ContentType.JSON).body(Fixtures.article().with("slug", free).body())
                .when().post(ADMIN)
                .then().spec(STAFF).statusCode(201).body("slug", equalTo(free));
    }

    @Test
    void unknownSectionAuthorOrRelatedArticleIs422NamingTheField() {
        String missing = "inconnu-" + suffix();
        Map<String, Fixtures.ArticleBuilder> cases = Map.of(
                "section", Fixtures.article().section(missing),
                "authors", Fixtures.article().authors(missing),
                "related", Fixtures.article().with("related", List.of(missing)));

        cases.forEach((field, article) -> staff().contentType(ContentType.JSON).body(article.body())
                .when().post(ADMIN)
                .then().spec(STAFF).statusCode(422)
                .contentType(PROBLEM)
                .body("type", equalTo("urn:kiosque:problem:business-rule"))
                .body("errors[0].field", equalTo(field))
                .body("errors[0].message", containsString(missing)));

        // nothing was created by the refused requests
        List<String> recent = staff().queryParam("sort", "-createdAt").queryParam("size", 100).get(ADMIN)
                .then().statusCode(200).extract().path("items.title");
        cases.values().forEach(article -> assertThat(recent).doesNotContain((String) article.body().get("title")));
    }

    @Test
    void tagsAreGivenByNameMissingOnesAreCreatedExistingOnesReused() {
        String suffix = suffix();
        String existing = given().header("Authorization", Tokens.bearer(Tokens.editor()))
                .contentType(ContentType.JSON).body(Map.of("name", "Éthique " + suffix))
                .post("/api/v1/admin/tags").then().statusCode(201).extract().path("slug");
        assertThat(existing).isEqualTo("ethique-" + suffix);

        staff().contentType(ContentType.JSON)
                .body(Fixtures.article().tags("Réseaux sociaux " + suffix, "ÉTHIQUE " + suffix.toUpperCase()).body())
                .when().post(ADMIN)
                .then().spec(STAFF).statusCode(201)
                .body("tags.slug", containsInAnyOrder("reseaux-sociaux-" + suffix, "ethique-" + suffix))
                .body("tags.find { it.slug == 'ethique-" + suffix + "' }.name", equalTo("Éthique " + suffix))
                .body("tags.find { it.slug == 'reseaux-sociaux-" + suffix + "' }.name", equalTo("Réseaux sociaux " + suffix));

        // a second article spelling the new tag differently reuses it too
        staff().contentType(ContentType.JSON)
                .body(Fixtures.article().tags("reseaux SOCIAUX " + suffix, "Réseaux sociaux " + suffix).body())
                .when().post(ADMIN)
                .then().spec(STAFF).statusCode(201)
                .body("tags", hasSize(1))
                .body("tags[0].slug", equalTo("reseaux-sociaux-" + suffix))
                .body("tags[0].name", equalTo("Réseaux sociaux " + suffix));

        given().get("/api/v1/tags/reseaux-sociaux-" + suffix).then().statusCode(200).body("articleCount", is(2));
        given().get("/api/v1/tags/ethique-" + suffix).then().statusCode(200).body("articleCount", is(1));
    }

    @Test
    void readingTimeIsComputedFromTheBodyText() {
        String sevenHundredWords = "<p>" + "mot ".repeat(350) + "</p><p><strong>" + "mot ".repeat(350) + "</strong></p>";
        staff().contentType(ContentType.JSON).body(Fixtures.article().with("body", sevenHundredWords).body())
                .when().post(ADMIN)
                .then().spec(STAFF).statusCode(201)
                .body("readingTimeMinutes", is(4)); // 700 words at 230 per minute

        String twoHundredThirtyWords = "<p>" + "mot ".repeat(230) + "</p><script>" + "mot ".repeat(500) + "</script>";
        staff().contentType(ContentType.JSON).body(Fixtures.article().with("body", twoHundredThirtyWords).body())
                .when().post(ADMIN)
                .then().spec(STAFF).statusCode(201)
                .body("readingTimeMinutes", is(1)); // the removed script does not count
    }

    // ---- only complete articles go public -----------------------------------------------

    @Test
    void aTitleAndAStatusAreNotEnoughToPublish() {
        String title = Fixtures.unique("Titre seul");
        for (String status : List.of("PUBLISHED", "SCHEDULED")) {
            Map<String, Object> body = new HashMap<>(Map.of("title", title, "status", status));
            if (status.equals("SCHEDULED")) {
                body.put("publishedAt", Instant.now().plus(1, ChronoUnit.DAYS).toString());
            }
            staff().contentType(ContentType.JSON).body(body)
                    .when().post(ADMIN)
                    .then().spec(STAFF).statusCode(422)
                    .contentType(PROBLEM)
                    .body("type", equalTo("urn:kiosque:problem:business-rule"))
                    .body("detail", containsString(status))
                    .body("errors.field", contains("standfirst", "body", "section", "authors"))
                    .body("errors.message", everyItem(containsString("obligatoire")));
        }
        given().get(PUBLIC + Slugs.slugify(title)).then().statusCode(404);

        // a draft may be as incomplete as it likes
        staff().contentType(ContentType.JSON).body(Map.of("title", title, "status", "DRAFT"))
                .when().post(ADMIN)
                .then().spec(STAFF).statusCode(201)
                .body("slug", equalTo(Slugs.slugify(title)));
    }

    @Test
    void publishingADraftNeedsItComplete() {
        var draft = Fixtures.article().status("DRAFT").with("standfirst", null).with("authors", null).create();

        changeStatus(draft.id(), draft.etag(), Map.of("status", "PUBLISHED"))
                .statusCode(422)
                .contentType(PROBLEM)
                .body("errors.field", contains("standfirst", "authors"));
        changeStatus(draft.id(), draft.etag(), Map.of("status", "SCHEDULED",
                "publishedAt", Instant.now().plus(1, ChronoUnit.DAYS).toString()))
                .statusCode(422)
                .body("errors.field", contains("standfirst", "authors"));
        patch(draft.id(), draft.etag(), "{\"status\": \"PUBLISHED\"}")
                .statusCode(422)
                .body("errors.field", contains("standfirst", "authors"));
        Map<String, Object> replacement = Fixtures.article().with("standfirst", null).body();
        replace(draft.id(), draft.etag(), replacement)
                .statusCode(422)
                .body("errors.field", contains("standfirst"));
        staff().get(ADMIN + "/" + draft.id()).then().statusCode(200)
                .header("ETag", draft.etag())
                .body("status", equalTo("DRAFT"));
        given().get(PUBLIC + draft.slug()).then().statusCode(404);

        String author = Fixtures.author(Fixtures.unique("Signature tardive"));
        patch(draft.id(), draft.etag(), "{\"standfirst\": \"Enfin un chapô.\", \"authors\": [\"" + author + "\"]}")
                .statusCode(200)
                .header("ETag", "\"v1\"");
        changeStatus(draft.id(), "\"v1\"", Map.of("status", "PUBLISHED")).statusCode(200);
        given().get(PUBLIC + draft.slug()).then().statusCode(200).body("authors.slug", contains(author));
    }

    @Test
    void aPublishedArticleCannotLoseWhatMakesItComplete() {
        var article = Fixtures.article().create();

        patch(article.id(), article.etag(), "{\"authors\": [], \"section\": null, \"body\": \"\"}")
                .statusCode(422)
                .contentType(PROBLEM)
                .body("errors.field", contains("body", "section", "authors"));
        // unpublishing first is the way
        changeStatus(article.id(), article.etag(), Map.of("status", "DRAFT")).statusCode(200);
        patch(article.id(), "\"v1\"", "{\"authors\": [], \"section\": null}").statusCode(200)
                .body("section", nullValue())
                .body("authors", empty());
        given().get(PUBLIC + article.slug()).then().statusCode(404);
    }

    // ---- validation ---------------------------------------------------------------------

    @Test
    void invalidFieldsAre400NamingEachOfThem() {
        Map<String, Object> body = Fixtures.article().body();
        body.put("title", "   ");
        body.put("pullQuotes", java.util.Collections.nCopies(11, "Une citation"));
        body.put("coverImage", Map.of("alt", "Une image sans adresse"));
        body.put("canonicalUrl", "javascript:alert(1)");
        body.put("slug", "Pas Un Slug");

        staff().contentType(ContentType.JSON).body(body)
                .when().post(ADMIN)
                .then().spec(STAFF).statusCode(400)
                .contentType(PROBLEM)
                .body("type", equalTo("urn:kiosque:problem:validation-error"))
                .body("status", is(400))
                .body("instance", equalTo(ADMIN))
                .body("errors.field", containsInAnyOrder("title", "pullQuotes", "coverImage.url", "canonicalUrl", "slug"))
                .body("errors.message", everyItem(not(equalTo(""))));
    }

    @Test
    void listsOverTheirBoundAre400NamingEachOfThem() {
        Map<String, Object> body = Fixtures.article().body();
        body.put("authors", numbered("auteur", ArticleRequest.MAX_AUTHORS + 1));
        body.put("tags", numbered("Mot", ArticleRequest.MAX_TAGS + 1));
        body.put("related", numbered("article", ArticleRequest.MAX_RELATED + 1));

        staff().contentType(ContentType.JSON).body(body)
                .when().post(ADMIN)
                .then().spec(STAFF).statusCode(400)
                .contentType(PROBLEM)
                .body("errors.field", containsInAnyOrder("authors", "tags", "related"));

        var article = Fixtures.article().create();
        patch(article.id(), article.etag(), "{\"tags\": [\"" + String.join("\", \"", numbered("Mot", ArticleRequest.MAX_TAGS + 1)) + "\"]}")
                .statusCode(400)
                .contentType(PROBLEM)
                .body("errors.field", contains("tags"));

        Map<String, Object> twentyTags = Fixtures.article().body();
        String suffix = suffix();
        twentyTags.put("tags", numbered("Mot " + suffix, ArticleRequest.MAX_TAGS));
        staff().contentType(ContentType.JSON).body(twentyTags)
                .when().post(ADMIN)
                .then().spec(STAFF).statusCode(201)
                .body("tags", hasSize(ArticleRequest.MAX_TAGS));
    }

    @Test
    void aProblemNamesOneHundredFieldErrorsAtMost() {
        Map<String, Object> body = Fixtures.article().body();
        body.put("tags", java.util.Collections.nCopies(150, " "));

        staff().contentType(ContentType.JSON).body(body)
                .when().post(ADMIN)
                .then().spec(STAFF).statusCode(400)
                .contentType(PROBLEM)
                .body("errors", hasSize(100))
                .body("errors.field", hasItem("tags"))
                .body("errors.field", everyItem(org.hamcrest.Matchers.startsWith("tags")));
    }

    /** {@code count} distinct values: "prefix-1", "prefix-2"… */
    private static List<String> numbered(String prefix, int count) {
        return java.util.stream.IntStream.rangeClosed(1, count).mapToObj(i -> prefix + "-" + i).toList();
    }

    @Test
    void invalidListElementsAreNamedByTheirIndex() {
        Map<String, Object> body = Fixtures.article().body();
        body.put("pullQuotes", List.of("Une citation", "  "));
        body.put("tags", List.of("Un mot", "x".repeat(121)));

        staff().contentType(ContentType.JSON).body(body)
                .when().post(ADMIN)
                .then().spec(STAFF).statusCode(400)
                .contentType(PROBLEM)
                .body("errors.field", containsInAnyOrder("pullQuotes[1]", "tags[1]"));
    }

    @Test
    void unknownPropertiesAreRefusedByName() {
        Map<String, Object> body = Fixtures.article().body();
        body.put("autheur", "anne-redac");
        staff().contentType(ContentType.JSON).body(body)
                .when().post(ADMIN)
                .then().spec(STAFF).statusCode(400)
                .contentType(PROBLEM)
                .body("errors[0].field", equalTo("autheur"))
                .body("detail", containsString("autheur"));

        Map<String, Object> nested = Fixtures.article().body();
        nested.put("coverImage", Map.of("url", "https://cdn.example.org/a.jpg", "legende", "?"));
        staff().contentType(ContentType.JSON).body(nested)
                .when().post(ADMIN)
                .then().spec(STAFF).statusCode(400)
                .body("errors[0].field", equalTo("coverImage.legende"));
    }

    @Test
    void anUnknownStatusIs400NamingStatus() {
        staff().contentType(ContentType.JSON).body(Fixtures.article().status("BOGUS").body())
                .when().post(ADMIN)
                .then().spec(STAFF).statusCode(400)
                .contentType(PROBLEM)
                .body("errors[0].field", equalTo("status"))
                .body("errors[0].message", containsString("PUBLISHED"));
    }

    @Test
    void malformedMissingOrMistypedBodiesAreProblems() {
        staff().contentType(ContentType.JSON).body("{\"title\": \"Sans fin\", ")
                .when().post(ADMIN)
                .then().spec(STAFF).statusCode(400)
                .contentType(PROBLEM)
                .body("type", equalTo("urn:kiosque:problem:malformed-request"))
                .body("instance", equalTo(ADMIN));

        staff().contentType(ContentType.JSON)
                .when().post(ADMIN)
                .then().spec(STAFF).statusCode(400)
                .contentType(PROBLEM)
                .body("status", is(400))
                .body("instance", equalTo(ADMIN));

        staff().contentType(ContentType.JSON).body("[]")
                .when().post(ADMIN)
                .then().spec(STAFF).statusCode(400)
                .contentType(PROBLEM);

        staff().contentType(ContentType.JSON).body(Map.of("title", List.of("pas", "un", "texte")))
                .when().post(ADMIN)
                .then().spec(STAFF).statusCode(400)
                .contentType(PROBLEM)
                .body("errors[0].field", equalTo("title"));

        staff().contentType(ContentType.TEXT).body("Un titre")
                .when().post(ADMIN)
                .then().spec(STAFF).statusCode(415)
                .contentType(PROBLEM)
                .body("type", equalTo("urn:kiosque:problem:unsupported-media-type"))
                .body("status", is(415))
                .body("instance", equalTo(ADMIN));
    }

    // ---- sanitizing ---------------------------------------------------------------------

    @Test
    void bodiesAreSanitizedForStaffAndPublic() {
        String dirty = "<p onclick=\"steal()\" style=\"color:red\">Intro <strong>forte</strong></p>"
                + "<script>alert('xss')</script>"
                + "<p><a href=\"javascript:alert(2)\">piège</a> et <a href=\"https://www.kiosque.fr/a\">un lien</a></p>"
                + "<iframe src=\"https://evil.example/\"></iframe>"
                + "<blockquote>Une citation</blockquote>"
                + "<img src=\"https://cdn.example.org/a.jpg\" alt=\"Une image\" onerror=\"steal()\">";

        JsonPath created = staff().contentType(ContentType.JSON).body(Fixtures.article().with("body", dirty).body())
                .when().post(ADMIN)
                .then().spec(STAFF).statusCode(201)
                .extract().jsonPath();
        assertClean(created.getString("body"));

        long id = created.getLong("id");
        String slug = created.getString("slug");
        String stored = staff().get(ADMIN + "/" + id).then().spec(STAFF).statusCode(200).extract().path("body");
        String served = given().get(PUBLIC + slug).then().statusCode(200).extract().path("body");

        assertClean(stored);
        assertClean(served);
        assertThat(served).isEqualTo(stored).isEqualTo(created.getString("body"));
    }

    /** Sanitized on the way in (what the sanitizer keeps and drops, case by case: HtmlSanitizerTest). */
    private static void assertClean(String html) {
        assertThat(html)
                .doesNotContainIgnoringCase("<script")
                .doesNotContain("steal")
                .contains("<p>Intro <strong>forte</strong></p>")
                .contains("<a href=\"https://www.kiosque.fr/a\">un lien</a>");
    }

    // ---- read ---------------------------------------------------------------------------

    @Test
    void draftsAreVisibleToStaffOnly() {
        var draft = Fixtures.article().status("DRAFT").create();
        assertThat(draft.etag()).isEqualTo("\"v0\"");

        staff().get(ADMIN + "/" + draft.id()).then().spec(STAFF).statusCode(200)
                .header("ETag", "\"v0\"")
                .body("status", equalTo("DRAFT"))
                .body("slug", equalTo(draft.slug()));
        given().get(PUBLIC + draft.slug()).then().statusCode(404).contentType(PROBLEM);
    }

    @Test
    void theEtagFollowsTheVersion() {
        var article = Fixtures.article().create();
        replace(article.id(), "\"v0\"", Fixtures.article().title(Fixtures.unique("Nouveau titre")).body()).statusCode(200);

        staff().get(ADMIN + "/" + article.id()).then().spec(STAFF).statusCode(200)
                .header("ETag", "\"v1\"")
                .body("version", is(1));
    }

    @Test
    void theStaffListFiltersByStatus() {
        String section = Fixtures.section(Fixtures.unique("Brouillons"));
        var draft = Fixtures.article().section(section).status("DRAFT").create();
        Fixtures.article().section(section).create();
        Fixtures.article().section(section).status("ARCHIVED").create();

        JsonPath drafts = staff().queryParam("status", "DRAFT").queryParam("section", section).get(ADMIN)
                .then().spec(STAFF).statusCode(200)
                .header("Link", containsString("rel=\"first\""))
                .body("items.id", contains((int) draft.id()))
                .body("page.totalItems", is(1))
                .extract().jsonPath();
        assertThat(drafts.getMap("items[0]").keySet()).containsExactlyInAnyOrder("id", "slug", "title", "status",
                "section", "authors", "tags", "publishedAt", "updatedAt", "version");

        staff().queryParam("status", "DRAFT").queryParam("size", 100).get(ADMIN)
                .then().spec(STAFF).statusCode(200)
                .body("items.status", everyItem(equalTo("DRAFT")))
                .body("items.id", hasItem((int) draft.id()));

        staff().queryParam("section", section).get(ADMIN).then().statusCode(200).body("page.totalItems", is(3));

        staff().queryParam("status", "BROUILLON").get(ADMIN)
                .then().spec(STAFF).statusCode(400)
                .contentType(PROBLEM)
                .body("errors[0].field", equalTo("status"));
    }

    @Test
    void anUnknownIdIs404() {
        staff().get(ADMIN + "/999999999").then().spec(STAFF).statusCode(404)
                .contentType(PROBLEM)
                .body("type", equalTo("urn:kiosque:problem:not-found"))
                .body("detail", containsString("999999999"))
                .body("instance", equalTo(ADMIN + "/999999999"));
    }

    // ---- replace (PUT) -----------------------------------------------------------------

    @Test
    void putNeedsTheCurrentEtag() {
        var article = Fixtures.article().create();
        String newTitle = Fixtures.unique("Titre remplacé");

        replace(article.id(), article.etag(), Fixtures.article().title(newTitle).body())
                .statusCode(200)
                .header("ETag", "\"v1\"")
                .body("title", equalTo(newTitle))
                .body("version", is(1))
                .body("slug", equalTo(article.slug())); // no slug given: it is kept

        replace(article.id(), article.etag(), Fixtures.article().title("Écrasement").body())
                .statusCode(412)
                .contentType(PROBLEM)
                .body("type", equalTo("urn:kiosque:problem:precondition-failed"))
                .body("detail", containsString("\"v1\""));

        replace(article.id(), null, Fixtures.article().title("Écrasement").body())
                .statusCode(428)
                .contentType(PROBLEM)
                .body("type", equalTo("urn:kiosque:problem:precondition-required"))
                .body("status", is(428));

        staff().get(ADMIN + "/" + article.id()).then().statusCode(200).body("title", equalTo(newTitle));

        replace(article.id(), "1", Fixtures.article().title(newTitle + " bis").body())
                .statusCode(200)
                .header("ETag", "\"v2\"")
                .body("title", equalTo(newTitle + " bis"))
                .body("slug", equalTo(article.slug()));
    }

    @Test
    void putOnAnUnknownIdIs404() {
        replace(999_999_998L, "\"v0\"", Fixtures.article().body()).statusCode(404).contentType(PROBLEM);
    }

    // ---- patch (JSON Merge Patch) ------------------------------------------------------

    @Test
    void patchChangesOnlyTheGivenFields() {
        String suffix = suffix();
        var article = Fixtures.article().with("standfirst", "Chapô d'origine").with("metaTitle", "Titre SEO")
                .tags("Un " + suffix, "Deux " + suffix).create();
        JsonPath before = staff().get(ADMIN + "/" + article.id()).then().extract().jsonPath();

        JsonPath after = patch(article.id(), article.etag(), "{\"standfirst\": \"Nouveau chapô, été compris\"}")
                .statusCode(200)
                .header("ETag", "\"v1\"")
                .body("standfirst", equalTo("Nouveau chapô, été compris"))
                .body("title", equalTo(before.getString("title")))
                .body("slug", equalTo(article.slug()))
                .body("body", equalTo(before.getString("body")))
                .body("status", equalTo("PUBLISHED"))
                .body("publishedAt", equalTo(before.getString("publishedAt")))
                .body("tags.slug", containsInAnyOrder("un-" + suffix, "deux-" + suffix))
                .extract().jsonPath();
        assertThat(Instant.parse(after.getString("updatedAt"))).isAfterOrEqualTo(Instant.parse(before.getString("updatedAt")));

        // null clears an optional field (a published article keeps the ones it needs: see below)
        patch(article.id(), "\"v1\"", "{\"metaTitle\": null}")
                .statusCode(200)
                .header("ETag", "\"v2\"")
                .body("metaTitle", nullValue())
                .body("standfirst", equalTo("Nouveau chapô, été compris"))
                .body("title", equalTo(before.getString("title")));

        String updatedBefore = staff().get(ADMIN + "/" + article.id()).then().extract().path("updatedAt");
        String updatedAfter = patch(article.id(), "\"v2\"", "{\"tags\": [\"Trois " + suffix + "\"]}")
                .statusCode(200)
                .header("ETag", "\"v3\"")
                .body("tags.slug", contains("trois-" + suffix))
                .body("metaTitle", nullValue())
                .extract().path("updatedAt");
        assertThat(Instant.parse(updatedAfter)).as("a change of tags alone updates updatedAt")
                .isAfter(Instant.parse(updatedBefore));

        given().get(PUBLIC + article.slug()).then().statusCode(200)
                .body("seo.metaTitle", equalTo(before.getString("title")))
                .body("tags.slug", contains("trois-" + suffix));
    }

    @Test
    void patchNeedsTheCurrentEtag() {
        var article = Fixtures.article().create();

        patch(article.id(), null, "{\"standfirst\": \"Sans If-Match\"}").statusCode(428).contentType(PROBLEM);
        patch(article.id(), "\"v7\"", "{\"standfirst\": \"Mauvais If-Match\"}").statusCode(412).contentType(PROBLEM);
        patch(article.id(), "W/\"v0\"", "{\"standfirst\": \"ETag faible\"}").statusCode(412).contentType(PROBLEM);
        patch(article.id(), "\"v0\"", "{\"standfirst\": \"Bon If-Match\"}").statusCode(200).header("ETag", "\"v1\"");
        patch(article.id(), "\"v0\"", "{\"standfirst\": \"Trop tard\"}").statusCode(412).contentType(PROBLEM);

        staff().get(ADMIN + "/" + article.id()).then().statusCode(200).body("standfirst", equalTo("Bon If-Match"));
    }

    @Test
    void editorsPatchingTheSameVersionAtOnceLetExactlyOneThrough() throws Exception {
        var article = Fixtures.article().create();
        List<Callable<ExtractableResponse<Response>>> calls = new ArrayList<>();
        for (int i = 0; i < PARALLEL; i++) {
            String standfirst = "Chapô concurrent n° " + i;
            calls.add(() -> patch(article.id(), article.etag(), "{\"standfirst\": \"" + standfirst + "\"}").extract());
        }

        List<ExtractableResponse<Response>> answers = Concurrently.run(calls);

        assertThat(answers).extracting(ExtractableResponse::statusCode).containsOnly(200, 412).containsOnlyOnce(200);
        String winner = answers.stream().filter(a -> a.statusCode() == 200).findFirst().orElseThrow().path("standfirst");
        staff().get(ADMIN + "/" + article.id()).then().statusCode(200)
                .header("ETag", "\"v1\"")
                .body("standfirst", equalTo(winner));
    }

    @Test
    void parallelReplacementsStatusChangesAndDeletionsOfOneVersionLetExactlyOneThrough() throws Exception {
        var article = Fixtures.article().create();
        List<ExtractableResponse<Response>> replaced = Concurrently.times(PARALLEL, i -> replace(article.id(), article.etag(),
                Fixtures.article().title(Fixtures.unique("Remplacé n° " + i)).body()).extract());
        assertThat(replaced).extracting(ExtractableResponse::statusCode).containsOnly(200, 412).containsOnlyOnce(200);
        String title = replaced.stream().filter(a -> a.statusCode() == 200).findFirst().orElseThrow().path("title");
        staff().get(ADMIN + "/" + article.id()).then().statusCode(200).header("ETag", "\"v1\"").body("title", equalTo(title));

        List<String> statuses = List.of("DRAFT", "ARCHIVED");
        List<ExtractableResponse<Response>> changed = Concurrently.times(PARALLEL, i -> changeStatus(article.id(), "\"v1\"",
                Map.of("status", statuses.get(i % 2))).extract());
        assertThat(changed).extracting(ExtractableResponse::statusCode).containsOnly(200, 412).containsOnlyOnce(200);
        String status = changed.stream().filter(a -> a.statusCode() == 200).findFirst().orElseThrow().path("status");
        staff().get(ADMIN + "/" + article.id()).then().statusCode(200).header("ETag", "\"v2\"").body("status", equalTo(status));

        List<Integer> deleted = Concurrently.times(PARALLEL, i -> ifMatch(staff(), "\"v2\"")
                .when().delete(ADMIN + "/" + article.id()).then().extract().statusCode());
        // the others see it gone, or changed under them
        assertThat(deleted).isSubsetOf(204, 404, 412).containsOnlyOnce(204);
        staff().get(ADMIN + "/" + article.id()).then().statusCode(404);
    }

    @Test
    void aPatchThatBreaksTheRulesIsRefusedAndChangesNothing() {
        var article = Fixtures.article().create();

        patch(article.id(), article.etag(), "{\"title\": \"\"}")
                .statusCode(400)
                .contentType(PROBLEM)
                .body("type", equalTo("urn:kiosque:problem:validation-error"))
                .body("errors.field", contains("title"));

        patch(article.id(), article.etag(), "{\"titre\": \"Faute de frappe\"}")
                .statusCode(400)
                .contentType(PROBLEM)
                .body("errors[0].field", equalTo("titre"));

        patch(article.id(), article.etag(), "{\"status\": \"BOGUS\"}")
                .statusCode(400)
                .contentType(PROBLEM)
                .body("errors[0].field", equalTo("status"));

        patch(article.id(), article.etag(), "{\"title\": ")
                .statusCode(400)
                .contentType(PROBLEM);

        patch(article.id(), article.etag(), "[\"pas un objet\"]")
                .statusCode(400)
                .contentType(PROBLEM);

        patch(article.id(), article.etag(), "{\"section\": \"rubrique-inconnue-" + suffix() + "\"}")
                .statusCode(422)
                .contentType(PROBLEM)
                .body("errors[0].field", equalTo("section"));

        staff().get(ADMIN + "/" + article.id()).then().statusCode(200).header("ETag", article.etag());
    }

    // ---- status -------------------------------------------------------------------------

    @Test
    void schedulingNeedsAFutureDateAndKeepsTheArticleHidden() {
        var article = Fixtures.article().status("DRAFT").create();
        String tomorrow = Instant.now().plus(1, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS).toString();

        changeStatus(article.id(), article.etag(), Map.of("status", "SCHEDULED", "publishedAt", tomorrow))
                .statusCode(200)
                .header("ETag", "\"v1\"")
                .body("status", equalTo("SCHEDULED"))
                .body("publishedAt", equalTo(tomorrow));
        given().get(PUBLIC + article.slug()).then().statusCode(404);

        String anHourAgo = Instant.now().minus(1, ChronoUnit.HOURS).toString();
        changeStatus(article.id(), "\"v1\"", Map.of("status", "SCHEDULED", "publishedAt", anHourAgo))
                .statusCode(422)
                .contentType(PROBLEM)
                .body("type", equalTo("urn:kiosque:problem:business-rule"))
                .body("errors[0].field", equalTo("publishedAt"));
        changeStatus(article.id(), "\"v1\"", Map.of("status", "SCHEDULED"))
                .statusCode(422)
                .body("errors[0].field", equalTo("publishedAt"));
        changeStatus(article.id(), "\"v1\"", Map.of("status", "PUBLISHED", "publishedAt", tomorrow))
                .statusCode(422)
                .contentType(PROBLEM)
                .body("errors[0].field", equalTo("publishedAt"));

        staff().get(ADMIN + "/" + article.id()).then().statusCode(200)
                .header("ETag", "\"v1\"")
                .body("status", equalTo("SCHEDULED"));
    }

    @Test
    void statusChangesNeedIfMatchAndAValidStatus() {
        var article = Fixtures.article().create();

        changeStatus(article.id(), null, Map.of("status", "ARCHIVED")).statusCode(428).contentType(PROBLEM);
        changeStatus(article.id(), "\"v9\"", Map.of("status", "ARCHIVED")).statusCode(412).contentType(PROBLEM);
        changeStatus(article.id(), article.etag(), Map.of("publishedAt", "2026-01-01T00:00:00Z"))
                .statusCode(400)
                .contentType(PROBLEM)
                .body("errors[0].field", equalTo("status"));
        changeStatus(article.id(), article.etag(), Map.of("status", "RETIRE"))
                .statusCode(400)
                .contentType(PROBLEM)
                .body("errors[0].field", equalTo("status"));
        changeStatus(999_999_997L, "\"v0\"", Map.of("status", "ARCHIVED")).statusCode(404).contentType(PROBLEM);

        given().get(PUBLIC + article.slug()).then().statusCode(200);
    }

    @Test
    void aScheduledArticleGoesPublicWhenDueAndTheJobMarksItPublished() {
        Instant due = Instant.now().plus(1, ChronoUnit.HOURS).truncatedTo(ChronoUnit.MILLIS);
        var article = Fixtures.article().status("SCHEDULED").publishedAt(due.toString()).create();
        try {
            given().get(PUBLIC + article.slug()).then().statusCode(404);
            assertThat(articles.publicCommentTarget(article.slug())).isEmpty();

            // a second before its time: still hidden, and the job leaves it alone
            clock.advance(Duration.between(Instant.now(), due).minusSeconds(1));
            given().get(PUBLIC + article.slug()).then().statusCode(404);
            service.publishDue();
            staff().get(ADMIN + "/" + article.id()).then().statusCode(200)
                    .header("ETag", "\"v0\"")
                    .body("status", equalTo("SCHEDULED"));

            // its time has come: public at once, before the job runs
            clock.advance(Duration.ofSeconds(2));
            given().get(PUBLIC + article.slug()).then().statusCode(200);
            assertThat(articles.publicCommentTarget(article.slug())).isPresent();
            staff().get(ADMIN + "/" + article.id()).then().statusCode(200).body("status", equalTo("SCHEDULED"));
            // meanwhile editors may still fix a typo without being told to pick a future date
            patch(article.id(), article.etag(), "{\"standfirst\": \"Chapô corrigé\"}")
                    .statusCode(200)
                    .header("ETag", "\"v1\"")
                    .body("status", equalTo("SCHEDULED"));

            // the job marks it PUBLISHED, keeping its date
            assertThat(service.publishDue()).isGreaterThanOrEqualTo(1);
            JsonPath published = staff().get(ADMIN + "/" + article.id()).then().spec(STAFF).statusCode(200)
                    .header("ETag", "\"v2\"")
                    .body("standfirst", equalTo("Chapô corrigé"))
                    .body("status", equalTo("PUBLISHED"))
                    .extract().jsonPath();
            assertThat(Instant.parse(published.getString("publishedAt"))).isEqualTo(due);
            given().get(PUBLIC + article.slug()).then().statusCode(200);

            // running it again changes nothing more
            service.publishDue();
            staff().get(ADMIN + "/" + article.id()).then().statusCode(200).header("ETag", "\"v2\"");
        } finally {
            clock.reset();
        }
    }

    @Test
    void dueArticlesArePublishedInBatchesOnceEvenByJobsRunningAtOnce() throws Exception {
        Instant due = Instant.now().plus(1, ChronoUnit.HOURS).truncatedTo(ChronoUnit.MILLIS);
        List<Fixtures.Created> scheduled = new ArrayList<>();
        for (int i = 0; i < 7; i++) {
            scheduled.add(Fixtures.article().status("SCHEDULED").publishedAt(due.plusMillis(i).toString()).create());
        }
        try {
            clock.advance(Duration.between(Instant.now(), due).plusMinutes(1));
            // three instances' jobs at once, each publishing two articles per transaction
            List<Callable<Integer>> jobs = new ArrayList<>();
            for (int i = 0; i < 3; i++) {
                jobs.add(() -> service.publishDue(2));
            }
            int published = Concurrently.run(jobs).stream().mapToInt(Integer::intValue).sum();

            assertThat(published).isGreaterThanOrEqualTo(scheduled.size());
            for (Fixtures.Created article : scheduled) {
                // published once: one version more, one PUBLISHED revision
                staff().get(ADMIN + "/" + article.id()).then().statusCode(200)
                        .header("ETag", "\"v1\"").body("status", equalTo("PUBLISHED"));
                assertThat(staff().get(ADMIN + "/" + article.id() + "/revisions").then().statusCode(200)
                        .extract().jsonPath().getList("items.action")).containsOnlyOnce("PUBLISHED");
            }
            assertThat(service.publishDue(2)).isZero();
        } finally {
            clock.reset();
        }
    }

    @Test
    void archivingRemovesTheArticleFromThePublicApi() {
        var article = Fixtures.article().create();
        given().get(PUBLIC + article.slug()).then().statusCode(200);

        changeStatus(article.id(), article.etag(), Map.of("status", "ARCHIVED"))
                .statusCode(200)
                .header("ETag", "\"v1\"")
                .body("status", equalTo("ARCHIVED"))
                .body("publishedAt", notNullValue());

        given().get(PUBLIC + article.slug()).then().statusCode(404).contentType(PROBLEM);
        staff().get(ADMIN + "/" + article.id()).then().statusCode(200).body("status", equalTo("ARCHIVED"));

        changeStatus(article.id(), "\"v1\"", Map.of("status", "PUBLISHED")).statusCode(200).body("status", equalTo("PUBLISHED"));
        given().get(PUBLIC + article.slug()).then().statusCode(200);
    }

    // ---- delete -------------------------------------------------------------------------

    @Test
    void deleteAnswers204ThenTheArticleIsGone() {
        var article = Fixtures.article().create();

        staff().header("If-Match", "\"v5\"").delete(ADMIN + "/" + article.id())
                .then().spec(STAFF).statusCode(412).contentType(PROBLEM);
        staff().get(ADMIN + "/" + article.id()).then().statusCode(200);

        staff().header("If-Match", article.etag()).delete(ADMIN + "/" + article.id())
                .then().spec(STAFF).statusCode(204).body(equalTo(""));

        staff().get(ADMIN + "/" + article.id()).then().spec(STAFF).statusCode(404).contentType(PROBLEM);
        given().get(PUBLIC + article.slug()).then().statusCode(404).contentType(PROBLEM);
        staff().header("If-Match", article.etag()).delete(ADMIN + "/" + article.id())
                .then().spec(STAFF).statusCode(404).contentType(PROBLEM);
    }

    @Test
    void deleteNeedsAStrongCurrentIfMatch() {
        var article = Fixtures.article().create();
        staff().delete(ADMIN + "/" + article.id()).then().spec(STAFF).statusCode(428)
                .contentType(PROBLEM)
                .body("type", equalTo("urn:kiosque:problem:precondition-required"));
        staff().header("If-Match", "W/" + article.etag()).delete(ADMIN + "/" + article.id())
                .then().spec(STAFF).statusCode(412).contentType(PROBLEM);
        staff().get(ADMIN + "/" + article.id()).then().statusCode(200);

        staff().header("If-Match", "\"v9\", " + article.etag()).delete(ADMIN + "/" + article.id())
                .then().spec(STAFF).statusCode(204);
        staff().get(ADMIN + "/" + article.id()).then().statusCode(404);
        staff().header("If-Match", "*").delete(ADMIN + "/" + article.id()).then().spec(STAFF).statusCode(404);
    }

    @Test
    void deletingARecommendedArticleLeavesTheOthersReadable() {
        var first = Fixtures.article().create();
        var second = Fixtures.article().create();
        var third = Fixtures.article().create();
        var recommending = Fixtures.article().with("related", List.of(first.slug(), second.slug(), third.slug())).create();

        staff().header("If-Match", second.etag()).delete(ADMIN + "/" + second.id()).then().statusCode(204);

        String etag = staff().get(ADMIN + "/" + recommending.id()).then().spec(STAFF).statusCode(200)
                .body("related.slug", contains(first.slug(), third.slug()))
                .extract().header("ETag");
        given().get(PUBLIC + recommending.slug()).then().statusCode(200)
                .body("related.slug", contains(first.slug(), third.slug()));
        patch(recommending.id(), etag, "{\"standfirst\": \"Toujours modifiable\"}")
                .statusCode(200)
                .body("related.slug", contains(first.slug(), third.slug()));
    }

    // ---- every staff answer -------------------------------------------------------------

    @Test
    void everyStaffAnswerIsPrivateAndNotStored() {
        var article = Fixtures.article().create();
        String path = ADMIN + "/" + article.id();

        staff().get(ADMIN).then().spec(STAFF).statusCode(200);
        staff().get(path).then().spec(STAFF).statusCode(200);
        staff().contentType(ContentType.JSON).body(Fixtures.article().body()).post(ADMIN).then().spec(STAFF).statusCode(201);
        replace(article.id(), article.etag(), Fixtures.article().body()).statusCode(200);
        patch(article.id(), "\"v1\"", "{\"standfirst\": \"x\"}").statusCode(200);
        changeStatus(article.id(), "\"v2\"", Map.of("status", "DRAFT")).statusCode(200);
        staff().queryParam("page", "zéro").get(ADMIN).then().spec(STAFF).statusCode(400);
        staff().contentType(ContentType.JSON).body("{").post(ADMIN).then().spec(STAFF).statusCode(400);
        given().get(path).then().spec(STAFF).statusCode(401).contentType(PROBLEM).header("WWW-Authenticate", "Bearer");
        given().header("Authorization", Tokens.bearer(Tokens.withRoles("moderator"))).get(path)
                .then().spec(STAFF).statusCode(403).contentType(PROBLEM);
        staff().delete(path).then().spec(STAFF).statusCode(428);
        staff().header("If-Match", "\"v3\"").delete(path).then().spec(STAFF).statusCode(204);
        staff().get(path).then().spec(STAFF).statusCode(404);
    }

    // ---- helpers ------------------------------------------------------------------------

    private static RequestSpecification staff() {
        return given().header("Authorization", Tokens.bearer(Tokens.editor()));
    }

    private static RequestSpecification ifMatch(RequestSpecification request, String etag) {
        return etag == null ? request : request.header("If-Match", etag);
    }

    private static ValidatableResponse replace(long id, String etag, Object body) {
        return ifMatch(staff(), etag).contentType(ContentType.JSON).body(body)
                .when().put(ADMIN + "/" + id)
                .then().spec(STAFF);
    }

    private static ValidatableResponse changeStatus(long id, String etag, Object body) {
        return ifMatch(staff(), etag).contentType(ContentType.JSON).body(body)
                .when().put(ADMIN + "/" + id + "/status")
                .then().spec(STAFF);
    }

    /** A JSON Merge Patch, sent as UTF-8 with exactly {@code Content-Type: application/merge-patch+json}. */
    private static ValidatableResponse patch(long id, String etag, String json) {
        return ifMatch(staff(), etag)
                .config(RestAssured.config().encoderConfig(
                        EncoderConfig.encoderConfig().appendDefaultContentCharsetToContentTypeIfUndefined(false)))
                .contentType(MERGE_PATCH)
                .body(json.getBytes(StandardCharsets.UTF_8))
                .when().patch(ADMIN + "/" + id)
                .then().spec(STAFF);
    }

    private static String suffix() {
        return UUID.randomUUID().toString().substring(0, 8);
    }
}
