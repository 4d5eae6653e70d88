package fr.kiosque.comment;

import static fr.kiosque.comment.CommentFixtures.ADMIN;
import static fr.kiosque.comment.CommentFixtures.comments;
import static fr.kiosque.comment.CommentFixtures.moderator;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManagerFactory;

import org.junit.jupiter.api.Test;

import fr.kiosque.support.Fixtures;
import fr.kiosque.support.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

/**
 * The thread read runs the same statements for a thread of 500 comments as for one of a single
 * comment: the article, the count, the page of top-level ids, every comment of those threads,
 * the commenters that mentions name. The staff queue too.
 */
@QuarkusTest
class CommentQueryCountTest {

    @Inject
    EntityManagerFactory entityManagerFactory;

    @Test
    void aThreadOf500CommentsReadsInAsManyStatementsAsAThreadOfOne() {
        var small = Fixtures.article().create();
        long lonely = CommentFixtures.approved(small.slug(), "Sandra", "Seule ici.", null);
        reply(small.id(), "@Sandra : bienvenue.", lonely); // the small thread mentions too

        var large = Fixtures.article().create();
        long root = CommentFixtures.approved(large.slug(), "Sandra", "Le film s’appelle The social dilemma il me semble", null);
        List<Long> ids = new ArrayList<>(List.of(root));
        for (int i = 1; i < 500; i++) {
            long parent = ids.get(i % 7 == 0 ? ids.size() - 1 : (i * 31) % ids.size()); // chains and fans, every depth
            ids.add(reply(large.id(), i % 3 == 0 ? "@Sandra : d’accord (" + i + ")" : "Réponse n° " + i, parent));
        }
        assertThat(ids).hasSize(500);

        long one = statementsFor(() -> given().queryParam("size", 50).get(comments(small.slug()))
                .then().statusCode(200).body("items", hasSize(1)).body("items[0].replyCount", is(1)));
        long fiveHundred = statementsFor(() -> given().queryParam("size", 50).get(comments(large.slug()))
                .then().statusCode(200).body("items", hasSize(1)).body("items[0].replyCount", is(499)));
        given().get("/api/v1/articles/" + large.slug()).then().body("commentCount", is(500));

        // the article, the count, the page of ids, the threads, the mentioned commenters
        assertThat(one).isPositive().isLessThanOrEqualTo(5);
        assertThat(fiveHundred).isEqualTo(one);

        long queueOfTwo = statementsFor(() -> moderator().queryParam("article", small.id()).get(ADMIN)
                .then().statusCode(200).body("items", hasSize(2)));
        long queueOfFifty = statementsFor(() -> moderator().queryParam("article", large.id()).queryParam("size", 50).get(ADMIN)
                .then().statusCode(200).body("items", hasSize(50)));
        // the account behind the token, the count, the page, the articles' titles
        assertThat(queueOfFifty).isEqualTo(queueOfTwo).isLessThanOrEqualTo(4);
    }

    @Test
    void aBulkModerationOverFourArticlesRunsAsManyStatementsAsOverOne() {
        var single = Fixtures.article().create();
        List<Long> onOne = new ArrayList<>();
        List<Long> onFour = new ArrayList<>();
        List<Fixtures.Created> four = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            onOne.add(CommentFixtures.post(single.slug(), "Lecteur", "Texte " + i, null).<Integer> path("id").longValue());
            four.add(Fixtures.article().create());
            onFour.add(CommentFixtures.post(four.get(i).slug(), "Lectrice", "Texte " + i, null).<Integer> path("id").longValue());
        }

        long overOne = statementsFor(() -> moderator().contentType(ContentType.JSON).body(Map.of("ids", onOne, "status", "APPROVED"))
                .post(ADMIN + "/bulk").then().statusCode(200));
        long overFour = statementsFor(() -> moderator().contentType(ContentType.JSON).body(Map.of("ids", onFour, "status", "APPROVED"))
                .post(ADMIN + "/bulk").then().statusCode(200));

        // the articles are locked, counted and updated in one statement each, however many they are
        assertThat(overFour).isEqualTo(overOne);
        given().get("/api/v1/articles/" + single.slug()).then().body("commentCount", is(4));
        for (Fixtures.Created article : four) {
            given().get("/api/v1/articles/" + article.slug()).then().body("commentCount", is(1));
        }
    }

    private static long reply(long articleId, String text, long parentId) {
        return given().header("Authorization", Tokens.bearer(Tokens.editor())).contentType(ContentType.JSON)
                .body(Map.of("body", text, "parentId", parentId))
                .post("/api/v1/admin/articles/" + articleId + "/comments")
                .then().statusCode(201).extract().<Integer> path("id").longValue();
    }

    private long statementsFor(Runnable call) {
        return fr.kiosque.support.Statements.countedFor(entityManagerFactory, call);
    }
}
