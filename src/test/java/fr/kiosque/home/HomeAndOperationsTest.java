package fr.kiosque.home;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;

/** The index, health, metrics, Swagger UI, the served docs and CORS, as an operator or a browser sees them. */
@QuarkusTest
class HomeAndOperationsTest {

    @BeforeAll
    static void logFailures() {
        RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
    }

    @Test
    void indexLinksToTheApiAndItsDocumentation() {
        Map<String, String> links = given().get("/").then().statusCode(200)
                .body("name", equalTo("Kiosque"))
                .extract().jsonPath().getMap("links");
        assertThat(links).containsEntry("articles", "/api/v1/articles")
                .containsEntry("openapi", "/q/openapi")
                .containsEntry("swaggerUi", "/q/swagger-ui/")
                .containsKey("docs");
        for (String link : links.values()) {
            if (!link.endsWith("/token")) {
                assertThat(given().get(link).statusCode()).as(link).isEqualTo(200);
            }
        }
    }

    @Test
    void answersForbidContentSniffing() {
        given().get("/api/v1/articles").then().statusCode(200).header("X-Content-Type-Options", "nosniff");
        given().get("/nope").then().statusCode(404).header("X-Content-Type-Options", "nosniff");
    }

    @Test
    void healthChecksTheDatabase() {
        given().get("/q/health/live").then().statusCode(200).body("status", equalTo("UP"));
        given().get("/q/health/ready").then().statusCode(200)
                .body("status", equalTo("UP"))
                .body("checks.name", org.hamcrest.Matchers.hasItem(containsString("Database")));
    }

    @Test
    void metricsArePrometheusText() {
        given().get("/api/v1/articles").then().statusCode(200);
        given().get("/q/metrics").then().statusCode(200)
                .body(containsString("http_server_requests_seconds_count"))
                .body(containsString("uri=\"/api/v1/articles\""))
                .body(containsString("hibernate"));
    }

    @Test
    void swaggerUiAndTheOpenApiDocumentAreServed() {
        given().get("/q/swagger-ui/").then().statusCode(200).body(containsString("swagger"));
        given().accept("application/json").get("/q/openapi").then().statusCode(200)
                .body("openapi", equalTo("3.1.0"))
                .body("info.title", equalTo("Kiosque API"));
    }

    @Test
    void docsAreServedByTheApp() {
        given().get("/docs/api-guide.md").then().statusCode(200).body(containsString("Kiosque API guide"));
        given().get("/docs/architecture.md").then().statusCode(200).body(containsString("How a request flows"));
    }

    @Test
    void docsAreServedAsMarkdownText() {
        given().get("/docs/api-guide.md").then().statusCode(200).contentType("text/markdown; charset=UTF-8");
    }

    @Test
    void queryParameterMessagesFollowAcceptLanguage() {
        given().header("Accept-Language", "en").queryParam("size", "1000").get("/api/v1/articles")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("detail", equalTo("The parameter \"size\" is invalid: must be between 1 and 100"))
                .body("errors[0].field", equalTo("size"))
                .body("errors[0].message", equalTo("must be between 1 and 100"));
        given().header("Accept-Language", "en-GB,en;q=0.9").queryParam("sort", "-votes").get("/api/v1/articles")
                .then().statusCode(400).body("errors[0].message", org.hamcrest.Matchers.startsWith("accepted values: "));
        given().header("Accept-Language", "fr-FR").queryParam("publishedAfter", "hier").get("/api/v1/articles")
                .then().statusCode(400).body("errors[0].message", org.hamcrest.Matchers.startsWith("date ISO-8601 attendue"));
        given().queryParam("page", "zéro").get("/api/v1/articles")
                .then().statusCode(400).body("errors[0].message", equalTo("doit être un nombre entier"));
    }

    @Test
    void corsLetsConfiguredOriginsReadCachingAndPagingHeaders() {
        given().header("Origin", "http://localhost:5173")
                .header("Access-Control-Request-Method", "GET")
                .options("/api/v1/articles")
                .then().statusCode(200)
                .header("Access-Control-Allow-Origin", "http://localhost:5173");
        String exposed = given().header("Origin", "http://localhost:5173").get("/api/v1/articles")
                .then().statusCode(200)
                .header("Access-Control-Allow-Origin", "http://localhost:5173")
                .extract().header("Access-Control-Expose-Headers");
        assertThat(exposed).contains("ETag", "Link", "Location");

        io.restassured.response.Response refused = given().header("Origin", "https://evil.example").get("/api/v1/articles");
        refused.then().statusCode(403).contentType("application/problem+json")
                .body("type", equalTo("urn:kiosque:problem:forbidden"))
                .header("Content-Security-Policy", org.hamcrest.Matchers.notNullValue());
        assertThat(refused.header("Access-Control-Allow-Origin")).isNull();
        // a preflight from a foreign origin: refused the same way
        given().header("Origin", "https://evil.example").header("Access-Control-Request-Method", "DELETE")
                .options("/api/v1/articles")
                .then().statusCode(403).contentType("application/problem+json");
    }
}
