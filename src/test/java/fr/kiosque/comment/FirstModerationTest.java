package fr.kiosque.comment;

import static fr.kiosque.comment.CommentFixtures.comments;
import static fr.kiosque.comment.CommentFixtures.moderator;
import static fr.kiosque.comment.CommentFixtures.reader;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import fr.kiosque.support.Concurrently;
import fr.kiosque.support.Fixtures;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;

/**
 * kiosque.comments.moderation=FIRST: a post is approved at once only when it proves, with the
 * X-Commenter-Token of an earlier answer, that it comes from a reader a moderator already approved.
 * A typed e-mail proves nothing.
 */
@QuarkusTest
@TestProfile(FirstModerationTest.First.class)
class FirstModerationTest {

    static final String HEADER = "X-Commenter-Token";

    public static class First implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("kiosque.comments.moderation", "FIRST");
        }
    }

    @BeforeAll
    static void logFailures() {
        RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
    }

    private static ExtractableResponse<Response> post(String slug, String token, String name, String email, String text) {
        var request = reader();
        if (token != null) {
            request.header(HEADER, token);
        }
        return request.body(Map.of("authorName", name, "authorEmail", email, "body", text))
                .when().post(comments(slug)).then().statusCode(202).extract();
    }

    @Test
    void theTokenOfAnApprovedCommenterPublishesAtOnceAndTheEmailAloneDoesNot() {
        var article = Fixtures.article().create();
        var other = Fixtures.article().create();
        String email = CommentFixtures.email();

        var first = post(article.slug(), null, "Eva", email, "Mon premier commentaire.");
        assertThat(first.<String> path("status")).isEqualTo("PENDING");
        String token = first.path("commenterToken");
        assertThat(token).matches("[A-Za-z0-9_-]{43}").isNotEqualTo(first.path("deletionToken"));

        // the same reader before any approval: bound to the same commenter, still waiting
        var second = post(article.slug(), token, "Eva", email, "Toujours en attente ?");
        assertThat(second.<String> path("status")).isEqualTo("PENDING");
        assertThat(second.<String> path("commenterToken")).isEqualTo(token);

        CommentFixtures.setStatus(first.<Integer> path("id").longValue(), "APPROVED");

        // with the token: at once, anywhere, whatever e-mail it types
        var third = post(other.slug(), token, "Eva", CommentFixtures.email(), "Me revoilà, sur un autre article.");
        assertThat(third.<String> path("status")).isEqualTo("APPROVED");
        assertThat(third.<String> path("commenterToken")).isEqualTo(token);
        given().get(comments(other.slug())).then().statusCode(200).body("items", hasSize(1));
        given().get("/api/v1/articles/" + other.slug()).then().body("commentCount", is(1));

        // the approved e-mail without the token: it proves nothing, the post waits
        var typed = post(other.slug(), null, "Eva", email, "Sans jeton cette fois.");
        assertThat(typed.<String> path("status")).isEqualTo("PENDING");
        assertThat(typed.<String> path("commenterToken")).isNotEqualTo(token);

        // a token that identifies no commenter is ignored: the post waits and gets a fresh token
        var forged = post(other.slug(), "q3Xk9pQ2n0mZl7YvR1tB8wEo5aHf4cJs6dUgK2iN0xM", "Eva", CommentFixtures.email(), "Un jeton inventé.");
        assertThat(forged.<String> path("status")).isEqualTo("PENDING");
        assertThat(forged.<String> path("commenterToken")).matches("[A-Za-z0-9_-]{43}")
                .isNotEqualTo("q3Xk9pQ2n0mZl7YvR1tB8wEo5aHf4cJs6dUgK2iN0xM");
        var garbage = post(other.slug(), "pas un jeton", "Eva", CommentFixtures.email(), "Un en-tête qui n'en est pas un.");
        assertThat(garbage.<String> path("status")).isEqualTo("PENDING");

        given().get(comments(other.slug())).then().statusCode(200).body("items", hasSize(1));
    }

    @Test
    void aStaffEmailTypedByAReaderIsAcceptedAndWaits() {
        var article = Fixtures.article().create();
        long root = CommentFixtures.approved(article.slug(), "Sandra", "Une question pour la rédaction ?", null);
        String staffEmail = moderator().contentType(ContentType.JSON).body(Map.of("body", "Nous vous répondons.", "parentId", root))
                .when().post("/api/v1/admin/articles/" + article.id() + "/comments")
                .then().statusCode(201).extract().path("authorEmail");
        assertThat(staffEmail).contains("@");

        for (String email : List.of(staffEmail, staffEmail.toUpperCase())) {
            var spam = post(article.slug(), null, "Promo", email, "Achetez nos montres, prix cassés : " + email);
            assertThat(spam.<String> path("status")).isEqualTo("PENDING");
        }
        given().get(comments(article.slug())).then().statusCode(200)
                .body("items", hasSize(1)).body("items[0].replyCount", is(1));
    }

    @Test
    void aSpamVerdictWithdrawsTheTrustOfItsToken() {
        var article = Fixtures.article().create();
        var first = post(article.slug(), null, "Marc", CommentFixtures.email(), "Un avis mesuré.");
        String token = first.path("commenterToken");
        CommentFixtures.setStatus(first.<Integer> path("id").longValue(), "APPROVED");
        var trusted = post(article.slug(), token, "Marc", CommentFixtures.email(), "Un deuxième avis.");
        assertThat(trusted.<String> path("status")).isEqualTo("APPROVED");

        CommentFixtures.setStatus(trusted.<Integer> path("id").longValue(), "SPAM");
        var after = post(article.slug(), token, "Marc", CommentFixtures.email(), "Un troisième avis.");
        assertThat(after.<String> path("status")).isEqualTo("PENDING");
        assertThat(after.<String> path("commenterToken")).isEqualTo(token);
    }

    @Test
    void parallelPostsWithOneTrustedTokenAreEachPublishedOnce() throws Exception {
        var article = Fixtures.article().create();
        var first = post(article.slug(), null, "Léa", CommentFixtures.email(), "Le premier de la série.");
        String token = first.path("commenterToken");
        CommentFixtures.setStatus(first.<Integer> path("id").longValue(), "APPROVED");

        int n = 8;
        List<ExtractableResponse<Response>> answers = Concurrently.times(n, i -> reader().header(HEADER, token)
                .body(Map.of("authorName", "Léa", "authorEmail", CommentFixtures.email(), "body", "En parallèle n° " + i))
                .when().post(comments(article.slug())).then().extract());

        assertThat(answers).extracting(ExtractableResponse::statusCode).containsOnly(202);
        assertThat(answers).extracting(a -> a.<String> path("status")).containsOnly("APPROVED");
        assertThat(answers).extracting(a -> a.<String> path("commenterToken")).containsOnly(token);
        assertThat(answers).extracting(a -> a.<Integer> path("id")).doesNotHaveDuplicates();
        List<String> bodies = given().queryParam("size", 100).get(comments(article.slug())).then().statusCode(200)
                .body("items", hasSize(n + 1)).extract().jsonPath().getList("items.body");
        assertThat(bodies).doesNotHaveDuplicates();
        given().get("/api/v1/articles/" + article.slug()).then().body("commentCount", is(n + 1));
    }

    @Test
    void parallelFirstPostsWithOnePendingTokenAllWaitWithThatToken() throws Exception {
        var article = Fixtures.article().create();
        String token = post(article.slug(), null, "Noé", CommentFixtures.email(), "J'attends.").path("commenterToken");
        List<ExtractableResponse<Response>> answers = Concurrently.times(6, i -> reader().header(HEADER, token)
                .body(Map.of("authorName", "Noé", "authorEmail", CommentFixtures.email(), "body", "Toujours là n° " + i))
                .when().post(comments(article.slug())).then().extract());
        assertThat(answers).extracting(ExtractableResponse::statusCode).containsOnly(202);
        assertThat(answers).extracting(a -> a.<String> path("status")).containsOnly("PENDING");
        assertThat(answers).extracting(a -> a.<String> path("commenterToken")).containsOnly(token);
        given().get(comments(article.slug())).then().statusCode(200).body("items", hasSize(0));
        moderator().queryParam("article", article.id()).queryParam("status", "PENDING").queryParam("size", 100)
                .get(CommentFixtures.ADMIN).then().statusCode(200).body("page.totalItems", is(7))
                .body("items.body", not(hasSize(0)));
    }

    @Test
    void theAnswerAlwaysCarriesACommenterToken() {
        var article = Fixtures.article().create();
        reader().body(CommentFixtures.body("Zoé", "Bonjour.", null)).when().post(comments(article.slug()))
                .then().statusCode(202).body("commenterToken", matchesPattern("[A-Za-z0-9_-]{43}"))
                .body("status", equalTo("PENDING"));
    }
}
