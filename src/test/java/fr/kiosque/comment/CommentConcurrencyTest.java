package fr.kiosque.comment;

import static fr.kiosque.comment.CommentFixtures.ADMIN;
import static fr.kiosque.comment.CommentFixtures.comments;
import static fr.kiosque.comment.CommentFixtures.moderator;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

import org.junit.jupiter.api.Test;

import fr.kiosque.support.Concurrently;
import fr.kiosque.support.Fixtures;
import fr.kiosque.support.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;

/** Every write path of comments under parallel requests: no 5xx, nothing lost, nothing doubled. */
@QuarkusTest
class CommentConcurrencyTest {

    @Test
    void fiftyConcurrentPostsOnOneArticleAreEachStoredExactlyOnce() throws Exception {
        var article = Fixtures.article().create();
        List<Callable<ExtractableResponse<Response>>> posts = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            String text = "Commentaire parallèle n° " + i;
            posts.add(() -> CommentFixtures.reader().body(CommentFixtures.body("Lecteur " + i(text), text, null))
                    .when().post(comments(article.slug())).then().extract());
        }

        List<ExtractableResponse<Response>> answers = Concurrently.run(posts);

        assertThat(answers).extracting(ExtractableResponse::statusCode).containsOnly(202);
        List<Integer> ids = answers.stream().map(a -> a.<Integer> path("id")).toList();
        assertThat(new HashSet<>(ids)).hasSize(50);
        List<Map<String, Object>> stored = moderator().queryParam("article", article.id()).queryParam("size", 100).get(ADMIN)
                .then().statusCode(200).extract().jsonPath().getList("items");
        assertThat(stored).extracting(c -> c.get("id")).containsExactlyInAnyOrderElementsOf(ids);
        assertThat(stored).extracting(c -> c.get("body")).doesNotHaveDuplicates().hasSize(50);

        // approved together, counted once each
        moderator().contentType(ContentType.JSON).body(Map.of("ids", ids, "status", "APPROVED")).post(ADMIN + "/bulk")
                .then().statusCode(200);
        given().queryParam("size", 100).get(comments(article.slug())).then().statusCode(200).body("items", hasSize(50));
        given().get("/api/v1/articles/" + article.slug()).then().body("commentCount", is(50));
    }

    @Test
    void parallelModerationsOfOneCommentWithTheSameETagLetExactlyOneThrough() throws Exception {
        var article = Fixtures.article().create();
        long id = CommentFixtures.post(article.slug(), "Eva", "Modérée vingt fois à la fois.", null).<Integer> path("id").longValue();
        String etag = moderator().get(ADMIN + "/" + id).then().statusCode(200).extract().header("ETag");
        List<Callable<Integer>> moderations = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            String status = i % 2 == 0 ? "APPROVED" : "REJECTED";
            moderations.add(() -> moderator().contentType(ContentType.JSON).header("If-Match", etag).body(Map.of("status", status))
                    .patch(ADMIN + "/" + id).then().extract().statusCode());
        }

        List<Integer> statuses = Concurrently.run(moderations);

        assertThat(statuses).containsOnly(200, 412);
        assertThat(statuses).filteredOn(s -> s == 200).hasSize(1);
        String status = moderator().get(ADMIN + "/" + id).then().statusCode(200).header("ETag", "\"v1\"").extract().path("status");
        given().get("/api/v1/articles/" + article.slug()).then().body("commentCount", is(status.equals("APPROVED") ? 1 : 0));
    }

    @Test
    void parallelBulkActionsAndRepliesOnOneArticleKeepItsCountRight() throws Exception {
        var article = Fixtures.article().create();
        List<Long> ids = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            ids.add(CommentFixtures.post(article.slug(), "Lecteur", "Texte " + i, null).<Integer> path("id").longValue());
        }
        List<Callable<Integer>> writes = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            List<Long> some = i % 2 == 0 ? ids.subList(0, 7) : ids.subList(3, 10);
            writes.add(() -> moderator().contentType(ContentType.JSON).body(Map.of("ids", some, "status", "APPROVED"))
                    .post(ADMIN + "/bulk").then().extract().statusCode());
            writes.add(() -> given().header("Authorization", Tokens.bearer(Tokens.editor())).contentType(ContentType.JSON)
                    .body(Map.of("body", "La rédaction répond en parallèle."))
                    .post("/api/v1/admin/articles/" + article.id() + "/comments").then().extract().statusCode());
        }

        List<Integer> statuses = Concurrently.run(writes);

        assertThat(statuses).containsOnly(200, 201);
        given().get("/api/v1/articles/" + article.slug()).then().body("commentCount", is(20));
        given().queryParam("size", 100).get(comments(article.slug())).then().body("items", hasSize(20));
    }

    @Test
    void parallelPostsFromPlusTagVariantsOfOneAddressMeetOneLimitAndOneDuplicateCheck() throws Exception {
        var article = Fixtures.article().create();
        String local = "eva" + java.util.UUID.randomUUID().toString().substring(0, 8);
        // the same text from ten variants at once: one is stored, the others are duplicates or over the limit
        List<ExtractableResponse<Response>> same = Concurrently.times(10, i -> CommentFixtures.reader()
                .body(Map.of("authorName", "Eva", "authorEmail", local + "+" + i + "@example.org", "body", "Le même texte."))
                .when().post(comments(article.slug())).then().extract());
        assertThat(same).extracting(ExtractableResponse::statusCode).containsOnly(202, 409, 429).containsOnlyOnce(202);

        // different texts from ten variants of another address: the per-e-mail limit lets three through
        String other = "yves" + java.util.UUID.randomUUID().toString().substring(0, 8);
        List<ExtractableResponse<Response>> texts = Concurrently.times(10, i -> CommentFixtures.reader()
                .body(Map.of("authorName", "Yves", "authorEmail", other + "+" + i + "@example.org", "body", "Texte n° " + i))
                .when().post(comments(article.slug())).then().extract());
        assertThat(texts).extracting(ExtractableResponse::statusCode).containsOnly(202, 429);
        assertThat(texts).filteredOn(a -> a.statusCode() == 202).hasSize(3);
        List<Map<String, Object>> stored = moderator().queryParam("article", article.id()).queryParam("size", 100).get(ADMIN)
                .then().statusCode(200).extract().jsonPath().getList("items");
        assertThat(stored).hasSize(4);
    }

    @Test
    void parallelDeletionsWithTheTokenDeleteOnce() throws Exception {
        var article = Fixtures.article().create();
        var posted = CommentFixtures.post(article.slug(), "Eva", "Effacé dix fois à la fois.", null);
        long id = posted.<Integer> path("id").longValue();
        String token = posted.path("deletionToken");
        CommentFixtures.setStatus(id, "APPROVED");
        List<Callable<Integer>> deletions = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            deletions.add(() -> given().header("X-Deletion-Token", token).delete("/api/v1/comments/" + id).then().extract().statusCode());
        }

        List<Integer> statuses = Concurrently.run(deletions);

        assertThat(statuses).containsOnly(204, 404);
        assertThat(statuses).filteredOn(s -> s == 204).hasSize(1);
        given().get("/api/v1/articles/" + article.slug()).then().body("commentCount", is(0));
    }

    @Test
    void parallelDeletionsByModeratorsDeleteOnce() throws Exception {
        var article = Fixtures.article().create();
        long id = CommentFixtures.post(article.slug(), "Eva", "Supprimé par dix modérateurs à la fois.", null).<Integer> path("id").longValue();
        CommentFixtures.setStatus(id, "APPROVED");
        given().get("/api/v1/articles/" + article.slug()).then().body("commentCount", is(1));
        String etag = moderator().get(ADMIN + "/" + id).then().statusCode(200).extract().header("ETag");

        List<Integer> statuses = Concurrently.times(10, i -> moderator().header("If-Match", etag).delete(ADMIN + "/" + id)
                .then().extract().statusCode());

        assertThat(statuses).containsOnly(204, 404).containsOnlyOnce(204);
        moderator().get(ADMIN + "/" + id).then().statusCode(404);
        given().get("/api/v1/articles/" + article.slug()).then().body("commentCount", is(0));
    }

    private static String i(String text) {
        return text.substring(text.lastIndexOf(' ') + 1);
    }
}
