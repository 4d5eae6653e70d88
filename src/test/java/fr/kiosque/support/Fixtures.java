package fr.kiosque.support;

import static io.restassured.RestAssured.given;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;

/**
 * Test data made through the staff API, as a client would. Every name carries a random suffix so
 * that no test depends on another's data or on the order tests run in.
 */
public final class Fixtures {

    private Fixtures() {
    }

    public static String unique(String prefix) {
        return prefix + " " + UUID.randomUUID().toString().substring(0, 8);
    }

    /** Creates a section; returns its slug. */
    public static String section(String name) {
        return create("/api/v1/admin/sections", Map.of("name", name)).extract().path("slug");
    }

    /** Creates an author; returns its slug. */
    public static String author(String name) {
        return create("/api/v1/admin/authors", Map.of("name", name, "role", "Journaliste", "bio", "Bio de " + name))
                .extract().path("slug");
    }

    /** The current ETag of a staff resource, to send as If-Match. */
    public static String etag(String path) {
        return given().header("Authorization", Tokens.bearer(Tokens.editor()))
                .when().get(path)
                .then().statusCode(200)
                .extract().header("ETag");
    }

    /** Deletes a staff resource with its current ETag as If-Match; returns the status. */
    public static int delete(String path) {
        return given().header("Authorization", Tokens.bearer(Tokens.editor()))
                .header("If-Match", etag(path))
                .when().delete(path)
                .then().extract().statusCode();
    }

    public static ValidatableResponse create(String path, Object body) {
        return given().contentType(ContentType.JSON)
                .header("Authorization", Tokens.bearer(Tokens.editor()))
                .body(body)
                .when().post(path)
                .then().statusCode(201);
    }

    /**
     * A fluent article to create through {@code POST /api/v1/admin/articles}: PUBLISHED and
     * complete by default (title, standfirst, body, and a section and an author of its own unless
     * the test names them). {@code with("section", null)} leaves it without.
     */
    public static ArticleBuilder article() {
        return new ArticleBuilder();
    }

    public static final class ArticleBuilder {
        private final Map<String, Object> body = new HashMap<>();

        ArticleBuilder() {
            body.put("title", unique("Article"));
            body.put("standfirst", "Un chapô de test.");
            body.put("body", "<p>Un corps de test avec quelques mots.</p>");
            body.put("status", "PUBLISHED");
        }

        public ArticleBuilder with(String field, Object value) {
            body.put(field, value);
            return this;
        }

        public ArticleBuilder title(String title) {
            return with("title", title);
        }

        public ArticleBuilder section(String slug) {
            return with("section", slug);
        }

        public ArticleBuilder authors(String... slugs) {
            return with("authors", List.of(slugs));
        }

        public ArticleBuilder tags(String... names) {
            return with("tags", new ArrayList<>(List.of(names)));
        }

        public ArticleBuilder status(String status) {
            return with("status", status);
        }

        public ArticleBuilder publishedAt(String instant) {
            return with("publishedAt", instant);
        }

        /** The request body; makes the section and author it needs if the test named none. */
        public Map<String, Object> body() {
            if (!body.containsKey("section")) {
                body.put("section", Fixtures.section(unique("Rubrique")));
            }
            if (!body.containsKey("authors")) {
                body.put("authors", List.of(Fixtures.author(unique("Auteur"))));
            }
            return body;
        }

        /** Creates it; returns the staff view (id, slug, version…). */
        public Created create() {
            var response = Fixtures.create("/api/v1/admin/articles", body()).extract();
            return new Created(response.<Integer> path("id").longValue(), response.path("slug"), response.header("ETag"));
        }
    }

    public record Created(long id, String slug, String etag) {
    }
}
