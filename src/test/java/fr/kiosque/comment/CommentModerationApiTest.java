package fr.kiosque.comment;

import static fr.kiosque.comment.CommentFixtures.ADMIN;
import static fr.kiosque.comment.CommentFixtures.comments;
import static fr.kiosque.comment.CommentFixtures.moderator;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.nullValue;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import fr.kiosque.support.Fixtures;
import fr.kiosque.support.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;

/** The staff side: the queue, status changes with If-Match, bulk actions, deletion and staff replies. */
@QuarkusTest
class CommentModerationApiTest {

    @BeforeAll
    static void logFailures() {
        RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
    }

    @Test
    void theQueueListsAnArticlesPendingCommentsOldestFirstWithEmailAndAddressHash() {
        var article = Fixtures.article().create();
        String client = Tokens.randomClient();
        long first = given().contentType(ContentType.JSON).header("X-Forwarded-For", client)
                .body(Map.of("authorName", "Sandra", "authorEmail", "sandra.moderation@example.org", "body", "Premier."))
                .post(comments(article.slug())).then().statusCode(202).extract().<Integer> path("id").longValue();
        long second = given().contentType(ContentType.JSON).header("X-Forwarded-For", client)
                .body(CommentFixtures.body("Yves", "Deuxième.", null))
                .post(comments(article.slug())).then().statusCode(202).extract().<Integer> path("id").longValue();
        long approved = CommentFixtures.approved(article.slug(), "Eva", "Déjà publié.", null);

        JsonPath queue = moderator().queryParam("status", "PENDING").queryParam("article", article.id()).get(ADMIN)
                .then().statusCode(200)
                .header("Cache-Control", "private, no-store")
                .body("items.id", contains((int) first, (int) second))
                .body("items[0].authorEmail", equalTo("sandra.moderation@example.org"))
                .body("items[0].ipHash", matchesPattern("[0-9a-f]{64}"))
                .body("items[0].article.id", is((int) article.id()))
                .body("items[0].article.slug", equalTo(article.slug()))
                .body("items[0].status", equalTo("PENDING"))
                .extract().jsonPath();
        assertThat(queue.getMap("items[0]").keySet()).containsExactlyInAnyOrder("id", "article", "parentId", "authorName",
                "authorEmail", "ipHash", "body", "status", "staff", "createdAt", "updatedAt", "version");
        // same address, same hash; never the address itself
        assertThat(queue.getString("items[1].ipHash")).isEqualTo(queue.getString("items[0].ipHash"));
        assertThat(queue.prettify()).doesNotContain(client);

        moderator().queryParam("article", article.id()).queryParam("sort", "newest").get(ADMIN).then().statusCode(200)
                .body("items.id", contains((int) approved, (int) second, (int) first));
        moderator().queryParam("status", "APPROVED").queryParam("article", article.id()).get(ADMIN).then().statusCode(200)
                .body("items.id", contains((int) approved));
        moderator().queryParam("status", "PENDING").queryParam("article", article.id()).queryParam("size", 1).get(ADMIN)
                .then().spec(fr.kiosque.support.PageSpecs.firstOfSeveralPagesOfOne());
        moderator().queryParam("status", "ATTENTE").get(ADMIN).then().statusCode(400).body("errors[0].field", equalTo("status"));
        moderator().queryParam("article", "douze").get(ADMIN).then().statusCode(400).body("errors[0].field", equalTo("article"));
    }

    @Test
    void aStatusChangeNeedsTheCurrentETagAndMovesTheCount() {
        var article = Fixtures.article().create();
        long id = CommentFixtures.post(article.slug(), "Eva", "À modérer.", null).<Integer> path("id").longValue();
        String path = ADMIN + "/" + id;

        String etag = moderator().get(path).then().statusCode(200).header("ETag", "\"v0\"").extract().header("ETag");
        moderator().contentType(ContentType.JSON).body(Map.of("status", "APPROVED")).patch(path).then().statusCode(428);
        moderator().contentType(ContentType.JSON).header("If-Match", "\"v7\"").body(Map.of("status", "APPROVED"))
                .patch(path).then().statusCode(412);
        moderator().contentType(ContentType.JSON).header("If-Match", etag).body(Map.of("status", "PLUS_TARD"))
                .patch(path).then().statusCode(400);
        moderator().contentType("application/merge-patch+json").header("If-Match", etag).body("{\"status\": \"APPROVED\"}")
                .patch(path).then().statusCode(200).header("ETag", "\"v1\"").body("status", equalTo("APPROVED"));
        given().get("/api/v1/articles/" + article.slug()).then().body("commentCount", is(1));
        given().get(comments(article.slug())).then().body("items", hasSize(1));

        moderator().contentType(ContentType.JSON).header("If-Match", "\"v1\"").body(Map.of("status", "REJECTED"))
                .patch(path).then().statusCode(200).header("ETag", "\"v2\"");
        given().get("/api/v1/articles/" + article.slug()).then().body("commentCount", is(0));
        given().get(comments(article.slug())).then().body("items", hasSize(0));

        moderator().contentType(ContentType.JSON).header("If-Match", "*").body(Map.of("status", "APPROVED"))
                .patch(ADMIN + "/999999999").then().statusCode(404);
    }

    @Test
    void aRejectedCommentWithPublishedRepliesReadsAsDeleted() {
        var article = Fixtures.article().create();
        long parent = CommentFixtures.approved(article.slug(), "Hauri", "Propos à retirer.", null);
        long reply = CommentFixtures.approved(article.slug(), "Yves", "Une réponse correcte.", parent);
        CommentFixtures.setStatus(parent, "REJECTED");

        given().get(comments(article.slug())).then().statusCode(200)
                .body("items[0].id", is((int) parent))
                .body("items[0].deleted", is(true))
                .body("items[0].authorName", nullValue())
                .body("items[0].body", equalTo("commentaire supprimé"))
                .body("items[0].replies[0].id", is((int) reply));
        given().get("/api/v1/articles/" + article.slug()).then().body("commentCount", is(1));
    }

    @Test
    void aBulkActionReportsEachCommentAndChangesThemInOneGo() {
        var article = Fixtures.article().create();
        long a = CommentFixtures.post(article.slug(), "Un", "Premier.", null).<Integer> path("id").longValue();
        long b = CommentFixtures.post(article.slug(), "Deux", "Deuxième.", null).<Integer> path("id").longValue();
        long already = CommentFixtures.approved(article.slug(), "Trois", "Déjà publié.", null);

        moderator().contentType(ContentType.JSON)
                .body(Map.of("ids", List.of(a, b, already, 999_999_999L, a), "status", "APPROVED"))
                .post(ADMIN + "/bulk")
                .then().statusCode(200)
                .body("status", equalTo("APPROVED"))
                .body("results.id", contains((int) a, (int) b, (int) already, 999_999_999, (int) a))
                .body("results.outcome", contains("UPDATED", "UPDATED", "UNCHANGED", "NOT_FOUND", "UPDATED"))
                .body("results.version", contains(1, 1, 1, null, 1));
        given().get("/api/v1/articles/" + article.slug()).then().body("commentCount", is(3));
        given().get(comments(article.slug())).then().body("items", hasSize(3));

        moderator().contentType(ContentType.JSON).body(Map.of("ids", List.of(), "status", "SPAM"))
                .post(ADMIN + "/bulk").then().statusCode(400).body("errors[0].field", equalTo("ids"));
    }

    @Test
    void aBulkActionNamesOneHundredCommentsAtMost() {
        var article = Fixtures.article().create();
        long id = CommentFixtures.post(article.slug(), "Cent", "Le premier de cent.", null).<Integer> path("id").longValue();
        List<Long> hundred = new java.util.ArrayList<>(java.util.Collections.nCopies(99, 999_999_999L));
        hundred.add(0, id);

        moderator().contentType(ContentType.JSON).body(Map.of("ids", plus(hundred, 999_999_998L), "status", "APPROVED"))
                .post(ADMIN + "/bulk")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", contains("ids"));
        given().get("/api/v1/articles/" + article.slug()).then().body("commentCount", is(0));

        moderator().contentType(ContentType.JSON).body(Map.of("ids", hundred, "status", "APPROVED"))
                .post(ADMIN + "/bulk")
                .then().statusCode(200)
                .body("results", hasSize(100))
                .body("results[0].outcome", equalTo("UPDATED"));
        given().get("/api/v1/articles/" + article.slug()).then().body("commentCount", is(1));
    }

    private static <T> List<T> plus(List<T> list, T one) {
        List<T> more = new java.util.ArrayList<>(list);
        more.add(one);
        return more;
    }

    @Test
    void aModeratorDeletesWithIfMatch() {
        var article = Fixtures.article().create();
        long id = CommentFixtures.approved(article.slug(), "Eva", "À supprimer.", null);
        moderator().delete(ADMIN + "/" + id).then().statusCode(428);
        moderator().header("If-Match", "\"v0\"").delete(ADMIN + "/" + id).then().statusCode(412);
        moderator().header("If-Match", "\"v1\"").delete(ADMIN + "/" + id).then().statusCode(204);
        moderator().header("If-Match", "\"v1\"").delete(ADMIN + "/" + id).then().statusCode(404);
        given().get(comments(article.slug())).then().body("items", hasSize(0));
        given().get("/api/v1/articles/" + article.slug()).then().body("commentCount", is(0));
    }

    @Test
    void theEditorialTeamRepliesAsLaRedactionApprovedAtOnceEvenWhenCommentsAreClosed() {
        var article = Fixtures.article().create();
        long sandra = CommentFixtures.approved(article.slug(), "Sandra", "Le film s’appelle The social dilemma il me semble", null);
        long yves = CommentFixtures.approved(article.slug(), "Yves", "Le rapport signal/bruit baisse.", null);
        String path = "/api/v1/admin/articles/" + article.id() + "/comments";

        var created = given().header("Authorization", Tokens.bearer(Tokens.editor())).contentType(ContentType.JSON)
                .body(Map.of("body", "Merci pour les commentaires.\n@Sandra : oui c’est ça\n@Yves : intéressant.", "parentId", yves))
                .post(path)
                .then().statusCode(201)
                .header("ETag", "\"v0\"")
                .body("authorName", equalTo("La rédaction"))
                .body("staff", is(true))
                .body("status", equalTo("APPROVED"))
                .body("ipHash", nullValue())
                .body("authorEmail", equalTo("tokens-editor@kiosque.test"))
                .extract();
        long reply = created.<Integer> path("id").longValue();
        assertThat(created.header("Location")).endsWith(ADMIN + "/" + reply);

        given().get(comments(article.slug())).then().statusCode(200)
                .body("items[1].replies[0].id", is((int) reply))
                .body("items[1].replies[0].staff", is(true))
                .body("items[1].replies[0].authorName", equalTo("La rédaction"))
                .body("items[1].replies[0].mentions.commentId", contains((int) sandra, (int) yves));
        given().get("/api/v1/articles/" + article.slug()).then().body("commentCount", is(3));

        // closed to readers, open to the newsroom; the article is named by id, any status
        var closed = Fixtures.article().with("commentsOpen", false).create();
        moderator().contentType(ContentType.JSON).body(Map.of("body", "La rédaction répond."))
                .post("/api/v1/admin/articles/" + closed.id() + "/comments").then().statusCode(201);
        moderator().contentType(ContentType.JSON).body(Map.of("body", "Réponse.", "parentId", sandra))
                .post("/api/v1/admin/articles/" + closed.id() + "/comments").then().statusCode(422)
                .body("errors[0].field", equalTo("parentId"));
        moderator().contentType(ContentType.JSON).body(Map.of("body", "x"))
                .post(path).then().statusCode(400).body("errors[0].field", equalTo("body"));
        given().header("Authorization", Tokens.bearer(Tokens.withRoles("recruiter"))).contentType(ContentType.JSON)
                .body(Map.of("body", "Pas mon rôle.")).post(path).then().statusCode(403);
        given().header("Authorization", Tokens.bearer(Tokens.editor())).get(ADMIN).then().statusCode(403);
    }

    @Test
    void moderationInvalidatesCachedArticleAnswers() {
        var article = Fixtures.article().create();
        long id = CommentFixtures.post(article.slug(), "Eva", "Compte-moi.", null).<Integer> path("id").longValue();
        given().get("/api/v1/articles/" + article.slug()).then().body("commentCount", is(0));
        given().get("/api/v1/articles/" + article.slug()).then().header("X-Kiosque-Cache", "HIT").body("commentCount", is(0));
        CommentFixtures.setStatus(id, "APPROVED");
        given().get("/api/v1/articles/" + article.slug()).then().header("X-Kiosque-Cache", "MISS").body("commentCount", is(1));
    }
}
