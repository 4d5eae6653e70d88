package fr.kiosque.common.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;

import fr.kiosque.support.RawHttp;
import fr.kiosque.support.RawHttp.Answer;
import fr.kiosque.support.Tokens;
import io.quarkus.test.junit.QuarkusTest;

/**
 * The security headers are on every kind of answer: computed by JAX-RS, served from the response
 * cache on the event loop, 304, errors of JAX-RS and of the HTTP layer, staff answers, Quarkus's own
 * endpoints; Swagger UI gets a policy that lets it run; no {@code Server} header; HSTS when the
 * request came over HTTPS (here: a trusted proxy's {@code X-Forwarded-Proto}).
 */
@QuarkusTest
class SecurityHeadersTest {

    @Test
    void everyKindOfAnswerCarriesThem() {
        String admin = Tokens.admin();
        Map<String, Answer> answers = new LinkedHashMap<>();
        answers.put("computed", get("/api/v1/sections?size=7"));
        answers.put("cache hit", get("/api/v1/sections?size=7"));
        assertThat(answers.get("cache hit").header("X-Kiosque-Cache")).isEqualTo("HIT");
        answers.put("304 from the cache", get("/api/v1/sections?size=7", "If-None-Match: " + answers.get("cache hit").header("ETag")));
        assertThat(answers.get("304 from the cache").status()).isEqualTo(304);
        answers.put("feed (XML)", get("/feeds/articles.rss"));
        answers.put("HEAD", RawHttp.send(RawHttp.head("HEAD", "/api/v1/sections"), null));
        answers.put("404 of the router", get("/nope"));
        answers.put("404 of a resource", get("/api/v1/articles/inexistant-headers"));
        answers.put("400", get("/api/v1/articles?page=0"));
        answers.put("401", get("/api/v1/admin/articles"));
        answers.put("staff 200", get("/api/v1/admin/articles", "Authorization: Bearer " + admin));
        answers.put("405", RawHttp.send(RawHttp.head("DELETE", "/api/v1/articles"), null));
        answers.put("413 of the HTTP layer", RawHttp.send(RawHttp.head("POST", "/api/v1/auth/token",
                "Content-Type: application/json", "Content-Length: 99000000"), null));
        answers.put("414", get("/api/v1/articles?q=" + "x".repeat(9000)));
        answers.put("403 CORS", get("/api/v1/articles", "Origin: https://evil.example"));
        answers.put("health", get("/q/health/live"));
        answers.put("openapi", get("/q/openapi"));
        answers.put("home", get("/"));

        answers.forEach((kind, answer) -> {
            assertThat(answer.status()).as(kind).isPositive();
            assertThat(answer.header("X-Content-Type-Options")).as(kind).isEqualTo("nosniff");
            assertThat(answer.header("Referrer-Policy")).as(kind).isEqualTo("no-referrer");
            assertThat(answer.header("Content-Security-Policy")).as(kind)
                    .isEqualTo("default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'");
            assertThat(answer.header("X-Frame-Options")).as(kind).isEqualTo("DENY");
            assertThat(answer.header("Server")).as(kind).isNull();
            assertThat(answer.header("X-Powered-By")).as(kind).isNull();
            assertThat(answer.header("Strict-Transport-Security")).as(kind + " over plain HTTP").isNull();
        });
    }

    @Test
    void swaggerUiGetsAPolicyThatLetsItRun() {
        Answer page = get("/q/swagger-ui/index.html");
        assertThat(page.status()).isEqualTo(200);
        String policy = page.header("Content-Security-Policy");
        assertThat(policy).contains("script-src 'self' 'unsafe-inline'", "style-src 'self' 'unsafe-inline'",
                "connect-src 'self'", "frame-ancestors 'none'");
        assertThat(page.header("X-Content-Type-Options")).isEqualTo("nosniff");
    }

    @Test
    void hstsWhenTheRequestCameOverHttps() {
        for (String path : new String[] { "/api/v1/sections", "/nope" }) {
            Answer answer = get(path, "X-Forwarded-Proto: https");
            assertThat(answer.header("Strict-Transport-Security")).as(path).isEqualTo("max-age=31536000; includeSubDomains");
        }
    }

    private static Answer get(String target, String... headers) {
        return RawHttp.send(RawHttp.head("GET", target, headers), null);
    }
}
