package fr.kiosque.comment;

import static fr.kiosque.comment.CommentFixtures.comments;
import static fr.kiosque.comment.CommentFixtures.moderator;
import static fr.kiosque.comment.CommentFixtures.reader;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import fr.kiosque.support.Fixtures;
import fr.kiosque.support.TestClock;
import fr.kiosque.support.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;

/** The readers' side: posting, reading threads, mentions, plain text, deletion tokens, and each abuse rule. */
@QuarkusTest
class CommentPublicApiTest {

    @Inject
    TestClock clock;

    @BeforeAll
    static void logFailures() {
        RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
    }

    @Test
    void aPostedCommentWaitsForModerationThenShowsWithExactlyItsPublicFields() {
        var article = Fixtures.article().create();
        given().get("/api/v1/articles/" + article.slug()).then().statusCode(200).body("commentCount", is(0));
        given().get(comments(article.slug())).then().statusCode(200).body("items", hasSize(0)).body("page.totalItems", is(0));

        ExtractableResponse<Response> accepted = reader()
                .body(Map.of("authorName", "Sandra", "authorEmail", "Sandra@Example.org",
                        "body", "Le film s’appelle The social dilemma il me semble"))
                .when().post(comments(article.slug()))
                .then().statusCode(202)
                .body("status", equalTo("PENDING"))
                .body("deletionToken", matchesPattern("[A-Za-z0-9_-]{43}"))
                .body("commenterToken", matchesPattern("[A-Za-z0-9_-]{43}"))
                .extract();
        assertThat(accepted.jsonPath().getMap("").keySet()).containsExactlyInAnyOrder("id", "status", "deletionToken",
                "commenterToken");
        long id = accepted.<Integer> path("id").longValue();

        // pending: invisible, not counted
        given().get(comments(article.slug())).then().statusCode(200).body("items", hasSize(0));
        given().get("/api/v1/articles/" + article.slug()).then().statusCode(200).body("commentCount", is(0));

        CommentFixtures.setStatus(id, "APPROVED");

        JsonPath thread = given().get(comments(article.slug())).then().statusCode(200)
                .body("items", hasSize(1))
                .body("page.totalItems", is(1))
                .body("items[0].id", is((int) id))
                .body("items[0].authorName", equalTo("Sandra"))
                .body("items[0].staff", is(false))
                .body("items[0].deleted", is(false))
                .body("items[0].parentId", nullValue())
                .body("items[0].replyCount", is(0))
                .extract().jsonPath();
        assertThat(thread.getMap("items[0]").keySet()).containsExactlyInAnyOrder("id", "parentId", "authorName", "staff",
                "body", "deleted", "createdAt", "replyCount", "mentions", "replies");
        assertThat(thread.prettify()).doesNotContainIgnoringCase("example.org").doesNotContain("ipHash").doesNotContain("status");
        given().get("/api/v1/articles/" + article.slug()).then().statusCode(200).body("commentCount", is(1));
        given().queryParam("section", sectionOf(article.slug())).get("/api/v1/articles")
                .then().statusCode(200).body("items[0].commentCount", is(1));
    }

    @Test
    void theThreadIsACachedPublicReadThatApprovalsInvalidateButPendingPostsDoNot() {
        var article = Fixtures.article().create();
        long first = CommentFixtures.approved(article.slug(), "Yves", "Le rapport signal/bruit baisse.", null);

        var miss = given().get(comments(article.slug())).then().statusCode(200).extract();
        assertThat(miss.header("X-Kiosque-Cache")).isEqualTo("MISS");
        assertThat(miss.header("Cache-Control")).startsWith("public");
        given().header("If-None-Match", miss.header("ETag")).get(comments(article.slug())).then().statusCode(304);

        long pending = CommentFixtures.post(article.slug(), "Eva", "Savoir s’adapter est un prérequis.", null)
                .<Integer> path("id").longValue();
        given().get(comments(article.slug())).then().statusCode(200).header("X-Kiosque-Cache", "HIT")
                .body("items.id", contains((int) first));

        CommentFixtures.setStatus(pending, "APPROVED");
        given().get(comments(article.slug())).then().statusCode(200).header("X-Kiosque-Cache", "MISS")
                .body("items.id", contains((int) first, (int) pending));
    }

    @Test
    void repliesNestUpToTheDepthLimitAndDeeperOnesAttachToTheLastLevel() {
        var article = Fixtures.article().create();
        String slug = article.slug();
        long a = CommentFixtures.approved(slug, "Anne", "Premier niveau.", null);
        long b = CommentFixtures.approved(slug, "Bruno", "Deuxième niveau.", a);
        long c = CommentFixtures.approved(slug, "Chloé", "Troisième niveau.", b);
        long d = CommentFixtures.approved(slug, "David", "Quatrième niveau, rangé au troisième.", c);
        long e = CommentFixtures.approved(slug, "Emma", "Cinquième niveau, rangé au troisième.", d);
        long f = CommentFixtures.approved(slug, "Fanny", "Autre réponse au deuxième niveau.", a);
        CommentFixtures.post(slug, "Gilles", "Réponse en attente.", b); // pending: not shown, not counted

        given().get(comments(slug)).then().statusCode(200)
                .body("items", hasSize(1))
                .body("items[0].id", is((int) a))
                .body("items[0].replyCount", is(5))
                .body("items[0].replies.id", contains((int) b, (int) f))
                .body("items[0].replies[0].replyCount", is(3))
                .body("items[0].replies[0].replies.id", contains((int) c, (int) d, (int) e))
                .body("items[0].replies[0].replies.parentId", contains((int) b, (int) c, (int) d))
                .body("items[0].replies[0].replies[0].replies", hasSize(0))
                .body("items[0].replies[0].replies[2].replies", hasSize(0));
        given().get("/api/v1/articles/" + slug).then().body("commentCount", is(6));
    }

    @Test
    void mentionsNameEarlierCommentersOfTheArticleWhateverTheirCaseOrAccents() {
        // which name and which comment a mention picks: ThreadsTest; here, names as the database keeps them
        var article = Fixtures.article().create();
        String slug = article.slug();
        long sandra = CommentFixtures.approved(slug, "Sandra", "Le film s’appelle The social dilemma il me semble", null);
        long helene = CommentFixtures.approved(slug, "Hélène Dupont", "Il faut travailler sur des alternatives !", null);
        long reply = CommentFixtures.approved(slug, "Yves", "@SANDRA : oui c’est ça. @helene dupont, d’accord.", helene);

        JsonPath thread = given().queryParam("size", 10).get(comments(slug)).then().statusCode(200).extract().jsonPath();
        List<Map<String, Object>> mentions = thread.getList("items.find { it.id == " + helene + " }.replies[0].mentions");
        assertThat(mentions).containsExactly(
                Map.of("name", "SANDRA", "commentId", (int) sandra),
                Map.of("name", "helene dupont", "commentId", (int) helene));
        assertThat(thread.getList("items.id")).containsExactly((int) sandra, (int) helene);
        assertThat(thread.<Integer> getInt("items.find { it.id == " + helene + " }.replies[0].id")).isEqualTo((int) reply);
    }

    @Test
    void readerTextComesBackExactlyAsSentAsPlainTextAfterNormalizationAndTrimming() {
        var article = Fixtures.article().create();
        String name = "<b>Mallory</b> \u202Egnp.exe";
        String text = "<script>alert('x')</script>\n<img src=x onerror=\"alert(1)\"> <a href=\"javascript:alert(1)\">lien</a>"
                + " \u202Etxt.exe\u202C z\u200Bé\u200Dro &amp; caf" + "e\u0301";
        long id = reader().body(Map.of("authorName", "  " + name + "\t", "authorEmail", CommentFixtures.email(),
                "body", "\n  " + text + "  \n"))
                .when().post(comments(article.slug()))
                .then().statusCode(202).extract().<Integer> path("id").longValue();
        CommentFixtures.setStatus(id, "APPROVED");

        var answer = given().get(comments(article.slug())).then().statusCode(200)
                .contentType(containsString("application/json")).extract();
        String expected = "<script>alert('x')</script>\n<img src=x onerror=\"alert(1)\"> <a href=\"javascript:alert(1)\">lien</a>"
                + " \u202Etxt.exe\u202C z\u200Bé\u200Dro &amp; caf\u00e9";
        assertThat(answer.jsonPath().getString("items[0].body")).isEqualTo(expected);
        assertThat(answer.jsonPath().getString("items[0].authorName")).isEqualTo(name);
        // JSON strings, never markup: the raw answer holds the characters, escaped as JSON needs only
        assertThat(answer.asString()).contains("<script>alert('x')</script>\\n<img src=x onerror=\\\"alert(1)\\\">");
    }

    @Test
    void theAuthorDeletesWithTheTokenAndACommentWithRepliesStaysAsATombstone() {
        var article = Fixtures.article().create();
        String slug = article.slug();
        var posted = CommentFixtures.post(slug, "Hauri", "Un article extrêmement neutre.", null);
        long parent = posted.<Integer> path("id").longValue();
        String token = posted.path("deletionToken");
        CommentFixtures.setStatus(parent, "APPROVED");
        var replyPosted = CommentFixtures.post(slug, "Yves", "Pas d’accord.", parent);
        long reply = replyPosted.<Integer> path("id").longValue();
        CommentFixtures.setStatus(reply, "APPROVED");

        given().delete("/api/v1/comments/" + parent).then().statusCode(401).header("WWW-Authenticate", notNullValue());
        given().header("X-Deletion-Token", replyPosted.<String> path("deletionToken"))
                .delete("/api/v1/comments/" + parent).then().statusCode(403);
        given().header("X-Deletion-Token", token).delete("/api/v1/comments/999999999").then().statusCode(404);
        given().header("X-Deletion-Token", token).delete("/api/v1/comments/" + parent).then().statusCode(204);
        given().header("X-Deletion-Token", token).delete("/api/v1/comments/" + parent).then().statusCode(404);

        JsonPath thread = given().get(comments(slug)).then().statusCode(200)
                .body("items", hasSize(1))
                .body("items[0].id", is((int) parent))
                .body("items[0].deleted", is(true))
                .body("items[0].authorName", nullValue())
                .body("items[0].body", equalTo("commentaire supprimé"))
                .body("items[0].mentions", hasSize(0))
                .body("items[0].replyCount", is(1))
                .body("items[0].replies[0].id", is((int) reply))
                .extract().jsonPath();
        assertThat(thread.prettify()).doesNotContain("Hauri").doesNotContain("neutre");
        given().get("/api/v1/articles/" + slug).then().body("commentCount", is(1));
        moderator().get(CommentFixtures.ADMIN + "/" + parent).then().statusCode(404);

        // the last reply gone, the tombstone has nothing left to hold: both disappear
        given().header("X-Deletion-Token", replyPosted.<String> path("deletionToken"))
                .delete("/api/v1/comments/" + reply).then().statusCode(204);
        given().get(comments(slug)).then().statusCode(200).body("items", hasSize(0)).body("page.totalItems", is(0));
        given().get("/api/v1/articles/" + slug).then().body("commentCount", is(0));
    }

    @Test
    void closedOrUnpublishedArticlesRefuseComments() {
        var closed = Fixtures.article().with("commentsOpen", false).create();
        reader().body(CommentFixtures.body("Eva", "Puis-je commenter ?", null))
                .when().post(comments(closed.slug()))
                .then().statusCode(409).contentType("application/problem+json")
                .body("type", equalTo("urn:kiosque:problem:comments-closed"));
        given().get(comments(closed.slug())).then().statusCode(200);

        var draft = Fixtures.article().status("DRAFT").create();
        reader().body(CommentFixtures.body("Eva", "Et ici ?", null)).when().post(comments(draft.slug())).then().statusCode(404);
        given().get(comments(draft.slug())).then().statusCode(404);
        given().get(comments("aucun-article-de-ce-nom")).then().statusCode(404);
    }

    @Test
    void fieldsAreValidatedAfterNormalization() {
        var article = Fixtures.article().create();
        String path = comments(article.slug());
        reader().body(Map.of("body", "Sans nom ni e-mail")).when().post(path).then().statusCode(400)
                .body("errors.field", contains("authorEmail", "authorName"));
        reader().body(Map.of("authorName", "Eva", "authorEmail", "pas-un-email", "body", "Un texte.")).when().post(path)
                .then().statusCode(400).body("errors.field", contains("authorEmail"));
        reader().body(CommentFixtures.body("Eva", "  a  ", null)).when().post(path).then().statusCode(400)
                .body("errors.field", contains("body"));
        reader().body(CommentFixtures.body("Eva", "é".repeat(5001), null)).when().post(path).then().statusCode(400)
                .body("errors.field", contains("body"));
        reader().body(CommentFixtures.body("x".repeat(81), "Un texte.", null)).when().post(path).then().statusCode(400)
                .body("errors.field", contains("authorName"));
        reader().body(CommentFixtures.body("Eva", "\u200B\u200B\u200B", null)).when().post(path).then().statusCode(400)
                .body("errors.field", contains("body"));
        reader().body(CommentFixtures.body("Eva", "Nul\u0000caractère", null)).when().post(path).then().statusCode(400)
                .body("errors.field", contains("body"));
        reader().body(Map.of("authorName", "Eva", "authorEmail", CommentFixtures.email(), "body", "Un texte.", "extra", 1))
                .when().post(path).then().statusCode(400);
        // 5000 characters, an emoji counting as one
        reader().body(CommentFixtures.body("Eva", "😀".repeat(5000), null)).when().post(path).then().statusCode(202);
        // unknown sort
        given().queryParam("sort", "best").get(path).then().statusCode(400).body("errors[0].field", equalTo("sort"));
    }

    @Test
    void aReplyMustAnswerAnApprovedCommentOfTheSameArticle() {
        var article = Fixtures.article().create();
        var other = Fixtures.article().create();
        long elsewhere = CommentFixtures.approved(other.slug(), "Eva", "Ailleurs.", null);
        long pending = CommentFixtures.post(article.slug(), "Yves", "En attente.", null).<Integer> path("id").longValue();
        for (long parent : new long[] { elsewhere, pending, 999_999_999L }) {
            reader().body(CommentFixtures.body("Sandra", "Une réponse.", parent))
                    .when().post(comments(article.slug()))
                    .then().statusCode(422).body("errors[0].field", equalTo("parentId"));
        }
    }

    @Test
    void aFilledHoneypotIsAnsweredLikeAnyCommentAndSetAsideAsSpam() {
        var article = Fixtures.article().create();
        Map<String, Object> body = CommentFixtures.body("Bot", "Achetez maintenant !", null);
        body.put("website", "http://spam.example");
        long id = reader().body(body).when().post(comments(article.slug()))
                .then().statusCode(202).body("status", equalTo("PENDING")).extract().<Integer> path("id").longValue();
        moderator().get(CommentFixtures.ADMIN + "/" + id).then().statusCode(200).body("status", equalTo("SPAM"));
        moderator().queryParam("status", "PENDING").queryParam("article", articleId(article)).get(CommentFixtures.ADMIN)
                .then().statusCode(200).body("items", hasSize(0));
    }

    @Test
    void moreLinksThanAllowedIs422NamingBody() {
        var article = Fixtures.article().create();
        reader().body(CommentFixtures.body("Eva", "Voir https://a.example et www.b.example et http://c.example", null))
                .when().post(comments(article.slug()))
                .then().statusCode(422).body("errors[0].field", equalTo("body"));
        reader().body(CommentFixtures.body("Eva", "Voir https://a.example et www.b.example", null))
                .when().post(comments(article.slug()))
                .then().statusCode(202);
    }

    @Test
    void theSameTextFromTheSameEmailOnTheSameArticleIsADuplicateForADay() {
        var article = Fixtures.article().create();
        Map<String, Object> body = CommentFixtures.body("Eva", "Exactement le même texte.", null);
        reader().body(body).when().post(comments(article.slug())).then().statusCode(202);
        body.put("authorEmail", ((String) body.get("authorEmail")).toUpperCase());
        reader().body(body).when().post(comments(article.slug())).then().statusCode(409)
                .body("type", equalTo("urn:kiosque:problem:conflict"));
        try {
            clock.advance(Duration.ofHours(25));
            reader().body(body).when().post(comments(article.slug())).then().statusCode(202);
        } finally {
            clock.reset();
        }
    }

    @Test
    void postingIsRateLimitedPerClientAddressAndPerEmail() {
        var article = Fixtures.article().create();
        String client = Tokens.randomClient();
        for (int i = 0; i < 5; i++) {
            given().contentType(ContentType.JSON).header("X-Forwarded-For", client)
                    .body(CommentFixtures.body("Eva", "Commentaire n° " + i, null))
                    .when().post(comments(article.slug())).then().statusCode(202);
        }
        given().contentType(ContentType.JSON).header("X-Forwarded-For", client)
                .body(CommentFixtures.body("Eva", "Un de trop", null))
                .when().post(comments(article.slug()))
                .then().statusCode(429).header("Retry-After", notNullValue())
                .body("detail", containsString("depuis votre adresse"));

        String email = CommentFixtures.email();
        for (int i = 0; i < 3; i++) {
            reader().body(Map.of("authorName", "Yves", "authorEmail", email, "body", "Message n° " + i))
                    .when().post(comments(article.slug())).then().statusCode(202);
        }
        reader().body(Map.of("authorName", "Yves", "authorEmail", email, "body", "Un de trop"))
                .when().post(comments(article.slug()))
                .then().statusCode(429).header("Retry-After", notNullValue())
                .body("detail", containsString("adresse e-mail"));
    }

    @Test
    void thePerEmailLimitAndTheDuplicateCheckCountPlusTagVariantsAsOneAddressAndKeepWhatWasTyped() {
        var article = Fixtures.article().create();
        String local = "eva" + UUID.randomUUID().toString().substring(0, 8);
        String[] typed = { local + "+1@example.org", local + "+news@Example.org", local.toUpperCase() + "+x@example.org" };
        List<Long> ids = new java.util.ArrayList<>();
        for (int i = 0; i < typed.length; i++) {
            ids.add(reader().body(Map.of("authorName", "Eva", "authorEmail", typed[i], "body", "Message n° " + i))
                    .when().post(comments(article.slug())).then().statusCode(202).extract().<Integer> path("id").longValue());
        }
        reader().body(Map.of("authorName", "Eva", "authorEmail", local + "@example.org", "body", "Un de trop"))
                .when().post(comments(article.slug()))
                .then().statusCode(429).header("Retry-After", notNullValue())
                .body("detail", containsString("adresse e-mail"));
        // moderators see each address as it was typed
        for (int i = 0; i < typed.length; i++) {
            moderator().get(CommentFixtures.ADMIN + "/" + ids.get(i)).then().statusCode(200)
                    .body("authorEmail", equalTo(typed[i]));
        }

        // the same text on the same article from another +tag of the address is a duplicate
        var other = Fixtures.article().create();
        String someone = "yves" + UUID.randomUUID().toString().substring(0, 8);
        reader().body(Map.of("authorName", "Yves", "authorEmail", someone + "+a@example.org", "body", "Exactement le même texte."))
                .when().post(comments(other.slug())).then().statusCode(202);
        reader().body(Map.of("authorName", "Yves", "authorEmail", someone + "+b@example.org", "body", "Exactement le même texte."))
                .when().post(comments(other.slug())).then().statusCode(409)
                .body("type", equalTo("urn:kiosque:problem:conflict"));
    }

    @Test
    void theStaffSignatureIsReservedWhateverItsCaseAccentsOrSpacing() {
        var article = Fixtures.article().create();
        for (String name : List.of("La rédaction", "LA REDACTION", "la  Rédaction", "La-Rédaction", "Ｌａ ｒéｄａｃｔｉｏｎ",
                "La\u200Brédaction")) {
            reader().body(CommentFixtures.body(name, "Message officiel, faites-nous confiance.", null))
                    .when().post(comments(article.slug()))
                    .then().statusCode(422).contentType("application/problem+json")
                    .body("type", equalTo("urn:kiosque:problem:business-rule"))
                    .body("errors[0].field", equalTo("authorName"));
        }
        reader().body(CommentFixtures.body("La rédactrice en herbe", "Un nom qui n'est pas la signature.", null))
                .when().post(comments(article.slug())).then().statusCode(202);
    }

    @Test
    void aPostWithItsCommenterTokenIsBoundToTheSameCommenterAndStillModerated() {
        var article = Fixtures.article().create();
        String token = CommentFixtures.post(article.slug(), "Sandra", "Premier message.", null).path("commenterToken");
        reader().header("X-Commenter-Token", token).body(CommentFixtures.body("Sandra", "Deuxième message.", null))
                .when().post(comments(article.slug()))
                .then().statusCode(202)
                .body("status", equalTo("PENDING")) // ALL: every post waits, a token changes nothing to that
                .body("commenterToken", equalTo(token));
    }

    @Test
    void browsersMaySendTheCommenterTokenFromAnAllowedOrigin() {
        var article = Fixtures.article().create();
        String allowed = given().header("Origin", "http://localhost:5173")
                .header("Access-Control-Request-Method", "POST")
                .header("Access-Control-Request-Headers", "content-type,x-commenter-token")
                .options(comments(article.slug()))
                .then().statusCode(200)
                .header("Access-Control-Allow-Origin", "http://localhost:5173")
                .extract().header("Access-Control-Allow-Headers");
        assertThat(allowed).containsIgnoringCase("X-Commenter-Token");
    }

    @Test
    void aBodyOverTheCommentLimitIs413BeforeItIsRead() {
        var article = Fixtures.article().create();
        byte[] big = ("{\"authorName\": \"Eva\", \"authorEmail\": \"eva@example.org\", \"body\": \"" + "a".repeat(70_000) + "\"}")
                .getBytes(StandardCharsets.UTF_8);
        reader().body(big).when().post(comments(article.slug()))
                .then().statusCode(413).contentType("application/problem+json");
    }

    @Test
    void threadsArePagedNewestOrOldestFirstWithLinks() {
        var article = Fixtures.article().create();
        long first = CommentFixtures.approved(article.slug(), "Un", "Le premier.", null);
        long second = CommentFixtures.approved(article.slug(), "Deux", "Le deuxième.", null);
        given().queryParam("size", 1).get(comments(article.slug())).then()
                .spec(fr.kiosque.support.PageSpecs.firstOfSeveralPagesOfOne())
                .body("items[0].id", is((int) first));
        given().queryParam("size", 1).queryParam("sort", "newest").get(comments(article.slug())).then().statusCode(200)
                .body("items[0].id", is((int) second)).body("page.totalItems", is(2));
    }

    static long articleId(Fixtures.Created article) {
        return article.id();
    }

    private static String sectionOf(String slug) {
        return given().get("/api/v1/articles/" + slug).then().extract().path("section.slug");
    }
}
