package fr.kiosque.common.error;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.response.Response;

/**
 * Kiosque keeps no origin rule of its own: whatever {@code quarkus.http.cors.origins} allows,
 * regular expressions included (the test profile allows {@code /https://[a-z0-9-]+[.]preview[.]kiosque[.]test/}),
 * passes, and what Quarkus's filter refuses is answered as a problem.
 */
@QuarkusTest
class CorsRefusalTest {

    private static final String PREVIEW = "https://redaction.preview.kiosque.test";

    @Test
    void anOriginAllowedByARegularExpressionPassesPreflightAndRequest() {
        given().header("Origin", PREVIEW).header("Access-Control-Request-Method", "GET")
                .options("/api/v1/articles")
                .then().statusCode(200)
                .header("Access-Control-Allow-Origin", PREVIEW);
        given().header("Origin", PREVIEW).get("/api/v1/articles")
                .then().statusCode(200)
                .header("Access-Control-Allow-Origin", PREVIEW);
    }

    @Test
    void anOriginTheRegularExpressionDoesNotWhollyMatchIsRefusedAsAProblem() {
        for (String origin : new String[] { "https://redaction.preview.kiosque.test.evil.example", "http://redaction.preview.kiosque.test",
                "https://evil.example" }) {
            Response refused = given().header("Origin", origin).get("/api/v1/tags");
            refused.then().statusCode(403).contentType("application/problem+json")
                    .body("type", equalTo("urn:kiosque:problem:forbidden"))
                    .body("status", equalTo(403))
                    .body("instance", equalTo("/api/v1/tags"))
                    .header("Cache-Control", "private, no-store");
            assertThat(refused.header("Access-Control-Allow-Origin")).as(origin).isNull();
            given().header("Origin", origin).header("Access-Control-Request-Method", "POST")
                    .options("/api/v1/articles/un-article/comments")
                    .then().statusCode(403).contentType("application/problem+json");
        }
    }

    @Test
    void sameOriginRequestsAndRequestsWithoutOriginAreNotConcerned() {
        given().get("/api/v1/tags").then().statusCode(200);
        given().header("Origin", "http://localhost:" + RestAssured.port).get("/api/v1/tags").then().statusCode(200);
    }
}
