package fr.kiosque.support;

import static io.restassured.RestAssured.given;

import java.util.List;
import java.util.Map;

import io.restassured.http.ContentType;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;

/** Content API keys (Ghost-compatible API) made through the admin API, as an admin would. */
public final class ContentKeys {

    public static final String PATH = "/api/v1/admin/content-api-keys";

    private static volatile String shared;

    private ContentKeys() {
    }

    /** A key with these rights and limit; returns the creation's answer ({@code key}, {@code apiKey.id}…). */
    public static ExtractableResponse<Response> create(String rights, int requestsPerMinute, List<String> origins) {
        return given().contentType(ContentType.JSON)
                .header("Authorization", Tokens.bearer(Tokens.admin()))
                .body(Map.of("name", Fixtures.unique("Partenaire"), "rights", rights, "requestsPerMinute", requestsPerMinute,
                        "allowedOrigins", origins))
                .when().post(PATH)
                .then().statusCode(201)
                .extract();
    }

    /** A FULL key with a high limit, shared by the tests that only need to be let in. */
    public static String shared() {
        if (shared == null) {
            synchronized (ContentKeys.class) {
                if (shared == null) {
                    shared = create("FULL", 100_000, List.of("http://localhost:3000")).path("key");
                }
            }
        }
        return shared;
    }
}
