package fr.kiosque.comment;

import static fr.kiosque.comment.CommentFixtures.comments;
import static fr.kiosque.comment.CommentFixtures.reader;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;

import java.util.Map;

import org.junit.jupiter.api.Test;

import fr.kiosque.support.Fixtures;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;

/** kiosque.comments.moderation=FIRST: an e-mail with an approved comment is approved at once, anywhere. */
@QuarkusTest
@TestProfile(FirstModerationTest.First.class)
class FirstModerationTest {

    public static class First implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("kiosque.comments.moderation", "FIRST");
        }
    }

    @Test
    void aKnownAuthorIsApprovedAtOnceAndANewOneWaits() {
        var article = Fixtures.article().create();
        var other = Fixtures.article().create();
        String email = CommentFixtures.email();

        long first = reader().body(Map.of("authorName", "Eva", "authorEmail", email, "body", "Mon premier commentaire."))
                .post(comments(article.slug())).then().statusCode(202).body("status", equalTo("PENDING"))
                .extract().<Integer> path("id").longValue();
        reader().body(Map.of("authorName", "Eva", "authorEmail", email.toUpperCase(), "body", "Toujours en attente ?"))
                .post(comments(article.slug())).then().statusCode(202).body("status", equalTo("PENDING"));

        CommentFixtures.setStatus(first, "APPROVED");

        reader().body(Map.of("authorName", "Eva", "authorEmail", email, "body", "Me revoilà, sur un autre article."))
                .post(comments(other.slug())).then().statusCode(202).body("status", equalTo("APPROVED"));
        given().get(comments(other.slug())).then().statusCode(200).body("items", hasSize(1));
        given().get("/api/v1/articles/" + other.slug()).then().body("commentCount", is(1));

        reader().body(CommentFixtures.body("Nouveau", "Premier passage.", null))
                .post(comments(other.slug())).then().statusCode(202).body("status", equalTo("PENDING"));
    }
}
