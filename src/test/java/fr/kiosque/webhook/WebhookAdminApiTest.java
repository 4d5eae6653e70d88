package fr.kiosque.webhook;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.startsWith;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import fr.kiosque.support.Concurrently;
import fr.kiosque.support.Tokens;
import fr.kiosque.webhook.api.WebhookRequest;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;

@QuarkusTest
class WebhookAdminApiTest {

    private static final String ADMIN = "/api/v1/admin/webhooks";
    private static final String PROBLEM = "application/problem+json";

    @BeforeAll
    static void logFailures() {
        RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
    }

    private static RequestSpecification admin() {
        return given().header("Authorization", Tokens.bearer(Tokens.admin()));
    }

    private static Map<String, Object> body(String url, String... events) {
        Map<String, Object> body = new HashMap<>();
        body.put("url", url);
        body.put("description", "Reconstruction du site");
        body.put("events", List.of(events));
        body.put("secret", "whsec_un-secret-assez-long");
        return body;
    }

    private static long create(Map<String, Object> body) {
        return admin().contentType(ContentType.JSON).body(body).when().post(ADMIN)
                .then().statusCode(201).extract().<Integer> path("id").longValue();
    }

    private static String etag(long id) {
        return admin().get(ADMIN + "/" + id).then().statusCode(200).extract().header("ETag");
    }

    private static void delete(long id) {
        admin().header("If-Match", etag(id)).delete(ADMIN + "/" + id).then().statusCode(204);
    }

    @Test
    void anAdminRegistersReadsReplacesAndDeletesAnEndpointWhoseSecretNeverComesBack() {
        var created = admin().contentType(ContentType.JSON)
                .body(body("https://front.kiosque.fr/api/revalidate", "article.published", "article.updated"))
                .when().post(ADMIN)
                .then().statusCode(201)
                .header("Cache-Control", "private, no-store")
                .header("ETag", "\"v0\"")
                .header("Location", startsWith("http"))
                .extract();
        JsonPath json = created.jsonPath();
        long id = json.getLong("id");
        assertThat(json.getMap("")).containsOnlyKeys("id", "url", "description", "events", "secretHint", "active",
                "createdAt", "updatedAt", "version");
        assertThat(json.getString("secretHint")).isEqualTo("…long");
        assertThat(created.asString()).doesNotContain("un-secret-assez");
        assertThat(json.getList("events")).containsExactly("article.published", "article.updated");
        assertThat(json.getBoolean("active")).isTrue();
        assertThat(created.header("Location")).endsWith(ADMIN + "/" + id);

        admin().get(ADMIN + "/" + id).then().statusCode(200).header("ETag", "\"v0\"")
                .body("url", equalTo("https://front.kiosque.fr/api/revalidate"));
        admin().get(ADMIN + "?size=100").then().statusCode(200).body("items.id", hasItem((int) id));

        // PUT without a secret keeps it; with one replaces it
        Map<String, Object> replaced = body("https://front.kiosque.fr/api/hook", "job.published");
        replaced.remove("secret");
        replaced.put("active", false);
        admin().contentType(ContentType.JSON).header("If-Match", "\"v0\"").body(replaced).when().put(ADMIN + "/" + id)
                .then().statusCode(200).header("ETag", "\"v1\"")
                .body("secretHint", equalTo("…long")).body("active", equalTo(false)).body("events", equalTo(List.of("job.published")));
        replaced.put("secret", "whsec_nouveau-secret-9876");
        admin().contentType(ContentType.JSON).header("If-Match", "\"v1\"").body(replaced).when().put(ADMIN + "/" + id)
                .then().statusCode(200).body("secretHint", equalTo("…9876"));

        admin().contentType(ContentType.JSON).header("If-Match", "\"v0\"").body(replaced).when().put(ADMIN + "/" + id)
                .then().statusCode(412).contentType(PROBLEM);
        admin().contentType(ContentType.JSON).body(replaced).when().put(ADMIN + "/" + id)
                .then().statusCode(428).contentType(PROBLEM);
        admin().header("If-Match", "\"v0\"").delete(ADMIN + "/" + id).then().statusCode(412).contentType(PROBLEM);
        admin().delete(ADMIN + "/" + id).then().statusCode(428).contentType(PROBLEM);
        delete(id);
        admin().get(ADMIN + "/" + id).then().statusCode(404).contentType(PROBLEM);
        admin().contentType(ContentType.JSON).header("If-Match", "\"v0\"").body(replaced).when().put(ADMIN + "/" + id)
                .then().statusCode(404);
        admin().header("If-Match", "\"v0\"").delete(ADMIN + "/" + id).then().statusCode(404);
        admin().get(ADMIN + "/" + id + "/deliveries").then().statusCode(404);
        admin().post(ADMIN + "/" + id + "/deliveries/1/replay").then().statusCode(404);
    }

    @Test
    void badEndpointsAreRefusedFieldByField() {
        admin().contentType(ContentType.JSON).body(body("ftp://front.kiosque.fr/x", "article.published")).when().post(ADMIN)
                .then().statusCode(400).contentType(PROBLEM).body("errors.field", hasItem("url"));
        admin().contentType(ContentType.JSON).body(body("https://front.kiosque.fr/x", "article.published", "article.liked"))
                .when().post(ADMIN)
                .then().statusCode(400).body("errors.field", hasItem("events"));
        Map<String, Object> noSecret = body("https://front.kiosque.fr/x", "article.published");
        noSecret.remove("secret");
        admin().contentType(ContentType.JSON).body(noSecret).when().post(ADMIN)
                .then().statusCode(400).body("errors.field", hasItem("secret"));
        Map<String, Object> shortSecret = body("https://front.kiosque.fr/x", "article.published");
        shortSecret.put("secret", "court");
        admin().contentType(ContentType.JSON).body(shortSecret).when().post(ADMIN)
                .then().statusCode(400).body("errors.field", hasItem("secret"));
        admin().contentType(ContentType.JSON).body(Map.of("url", "https://front.kiosque.fr/x", "events", List.of(),
                "secret", "whsec_un-secret-assez-long")).when().post(ADMIN)
                .then().statusCode(400).body("errors.field", hasItem("events"));
        admin().contentType(ContentType.JSON)
                .body(body("https://front.kiosque.fr/x", java.util.Collections.nCopies(WebhookRequest.MAX_EVENTS + 1, "article.published")
                        .toArray(String[]::new)))
                .when().post(ADMIN)
                .then().statusCode(400).contentType(PROBLEM).body("errors.field", contains("events"));
        admin().contentType(ContentType.TEXT).body("url=x").when().post(ADMIN).then().statusCode(415).contentType(PROBLEM);
        admin().get(ADMIN + "?page=0").then().statusCode(400).contentType(PROBLEM);

        long id = create(body("https://front.kiosque.fr/valide", "article.published"));
        try {
            admin().contentType(ContentType.JSON).header("If-Match", etag(id)).body(body("gopher://x", "article.published"))
                    .when().put(ADMIN + "/" + id).then().statusCode(400).body("errors.field", hasItem("url"));
            admin().get(ADMIN + "/" + id + "/deliveries?status=PERDU").then().statusCode(400).contentType(PROBLEM);
            admin().get(ADMIN + "/" + id + "/deliveries?size=500").then().statusCode(400);
            admin().post(ADMIN + "/" + id + "/deliveries/999999999/replay").then().statusCode(404);
        } finally {
            delete(id);
        }
    }

    @Test
    void parallelWritesNeitherFailNorLoseNorDouble() throws Exception {
        int parallel = 8;
        List<Callable<Integer>> creations = new ArrayList<>();
        List<Long> ids = java.util.Collections.synchronizedList(new ArrayList<>());
        for (int i = 0; i < parallel; i++) {
            String url = "https://front.kiosque.fr/hook-" + i;
            creations.add(() -> {
                var answer = admin().contentType(ContentType.JSON).body(body(url, "article.published"))
                        .when().post(ADMIN).then().extract();
                if (answer.statusCode() == 201) {
                    ids.add(answer.jsonPath().getLong("id"));
                }
                return answer.statusCode();
            });
        }
        assertThat(Concurrently.run(creations)).containsOnly(201);
        assertThat(ids).doesNotHaveDuplicates().hasSize(parallel);
        try {
            // the same If-Match from everyone: one replaces, the others are told it changed
            long target = ids.get(0);
            String etag = etag(target);
            List<Callable<Integer>> updates = new ArrayList<>();
            for (int i = 0; i < parallel; i++) {
                String url = "https://front.kiosque.fr/remplace-" + i;
                updates.add(() -> admin().contentType(ContentType.JSON).header("If-Match", etag)
                        .body(body(url, "article.updated")).when().put(ADMIN + "/" + target).then().extract().statusCode());
            }
            List<Integer> statuses = Concurrently.run(updates);
            assertThat(statuses).containsOnly(200, 412);
            assertThat(statuses.stream().filter(s -> s == 200)).hasSize(1);
            admin().get(ADMIN + "/" + target).then().statusCode(200).header("ETag", "\"v1\"");

            List<Callable<Integer>> deletions = new ArrayList<>();
            for (int i = 0; i < parallel; i++) {
                long id = ids.get(i);
                String tag = etag(id);
                deletions.add(() -> admin().header("If-Match", tag).delete(ADMIN + "/" + id).then().extract().statusCode());
                deletions.add(() -> admin().header("If-Match", tag).delete(ADMIN + "/" + id).then().extract().statusCode());
            }
            List<Integer> deleted = Concurrently.run(deletions);
            assertThat(deleted).containsOnly(204, 404);
            assertThat(deleted.stream().filter(s -> s == 204)).hasSize(parallel);
            ids.clear();
        } finally {
            for (long id : ids) {
                delete(id);
            }
        }
    }
}
