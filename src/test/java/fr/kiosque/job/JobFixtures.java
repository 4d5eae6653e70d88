package fr.kiosque.job;

import static io.restassured.RestAssured.given;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import fr.kiosque.support.Tokens;
import io.restassured.http.ContentType;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;

/**
 * Job listings and career sheets made through the staff API, as a client would. Every title
 * carries a random token, so a test can scope the public list to its own listings with
 * {@code q=<token>} and know every count exactly.
 */
final class JobFixtures {

    static final String ADMIN_JOBS = "/api/v1/admin/jobs";
    static final String ADMIN_PROFILES = "/api/v1/admin/job-profiles";

    private JobFixtures() {
    }

    /** A token no other listing has: lower-case letters only, so that it survives folding as is. */
    static String token() {
        StringBuilder token = new StringBuilder("zq");
        for (char c : UUID.randomUUID().toString().replace("-", "").substring(0, 10).toCharArray()) {
            token.append((char) ('a' + Character.digit(c, 16) % 26));
        }
        return token.toString();
    }

    static String recruiter() {
        return Tokens.bearer(Tokens.withRoles("recruiter"));
    }

    static String editor() {
        return Tokens.bearer(Tokens.editor());
    }

    static Instant inDays(long days) {
        return Instant.now().plus(Duration.ofDays(days)).truncatedTo(ChronoUnit.SECONDS);
    }

    // ---- career sheets --------------------------------------------------------------------

    static ProfileBuilder profile() {
        return new ProfileBuilder();
    }

    static final class ProfileBuilder {
        private final Map<String, Object> body = new LinkedHashMap<>();

        ProfileBuilder() {
            body.put("title", "Métier " + token());
            body.put("summary", "Un métier de test.");
        }

        ProfileBuilder with(String field, Object value) {
            body.put(field, value);
            return this;
        }

        ProfileBuilder title(String title) {
            return with("title", title);
        }

        Map<String, Object> body() {
            return body;
        }

        Created create() {
            ExtractableResponse<Response> response = given().contentType(ContentType.JSON).header("Authorization", editor())
                    .body(body).when().post(ADMIN_PROFILES).then().statusCode(201).extract();
            return new Created(response.<Integer> path("id").longValue(), response.path("slug"), response.header("ETag"));
        }
    }

    // ---- listings -------------------------------------------------------------------------

    static ListingBuilder listing() {
        return new ListingBuilder();
    }

    static final class ListingBuilder {
        private final Map<String, Object> body = new HashMap<>();
        private final Map<String, Object> location = new HashMap<>();
        private final Map<String, Object> salary = new HashMap<>();

        ListingBuilder() {
            body.put("title", "Chargé de communication " + token());
            body.put("company", new HashMap<>(Map.of("name", "Agence Test")));
            location.put("city", "Paris");
            location.put("postalCode", "75002");
            location.put("region", "ile-de-france");
            body.put("location", location);
            body.put("remote", "ON_SITE");
            body.put("contract", "CDI");
            salary.put("min", 38000);
            salary.put("max", 45000);
            body.put("salary", salary);
            body.put("description", "<p>Une offre de test.</p>");
            body.put("validThrough", inDays(30).toString());
        }

        @SuppressWarnings("unchecked")
        ListingBuilder with(String field, Object value) {
            if (field.equals("location")) {
                location.clear();
                location.putAll((Map<String, Object>) value);
            } else {
                body.put(field, value);
            }
            return this;
        }

        ListingBuilder title(String title) {
            return with("title", title);
        }

        ListingBuilder contract(String contract) {
            return with("contract", contract);
        }

        ListingBuilder remote(String remote) {
            return with("remote", remote);
        }

        ListingBuilder profile(String slug) {
            return with("profile", slug);
        }

        ListingBuilder region(String region) {
            location.put("region", region);
            return this;
        }

        ListingBuilder city(String city) {
            location.put("city", city);
            return this;
        }

        ListingBuilder location(String field, Object value) {
            location.put(field, value);
            return this;
        }

        ListingBuilder salary(Number min, Number max) {
            salary.put("min", min);
            salary.put("max", max);
            return this;
        }

        ListingBuilder salary(String field, Object value) {
            salary.put(field, value);
            return this;
        }

        ListingBuilder withoutSalary() {
            body.remove("salary");
            return this;
        }

        ListingBuilder posted(Instant datePosted) {
            return with("datePosted", datePosted.toString());
        }

        ListingBuilder validThrough(Instant validThrough) {
            return with("validThrough", validThrough.toString());
        }

        Map<String, Object> body() {
            Map<String, Object> copy = new HashMap<>(body);
            if (copy.containsKey("salary")) {
                copy.put("salary", new HashMap<>(salary));
            }
            copy.put("location", new HashMap<>(location));
            return copy;
        }

        Created create() {
            ExtractableResponse<Response> response = given().contentType(ContentType.JSON).header("Authorization", recruiter())
                    .body(body()).when().post(ADMIN_JOBS).then().statusCode(201).extract();
            return new Created(response.<Integer> path("id").longValue(), response.path("slug"), response.header("ETag"));
        }
    }

    record Created(long id, String slug, String etag) {
    }

    static List<String> list(String... values) {
        return new ArrayList<>(List.of(values));
    }
}
