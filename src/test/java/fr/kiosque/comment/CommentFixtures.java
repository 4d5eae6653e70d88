package fr.kiosque.comment;

import static io.restassured.RestAssured.given;

import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import fr.kiosque.support.Tokens;
import io.restassured.http.ContentType;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

/**
 * Comments made through the API as readers and moderators would. Every post comes from a client
 * address and an e-mail of its own, so that no test meets another's rate limits.
 */
final class CommentFixtures {

    static final String ADMIN = "/api/v1/admin/comments";

    private CommentFixtures() {
    }

    static String comments(String slug) {
        return "/api/v1/articles/" + slug + "/comments";
    }

    static String email() {
        return "lecteur-" + UUID.randomUUID().toString().substring(0, 12) + "@example.org";
    }

    static Map<String, Object> body(String name, String text, Long parentId) {
        Map<String, Object> body = new HashMap<>();
        body.put("authorName", name);
        body.put("authorEmail", email());
        body.put("body", text);
        if (parentId != null) {
            body.put("parentId", parentId);
        }
        return body;
    }

    /** A reader's request from an address of its own. */
    static RequestSpecification reader() {
        return given().contentType(ContentType.JSON).header("X-Forwarded-For", Tokens.randomClient());
    }

    static RequestSpecification moderator() {
        return given().header("Authorization", Tokens.bearer(Tokens.withRoles("moderator")));
    }

    /** Posts a comment (202); returns the answer. */
    static ExtractableResponse<Response> post(String slug, String name, String text, Long parentId) {
        return reader().body(body(name, text, parentId))
                .when().post(comments(slug))
                .then().statusCode(202).extract();
    }

    /** Posts a comment and approves it; returns its id. */
    static long approved(String slug, String name, String text, Long parentId) {
        long id = post(slug, name, text, parentId).<Integer> path("id").longValue();
        setStatus(id, "APPROVED");
        return id;
    }

    /** Moves a comment to a status through the staff API (with its current ETag). */
    static void setStatus(long id, String status) {
        String etag = moderator().get(ADMIN + "/" + id).then().statusCode(200).extract().header("ETag");
        moderator().contentType(ContentType.JSON).header("If-Match", etag).body(Map.of("status", status))
                .when().patch(ADMIN + "/" + id)
                .then().statusCode(200);
    }
}
