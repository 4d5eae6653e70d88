package fr.kiosque.cv;

import static io.restassured.RestAssured.given;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import fr.kiosque.support.Tokens;
import io.restassured.builder.MultiPartSpecBuilder;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

/** CV submissions sent as a candidate's browser would, and what they need (a career sheet, a listing). */
final class CvFixtures {

    static final String SUBMISSIONS = "/api/v1/cv-submissions";
    static final String ADMIN = "/api/v1/admin/cv-submissions";

    private CvFixtures() {
    }

    static String recruiter() {
        return Tokens.bearer(Tokens.withRoles("recruiter"));
    }

    static String admin() {
        return Tokens.bearer(Tokens.admin());
    }

    static String editor() {
        return Tokens.bearer(Tokens.editor());
    }

    /** A new career sheet; its slug. */
    static String profile() {
        return given().contentType(ContentType.JSON).header("Authorization", editor())
                .body(Map.of("title", "Métier CV " + UUID.randomUUID().toString().substring(0, 8), "summary", "Un métier de test."))
                .when().post("/api/v1/admin/job-profiles")
                .then().statusCode(201).extract().path("slug");
    }

    /** A new open listing that takes applications through Kiosque; {id, slug}. */
    static Map<String, Object> listing() {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("title", "Chargé de recrutement " + UUID.randomUUID().toString().substring(0, 8));
        body.put("company", Map.of("name", "Agence Test"));
        body.put("location", Map.of("city", "Lyon", "postalCode", "69002", "region", "auvergne-rhone-alpes"));
        body.put("remote", "ON_SITE");
        body.put("contract", "CDI");
        body.put("salary", Map.of("min", 38000, "max", 45000));
        body.put("description", "<p>Une offre de test.</p>");
        body.put("validThrough", Instant.now().plus(30, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS).toString());
        Response response = given().contentType(ContentType.JSON).header("Authorization", recruiter()).body(body)
                .when().post("/api/v1/admin/jobs").then().statusCode(201).extract().response();
        return Map.of("id", response.<Integer> path("id").longValue(), "slug", response.path("slug"), "etag", response.header("ETag"));
    }

    static Submission submission(String profile) {
        return new Submission().field("desiredProfile", profile);
    }

    /** A submission being written: valid by default (a spontaneous one, with a small PDF), each part replaceable. */
    static final class Submission {
        final Map<String, String> fields = new LinkedHashMap<>();
        byte[] file = CvFiles.pdf();
        String fileName = "CV Camille Durand.pdf";
        String declaredType = "application/pdf";
        String idempotencyKey;
        String client = Tokens.randomClient();

        Submission() {
            fields.put("firstName", "Camille");
            fields.put("lastName", "Durand");
            fields.put("email", "camille." + UUID.randomUUID().toString().substring(0, 8) + "@example.org");
            fields.put("phone", "+33 6 12 34 56 78");
            fields.put("location", "Lyon");
            fields.put("message", "Bonjour, cheffe de projet digitale depuis six ans, je cherche un poste à Lyon.");
            fields.put("consent", "true");
        }

        Submission field(String name, String value) {
            if (value == null) {
                fields.remove(name);
            } else {
                fields.put(name, value);
            }
            return this;
        }

        Submission file(byte[] bytes, String name, String type) {
            this.file = bytes;
            this.fileName = name;
            this.declaredType = type;
            return this;
        }

        Submission noFile() {
            this.file = null;
            return this;
        }

        Submission idempotencyKey(String key) {
            this.idempotencyKey = key;
            return this;
        }

        Submission client(String address) {
            this.client = address;
            return this;
        }

        String email() {
            return fields.get("email");
        }

        RequestSpecification request() {
            RequestSpecification spec = given().header("X-Forwarded-For", client).contentType("multipart/form-data");
            for (Map.Entry<String, String> field : fields.entrySet()) {
                spec.multiPart(new MultiPartSpecBuilder(field.getValue()).controlName(field.getKey())
                        .mimeType("text/plain").charset("UTF-8").build());
            }
            if (file != null) {
                spec.multiPart("cv", fileName, file, declaredType);
            }
            if (idempotencyKey != null) {
                spec.header("Idempotency-Key", idempotencyKey);
            }
            return spec;
        }

        Response send() {
            return request().when().post(SUBMISSIONS).then().extract().response();
        }

        /** Sends it and expects 201; the receipt. */
        Receipt create() {
            Response response = request().when().post(SUBMISSIONS).then().statusCode(201).extract().response();
            return new Receipt(UUID.fromString(response.path("id")), response.path("deletionToken"), response.path("receivedAt"));
        }
    }

    record Receipt(UUID id, String deletionToken, String receivedAt) {
    }
}
