package fr.kiosque.common;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.emptyOrNullString;
import static org.hamcrest.Matchers.startsWith;

import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import fr.kiosque.support.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;

/** The framework's own errors are RFC 9457 problems too, and never leak internals. */
@QuarkusTest
class ProblemDetailsTest {

    private static final String PROBLEM = "application/problem+json";
    /** A Java stack frame as it would be printed: "at fr.kiosque.Foo.bar(Foo.java:12)". */
    private static final Pattern STACK_FRAME = Pattern.compile("\\bat [\\w$]+(\\.[\\w$<>]+)+\\(");

    @BeforeAll
    static void logFailures() {
        RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
    }

    @Test
    void unknownRouteIs404() {
        assertProblem(given().get("/nope").then(), 404, "/nope")
                .body("type", equalTo("urn:kiosque:problem:not-found"));
    }

    @Test
    void unknownRouteUnderTheApiIs404() {
        assertProblem(given().get("/api/v1/whatever").then(), 404, "/api/v1/whatever")
                .body("type", equalTo("urn:kiosque:problem:not-found"));
        assertProblem(given().get("/api/v1/articles/un-slug/commentaires/12").then(), 404,
                "/api/v1/articles/un-slug/commentaires/12");
    }

    @Test
    void wrongMethodIs405() {
        assertProblem(given().delete("/api/v1/articles").then(), 405, "/api/v1/articles")
                .body("type", equalTo("urn:kiosque:problem:method-not-allowed"))
                .header("Allow", equalTo("GET, HEAD, OPTIONS"));
        assertProblem(given().post("/api/v1/articles/un-slug").then(), 405, "/api/v1/articles/un-slug")
                .header("Allow", equalTo("GET, HEAD, OPTIONS"));
        assertProblem(given().header("Authorization", Tokens.bearer(Tokens.editor()))
                .post("/api/v1/admin/articles/12").then(), 405, "/api/v1/admin/articles/12")
                .header("Allow", equalTo("DELETE, GET, HEAD, OPTIONS, PATCH, PUT"));
    }

    @Test
    void oversizedBodyIs413() {
        String huge = "{\"title\": \"" + "a".repeat(3 * 1024 * 1024) + "\"}";
        given().header("Authorization", Tokens.bearer(Tokens.editor()))
                .contentType(ContentType.JSON).body(huge)
                .post("/api/v1/admin/articles")
                .then().statusCode(413)
                .contentType("application/problem+json")
                .body("status", equalTo(413))
                .body("type", equalTo("urn:kiosque:problem:payload-too-large"));
    }

    @Test
    void wrongContentTypeIs415() {
        assertProblem(given().header("Authorization", Tokens.bearer(Tokens.editor()))
                .contentType(ContentType.TEXT).body("Un titre")
                .post("/api/v1/admin/articles").then(), 415, "/api/v1/admin/articles")
                .body("type", equalTo("urn:kiosque:problem:unsupported-media-type"));
    }

    @Test
    void malformedJsonIs400() {
        assertProblem(given().header("Authorization", Tokens.bearer(Tokens.editor()))
                .contentType(ContentType.JSON).body("{\"title\": \"Quitter X\",,}")
                .post("/api/v1/admin/articles").then(), 400, "/api/v1/admin/articles")
                .body("type", equalTo("urn:kiosque:problem:malformed-request"));
    }

    @Test
    void aMissingBodyIsMalformedNotAFieldNamedBody() {
        // a comment has a field named "body": an empty request must not point a form at it
        var article = fr.kiosque.support.Fixtures.article().create();
        String comments = "/api/v1/articles/" + article.slug() + "/comments";
        assertProblem(given().contentType(ContentType.JSON).post(comments).then(), 400, comments)
                .body("type", equalTo("urn:kiosque:problem:malformed-request"))
                .body("detail", org.hamcrest.Matchers.containsString("vide"))
                .body("errors", org.hamcrest.Matchers.nullValue());
        assertProblem(given().header("Authorization", Tokens.bearer(Tokens.editor())).contentType(ContentType.JSON)
                .post("/api/v1/admin/articles").then(), 400, "/api/v1/admin/articles")
                .body("type", equalTo("urn:kiosque:problem:malformed-request"));
    }

    @Test
    void queryParameterOfTheWrongTypeIs400NamingIt() {
        assertProblem(given().queryParam("page", "abc").get("/api/v1/articles").then(), 400, "/api/v1/articles")
                .body("type", equalTo("urn:kiosque:problem:validation-error"))
                .body("errors[0].field", equalTo("page"));
    }

    @Test
    void pageSizeAboveTheMaximumIs400NamingIt() {
        assertProblem(given().queryParam("size", 101).get("/api/v1/articles").then(), 400, "/api/v1/articles")
                .body("errors[0].field", equalTo("size"));
    }

    @Test
    void aPageNumberTooLargeToReachIs400NotAServerError() {
        assertProblem(given().queryParam("page", Integer.MAX_VALUE).queryParam("size", 100)
                .get("/api/v1/articles").then(), 400, "/api/v1/articles")
                .body("errors[0].field", equalTo("page"));
    }

    @Test
    void unavailableResponseFormatIs406() {
        assertProblem(given().accept("application/xml").get("/api/v1/articles").then(), 406, "/api/v1/articles")
                .body("type", equalTo("urn:kiosque:problem:not-acceptable"));
    }

    @Test
    void missingTokenIs401() {
        assertProblem(given().get("/api/v1/admin/articles").then(), 401, "/api/v1/admin/articles")
                .header("WWW-Authenticate", "Bearer");
    }

    private static ValidatableResponse assertProblem(ValidatableResponse response, int status, String instance) {
        String body = response.statusCode(status)
                .contentType(PROBLEM)
                .body("type", startsWith("urn:kiosque:problem:"))
                .body("title", not(emptyOrNullString()))
                .body("status", is(status))
                .body("detail", not(emptyOrNullString()))
                .body("instance", equalTo(instance))
                .extract().asString();
        assertThat(body)
                .doesNotContain("Exception")
                .doesNotContain("fr.kiosque")
                .doesNotContain("\tat ")
                .doesNotContainPattern(STACK_FRAME)
                .doesNotContain("jakarta.")
                .doesNotContain("io.quarkus")
                .doesNotContain("com.fasterxml");
        return response;
    }
}
