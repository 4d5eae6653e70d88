package fr.kiosque.article;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import fr.kiosque.support.Concurrently;
import fr.kiosque.support.Fixtures;
import fr.kiosque.support.TestClock;
import fr.kiosque.support.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

/** Preview links and revisions (docs/previews.md). */
@QuarkusTest
class ArticleWorkflowApiTest {

    private static final String ADMIN = "/api/v1/admin/articles/";
    private static final String PUBLIC = "/api/v1/articles/";
    private static final String PROBLEM = "application/problem+json";
    private static final List<String> DETAIL_FIELDS = List.of("slug", "title", "standfirst", "body", "pullQuotes",
            "coverImage", "section", "tags", "authors", "publishedAt", "updatedAt", "readingTimeMinutes", "seo",
            "commentsOpen", "commentCount", "related");

    @Inject
    TestClock clock;

    @Inject
    PublishDueArticles service;

    @Inject
    PreviewsConfig previewsConfig;

    @Inject
    DataSource dataSource;

    @BeforeAll
    static void logFailures() {
        RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
    }

    private static RequestSpecification editor() {
        return given().header("Authorization", Tokens.bearer(Tokens.editor()));
    }

    private static JsonPath previewToken(long id) {
        return editor().post(ADMIN + id + "/preview-token").then().statusCode(200)
                .header("Cache-Control", "private, no-store").extract().jsonPath();
    }

    private static ExtractableResponse<Response> patch(long id, String etag, String json) {
        return editor().contentType(ContentType.JSON).header("If-Match", etag).body(json)
                .when().patch(ADMIN + id).then().statusCode(200).extract();
    }

    // ---- previews -------------------------------------------------------------------------

    @Test
    void aPreviewShowsADraftAsItStandsPrivatelyAndOnlyForItsArticle() {
        var draft = Fixtures.article().status("DRAFT").with("standfirst", null).with("body", null).create();
        JsonPath token = previewToken(draft.id());
        assertThat(token.getMap("")).containsOnlyKeys("token", "expiresAt", "path");
        assertThat(token.getString("path")).isEqualTo(PUBLIC + draft.slug() + "?preview=" + token.getString("token"));
        Instant expiresAt = Instant.parse(token.getString("expiresAt"));
        assertThat(expiresAt).isBetween(Instant.now().plus(Duration.ofHours(24)).minusSeconds(60),
                Instant.now().plus(Duration.ofHours(24)).plusSeconds(60));

        given().get(PUBLIC + draft.slug()).then().statusCode(404);
        JsonPath preview = given().queryParam("preview", token.getString("token")).get(PUBLIC + draft.slug())
                .then().statusCode(200)
                .header("Cache-Control", "private, no-store")
                .header("X-Kiosque-Cache", nullValue())
                .header("ETag", nullValue())
                .extract().jsonPath();
        assertThat(preview.getMap("")).containsOnlyKeys(DETAIL_FIELDS.toArray(String[]::new));
        assertThat(preview.getString("slug")).isEqualTo(draft.slug());
        assertThat(preview.getString("body")).isEmpty();
        assertThat(preview.getString("publishedAt")).isNull();
        // the preview follows the draft as it changes
        patch(draft.id(), draft.etag(), "{\"standfirst\": \"Chapô du brouillon\"}");
        given().queryParam("preview", token.getString("token")).get(PUBLIC + draft.slug())
                .then().statusCode(200).body("standfirst", equalTo("Chapô du brouillon"));
        // and the public still sees nothing: no preview answer was stored for it
        given().get(PUBLIC + draft.slug()).then().statusCode(404);
        given().get(PUBLIC + draft.slug()).then().statusCode(404);

        // a token opens its own article only
        var other = Fixtures.article().create();
        given().queryParam("preview", token.getString("token")).get(PUBLIC + other.slug())
                .then().statusCode(403).contentType(PROBLEM).header("Cache-Control", "private, no-store");
    }

    @Test
    void forgedMalformedAndExpiredTokensAreRefused() {
        var draft = Fixtures.article().status("DRAFT").create();
        String token = previewToken(draft.id()).getString("token");
        String[] parts = token.split("\\.");
        for (String bad : List.of("", "nimportequoi", parts[0] + "." + parts[1] + ".AAAA",
                parts[0] + "." + (Long.parseLong(parts[1]) + 3600) + "." + parts[2],
                (draft.id() + 1) + "." + parts[1] + "." + parts[2], "a.b.c", parts[0] + "." + parts[1] + ".%%%")) {
            given().queryParam("preview", bad).get(PUBLIC + draft.slug())
                    .then().statusCode(401).contentType(PROBLEM)
                    .header("WWW-Authenticate", "Preview-Token")
                    .header("Cache-Control", "private, no-store")
                    .body("type", equalTo("urn:kiosque:problem:unauthorized"));
        }
        try {
            clock.advance(Duration.ofHours(24).plusMinutes(1));
            given().queryParam("preview", token).get(PUBLIC + draft.slug())
                    .then().statusCode(401).body("detail", org.hamcrest.Matchers.containsString("expiré"));
        } finally {
            clock.reset();
        }
        // the article is gone: its token opens nothing
        String gone = previewToken(draft.id()).getString("token");
        assertThat(Fixtures.delete(ADMIN + draft.id())).isEqualTo(204);
        given().queryParam("preview", gone).get(PUBLIC + draft.slug()).then().statusCode(404).contentType(PROBLEM);
        editor().post(ADMIN + draft.id() + "/preview-token").then().statusCode(404).contentType(PROBLEM);
    }

    @Test
    void anotherInstanceAcceptsTheTokenAndTheSecretSurvivesARestart() {
        var draft = Fixtures.article().status("DRAFT").create();
        String token = previewToken(draft.id()).getString("token");
        // a second instance: same database, its own memory
        PreviewTokens other = new PreviewTokens(dataSource, previewsConfig, clock);
        assertThat(other.verify(token)).isEqualTo(draft.id());
        assertThat(new PreviewTokens(dataSource, previewsConfig, clock).issue(draft.id()).token().split("\\.")[2])
                .isNotBlank();
        String issuedElsewhere = other.issue(draft.id()).token();
        given().queryParam("preview", issuedElsewhere).get(PUBLIC + draft.slug()).then().statusCode(200);
    }

    @Test
    void previewsNeverReadNorWriteThePublicCache() {
        var article = Fixtures.article().create();
        String token = previewToken(article.id()).getString("token");
        // public answers are cached…
        given().get(PUBLIC + article.slug()).then().statusCode(200).header("X-Kiosque-Cache", "MISS");
        given().get(PUBLIC + article.slug()).then().statusCode(200).header("X-Kiosque-Cache", "HIT")
                .header("Cache-Control", org.hamcrest.Matchers.startsWith("public"));
        // …but a preview is computed every time, never from the cache nor into it
        for (int i = 0; i < 2; i++) {
            given().queryParam("preview", token).get(PUBLIC + article.slug()).then().statusCode(200)
                    .header("X-Kiosque-Cache", nullValue()).header("Cache-Control", "private, no-store");
        }
        // an unpublished edit shows in the preview only once the article is back to draft
        String etag = Fixtures.etag(ADMIN + article.id());
        editor().contentType(ContentType.JSON).header("If-Match", etag).body(Map.of("status", "DRAFT"))
                .when().put(ADMIN + article.id() + "/status").then().statusCode(200);
        given().get(PUBLIC + article.slug()).then().statusCode(404);
        given().queryParam("preview", token).get(PUBLIC + article.slug()).then().statusCode(200)
                .header("Cache-Control", "private, no-store");
        given().get(PUBLIC + article.slug()).then().statusCode(404);
        // a route that takes no preview ignores the parameter (common/http/cache/PublicRoutes): the public list
        given().queryParam("preview", "faux").get("/api/v1/articles").then().statusCode(200)
                .header("Cache-Control", org.hamcrest.Matchers.startsWith("public"));
    }

    // ---- revisions ------------------------------------------------------------------------

    @Test
    void everyChangeIsARevisionThatCanBeReadAndRestored() {
        var article = Fixtures.article().status("DRAFT").title("Titre d'origine").create();
        String etag = patch(article.id(), article.etag(), "{\"title\": \"Titre revu\", \"standfirst\": \"Chapô revu\"}").header("ETag");
        etag = editor().contentType(ContentType.JSON).header("If-Match", etag).body(Map.of("status", "PUBLISHED"))
                .when().put(ADMIN + article.id() + "/status").then().statusCode(200).extract().header("ETag");
        // a change that changes nothing is no revision
        etag = patch(article.id(), etag, "{\"title\": \"Titre revu\"}").header("ETag");

        JsonPath list = editor().get(ADMIN + article.id() + "/revisions").then().statusCode(200)
                .header("Cache-Control", "private, no-store")
                .body("items", hasSize(3)).body("page.totalItems", equalTo(3))
                .extract().jsonPath();
        assertThat(list.getMap("items[0]")).containsOnlyKeys("id", "action", "actor", "createdAt", "updatedAt", "changedFields");
        assertThat(list.getList("items.action")).containsExactly("PUBLISHED", "UPDATED", "CREATED");
        assertThat(list.getList("items[0].changedFields")).contains("status");
        assertThat(list.getList("items[1].changedFields")).containsExactlyInAnyOrder("title", "standfirst");
        assertThat(list.getList("items.actor")).containsOnly("tokens-editor@kiosque.test");
        long created = list.getLong("items[2].id");

        JsonPath whole = editor().get(ADMIN + article.id() + "/revisions/" + created).then().statusCode(200)
                .extract().jsonPath();
        assertThat(whole.getMap("")).containsOnlyKeys("id", "articleId", "action", "actor", "createdAt", "updatedAt", "changedFields",
                "article");
        assertThat(whole.getString("article.title")).isEqualTo("Titre d'origine");
        assertThat(whole.getString("article.status")).isEqualTo("DRAFT");

        // restoring puts the old text back, keeps today's status, and is a revision itself
        editor().header("If-Match", etag).post(ADMIN + article.id() + "/revisions/" + created + "/restore")
                .then().statusCode(200).header("Cache-Control", "private, no-store")
                .body("title", equalTo("Titre d'origine")).body("status", equalTo("PUBLISHED"));
        given().get(PUBLIC + article.slug()).then().statusCode(200).body("title", equalTo("Titre d'origine"));
        editor().get(ADMIN + article.id() + "/revisions?size=1").then().statusCode(200)
                .header("Link", org.hamcrest.Matchers.containsString("rel=\"next\""))
                .body("items[0].action", equalTo("RESTORED"))
                .body("items[0].changedFields", equalTo(List.of("title", "standfirst")))
                .body("page.totalItems", equalTo(4));

        // errors
        editor().header("If-Match", etag).post(ADMIN + article.id() + "/revisions/" + created + "/restore")
                .then().statusCode(412).contentType(PROBLEM);
        editor().post(ADMIN + article.id() + "/revisions/" + created + "/restore").then().statusCode(428).contentType(PROBLEM);
        editor().header("If-Match", "*").post(ADMIN + article.id() + "/revisions/999999999/restore").then().statusCode(404);
        editor().get(ADMIN + article.id() + "/revisions/999999999").then().statusCode(404).contentType(PROBLEM);
        editor().get(ADMIN + "999999999/revisions").then().statusCode(404).contentType(PROBLEM);
        editor().get(ADMIN + article.id() + "/revisions?page=0").then().statusCode(400).contentType(PROBLEM);
        // another article's revision is not this one's
        var other = Fixtures.article().create();
        editor().get(ADMIN + other.id() + "/revisions/" + created).then().statusCode(404);
    }

    /** An autosaving frontend: one editor's saves within 10 minutes of their revision's first are one revision. */
    @Test
    void anEditorsConsecutiveSavesMakeOneRevisionUntilAnotherChangeOrTheWindowEndsIt() {
        var article = Fixtures.article().status("DRAFT").create();
        String etag = patch(article.id(), article.etag(), "{\"title\": \"Premier jet\"}").header("ETag");
        etag = patch(article.id(), etag, "{\"standfirst\": \"Un chapô repris\"}").header("ETag");
        etag = patch(article.id(), etag, "{\"title\": \"Deuxième jet\", \"body\": \"<p>Le texte avance.</p>\"}").header("ETag");

        JsonPath list = editor().get(ADMIN + article.id() + "/revisions").then().statusCode(200).extract().jsonPath();
        assertThat(list.getList("items.action")).containsExactly("UPDATED", "CREATED");
        assertThat(list.getList("items[0].changedFields")).containsExactly("title", "standfirst", "body");
        assertThat(Instant.parse(list.getString("items[0].updatedAt"))).isAfter(Instant.parse(list.getString("items[0].createdAt")));
        assertThat(list.getString("items[1].updatedAt")).isEqualTo(list.getString("items[1].createdAt"));
        editor().get(ADMIN + article.id() + "/revisions/" + list.getLong("items[0].id")).then().statusCode(200)
                .body("article.title", equalTo("Deuxième jet")).body("article.standfirst", equalTo("Un chapô repris"))
                .body("article.body", equalTo("<p>Le texte avance.</p>"));

        // another editor's save starts a revision, and so does the first editor's next one
        etag = given().header("Authorization", Tokens.bearer(Tokens.admin())).contentType(ContentType.JSON).header("If-Match", etag)
                .body("{\"title\": \"Titre de la cheffe\"}").when().patch(ADMIN + article.id()).then().statusCode(200)
                .extract().header("ETag");
        etag = patch(article.id(), etag, "{\"title\": \"Titre repris\"}").header("ETag");
        // a change of status too, and the save after it
        etag = editor().contentType(ContentType.JSON).header("If-Match", etag).body(Map.of("status", "PUBLISHED"))
                .when().put(ADMIN + article.id() + "/status").then().statusCode(200).extract().header("ETag");
        etag = patch(article.id(), etag, "{\"standfirst\": \"Chapô publié\"}").header("ETag");
        // past the window of the revision's first save
        try {
            clock.advance(Duration.ofMinutes(11));
            patch(article.id(), etag, "{\"standfirst\": \"Chapô du lendemain\"}");
        } finally {
            clock.reset();
        }

        editor().get(ADMIN + article.id() + "/revisions").then().statusCode(200)
                .body("items.action", equalTo(List.of("UPDATED", "UPDATED", "PUBLISHED", "UPDATED", "UPDATED", "UPDATED", "CREATED")))
                .body("items.actor[4]", equalTo("tokens-admin@kiosque.test"))
                .body("items[0].changedFields", equalTo(List.of("standfirst")));
    }

    /** Six parallel autosaves of six fields, each retried on 412: every edit is in the article and in its one revision. */
    @Test
    void parallelSavesOfOneEditorLoseNothingAndOpenOneRevision() throws Exception {
        var article = Fixtures.article().status("DRAFT").create();
        List<String> edits = List.of("{\"title\": \"Titre parallèle\"}", "{\"standfirst\": \"Chapô parallèle\"}",
                "{\"body\": \"<p>Corps parallèle.</p>\"}", "{\"metaTitle\": \"Titre SEO parallèle\"}",
                "{\"metaDescription\": \"Description parallèle\"}", "{\"commentsOpen\": false}");
        List<Integer> attempts = Concurrently.times(edits.size(), i -> {
            for (int attempt = 1; ; attempt++) {
                String etag = editor().get(ADMIN + article.id()).then().statusCode(200).extract().header("ETag");
                int status = editor().contentType(ContentType.JSON).header("If-Match", etag).body(edits.get(i))
                        .when().patch(ADMIN + article.id()).then().extract().statusCode();
                if (status == 200) {
                    return attempt;
                }
                assertThat(status).as("a lost race is a 412").isEqualTo(412);
            }
        });
        assertThat(attempts).hasSize(edits.size());

        JsonPath list = editor().get(ADMIN + article.id() + "/revisions").then().statusCode(200).extract().jsonPath();
        assertThat(list.getList("items.action")).containsExactly("UPDATED", "CREATED");
        assertThat(list.getList("items[0].changedFields")).containsExactlyInAnyOrder("title", "standfirst", "body", "metaTitle",
                "metaDescription", "commentsOpen");
        JsonPath revision = editor().get(ADMIN + article.id() + "/revisions/" + list.getLong("items[0].id")).then().statusCode(200)
                .extract().jsonPath();
        JsonPath current = editor().get(ADMIN + article.id()).then().statusCode(200).extract().jsonPath();
        for (String field : List.of("title", "standfirst", "body", "metaTitle", "metaDescription", "commentsOpen")) {
            assertThat(revision.getString("article." + field)).as(field).isEqualTo(current.getString(field)).isNotNull();
        }
        assertThat(current.getBoolean("commentsOpen")).isFalse();
    }

    @Test
    void aRestoreTheArticleCanNoLongerTakeIsRefused() {
        // 422: an incomplete version cannot come back on a published article
        var article = Fixtures.article().status("DRAFT").with("standfirst", null).create();
        long incomplete = editor().get(ADMIN + article.id() + "/revisions").then().statusCode(200)
                .extract().jsonPath().getLong("items[0].id");
        String etag = patch(article.id(), article.etag(), "{\"standfirst\": \"Chapô\", \"status\": \"PUBLISHED\"}").header("ETag");
        editor().header("If-Match", etag).post(ADMIN + article.id() + "/revisions/" + incomplete + "/restore")
                .then().statusCode(422).contentType(PROBLEM).body("errors.field", org.hamcrest.Matchers.hasItem("standfirst"));

        // 409: the slug of that version has since gone to another article
        String oldSlug = article.slug();
        etag = patch(article.id(), etag, "{\"slug\": \"" + oldSlug + "-renomme\"}").header("ETag");
        Fixtures.article().with("slug", oldSlug).create();
        editor().header("If-Match", etag).post(ADMIN + article.id() + "/revisions/" + incomplete + "/restore")
                .then().statusCode(409).contentType(PROBLEM);
    }

    @Test
    void aScheduledPublicationIsRecordedWithoutAnActor() {
        Instant due = Instant.now().plus(1, ChronoUnit.HOURS).truncatedTo(ChronoUnit.MILLIS);
        var article = Fixtures.article().status("SCHEDULED").publishedAt(due.toString()).create();
        try {
            clock.advance(Duration.ofHours(1).plusSeconds(1));
            assertThat(service.publishDue()).isGreaterThanOrEqualTo(1);
        } finally {
            clock.reset();
        }
        editor().get(ADMIN + article.id() + "/revisions").then().statusCode(200)
                .body("items.action", equalTo(List.of("PUBLISHED", "CREATED")))
                .body("items[0].actor", nullValue())
                .body("items[0].changedFields", equalTo(List.of("status")));
    }

    @Test
    void anArticleOlderThanRevisionsKeepsItsFirstStateAsABaseline() throws Exception {
        var article = Fixtures.article().title("Avant les versions").create();
        try (var connection = dataSource.getConnection(); var statement = connection.createStatement()) {
            statement.executeUpdate("delete from article_revision where article_id = " + article.id());
        }
        patch(article.id(), article.etag(), "{\"title\": \"Après les versions\"}");
        JsonPath list = editor().get(ADMIN + article.id() + "/revisions").then().statusCode(200).extract().jsonPath();
        assertThat(list.getList("items.action")).containsExactly("UPDATED", "BASELINE");
        assertThat(list.getList("items[1].changedFields")).isEmpty();
        editor().get(ADMIN + article.id() + "/revisions/" + list.getLong("items[1].id")).then().statusCode(200)
                .body("article.title", equalTo("Avant les versions"));
    }

    @Test
    void parallelRestoresAndPreviewTokensNeitherFailNorDouble() throws Exception {
        var article = Fixtures.article().create();
        String etag = patch(article.id(), article.etag(), "{\"title\": \"Une autre version\"}").header("ETag");
        long created = editor().get(ADMIN + article.id() + "/revisions").then().extract().jsonPath().getLong("items[1].id");
        List<Callable<Integer>> calls = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            calls.add(() -> editor().header("If-Match", etag).post(ADMIN + article.id() + "/revisions/" + created + "/restore")
                    .then().extract().statusCode());
            calls.add(() -> editor().post(ADMIN + article.id() + "/preview-token").then().extract().statusCode());
        }
        List<Integer> statuses = Concurrently.run(calls);
        assertThat(statuses).containsOnly(200, 412);
        assertThat(statuses.stream().filter(s -> s == 412)).hasSize(7);
        editor().get(ADMIN + article.id() + "/revisions").then().statusCode(200)
                .body("items.action", equalTo(List.of("RESTORED", "UPDATED", "CREATED")));
    }
}
