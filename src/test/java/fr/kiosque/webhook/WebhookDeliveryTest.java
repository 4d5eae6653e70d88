package fr.kiosque.webhook;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.Callable;

import jakarta.inject.Inject;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import fr.kiosque.article.PublishDueArticles;
import fr.kiosque.support.Concurrently;
import fr.kiosque.support.Fixtures;
import fr.kiosque.support.TestClock;
import fr.kiosque.support.Tokens;
import fr.kiosque.support.WebhookReceiver;
import fr.kiosque.support.WebhookReceiver.Received;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;

/** Deliveries end to end: a receiver inside the test gets what the API's changes announce. */
@QuarkusTest
class WebhookDeliveryTest {

    private static final String ARTICLES = "/api/v1/admin/articles/";
    private static final List<String> ARTICLE_EVENTS = List.of("article.published", "article.updated",
            "article.unpublished", "article.deleted");

    @Inject
    TestClock clock;

    @Inject
    PublishDueArticles articles;

    @Inject
    WebhookService webhooks;

    @BeforeAll
    static void logFailures() {
        RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
    }

    private static RequestSpecification editor() {
        return given().header("Authorization", Tokens.bearer(Tokens.editor()));
    }

    private static RequestSpecification admin() {
        return given().header("Authorization", Tokens.bearer(Tokens.admin()));
    }

    private static String adminEtag(String path) {
        return admin().get(path).then().statusCode(200).extract().header("ETag");
    }

    private static void patch(long id, String json) {
        editor().contentType(ContentType.JSON).header("If-Match", Fixtures.etag(ARTICLES + id))
                .body(json).when().patch(ARTICLES + id).then().statusCode(200);
    }

    private static void status(long id, String status) {
        editor().contentType(ContentType.JSON).header("If-Match", Fixtures.etag(ARTICLES + id))
                .body(Map.of("status", status)).when().put(ARTICLES + id + "/status").then().statusCode(200);
    }

    @Test
    void eachArticleEventReachesTheReceiverOnceSigned() {
        try (WebhookReceiver receiver = WebhookReceiver.start()) {
            receiver.register(ARTICLE_EVENTS.toArray(String[]::new));
            var article = Fixtures.article().create();
            patch(article.id(), "{\"standfirst\": \"Un chapô revu.\"}");
            status(article.id(), "DRAFT");
            status(article.id(), "PUBLISHED");
            // a draft changes nothing the public sees: nothing is sent
            var draft = Fixtures.article().status("DRAFT").create();
            patch(draft.id(), "{\"standfirst\": \"Encore un brouillon.\"}");
            assertThat(Fixtures.delete(ARTICLES + article.id())).isEqualTo(204);

            Webhooks.deliverAll();
            Webhooks.deliverAll(); // a second round sends nothing again

            List<Received> mine = receiver.received().stream()
                    .filter(r -> Set.of(article.slug(), draft.slug()).contains(r.json().getString("data.slug"))).toList();
            assertThat(mine).extracting(Received::event).containsExactly("article.published", "article.updated",
                    "article.unpublished", "article.published", "article.deleted");
            for (Received request : mine) {
                assertThat(receiver.signatureValid(request)).as("signature of %s", request.event()).isTrue();
                JsonPath json = request.json();
                assertThat(json.getMap("")).containsOnlyKeys("id", "event", "occurredAt", "data");
                assertThat(json.getString("event")).isEqualTo(request.event());
                assertThat(request.header("Kiosque-Delivery")).isEqualTo(json.getString("id"));
                assertThat(request.header("Content-Type")).startsWith("application/json");
                assertThat(Instant.parse(json.getString("occurredAt"))).isBefore(Instant.now().plusSeconds(5));
                assertThat(json.getString("data.slug")).isEqualTo(article.slug());
            }
            assertThat(mine.get(1).json().getString("data.standfirst")).isEqualTo("Un chapô revu.");
            assertThat(mine.stream().map(r -> r.json().getString("id")).distinct()).hasSize(5);
            // a forged body does not verify
            Received forged = new Received(mine.get(0).headers(), mine.get(0).body().replace("article.published", "article.deleted"));
            assertThat(receiver.signatureValid(forged)).isFalse();

            admin().get(WebhookReceiver.ADMIN + "/" + receiver.endpointId() + "/deliveries?status=DELIVERED&size=100")
                    .then().statusCode(200).body("items.findAll { it.status == 'DELIVERED' }.size()", equalTo(5));
        }
    }

    @Test
    void aScheduledPublicationIsAnnouncedWhenItGoesLive() {
        Instant due = Instant.now().plus(1, ChronoUnit.HOURS).truncatedTo(ChronoUnit.MILLIS);
        try (WebhookReceiver receiver = WebhookReceiver.start()) {
            receiver.register("article.published");
            var article = Fixtures.article().status("SCHEDULED").publishedAt(due.toString()).create();
            Webhooks.deliverAll();
            assertThat(receiver.received("article.published", article.slug())).isEmpty();

            clock.advance(Duration.ofHours(1).plusSeconds(1));
            assertThat(articles.publishDue()).isGreaterThanOrEqualTo(1);
            assertThat(articles.publishDue()).isZero();
            Webhooks.deliverAll();
            List<Received> got = receiver.received("article.published", article.slug());
            assertThat(got).hasSize(1);
            assertThat(receiver.signatureValid(got.get(0))).isTrue();
        } finally {
            clock.reset();
        }
    }

    @Test
    void aReceiverThatFailsTwiceGetsTheDeliveryOnTheThirdTryAndTheLogShowsAllThree() {
        try (WebhookReceiver receiver = WebhookReceiver.start(500, 503)) {
            long endpoint = receiver.register("article.published");
            var article = Fixtures.article().create();

            Webhooks.deliverAll();
            assertThat(receiver.received("article.published", article.slug())).hasSize(1);
            String log = WebhookReceiver.ADMIN + "/" + endpoint + "/deliveries";
            JsonPath first = admin().get(log).then().statusCode(200).extract().jsonPath();
            assertThat(first.getString("items[0].status")).isEqualTo("PENDING");
            assertThat(first.getInt("items[0].lastStatus")).isEqualTo(500);
            Instant retryAt = Instant.parse(first.getString("items[0].nextAttemptAt"));
            assertThat(retryAt).isAfter(Instant.now().plusSeconds(20));

            // not due yet: nothing is sent
            Webhooks.deliverAll();
            assertThat(receiver.received("article.published", article.slug())).hasSize(1);

            clock.advance(Duration.ofSeconds(31)); // backoff base (30 s)
            Webhooks.deliverAll();
            assertThat(receiver.received("article.published", article.slug())).hasSize(2);
            clock.advance(Duration.ofSeconds(61)); // doubled
            Webhooks.deliverAll();
            List<Received> got = receiver.received("article.published", article.slug());
            assertThat(got).hasSize(3);
            assertThat(got).extracting(r -> r.json().getString("id")).containsOnly(got.get(0).json().getString("id"));
            assertThat(got).allMatch(receiver::signatureValid);

            JsonPath delivered = admin().get(log).then().statusCode(200)
                    .body("items", hasSize(1))
                    .extract().jsonPath();
            assertThat(delivered.getMap("items[0]")).containsOnlyKeys("id", "eventId", "event", "status", "attempts",
                    "lastStatus", "nextAttemptAt", "createdAt", "deliveredAt", "log");
            assertThat(delivered.getString("items[0].status")).isEqualTo("DELIVERED");
            assertThat(delivered.getInt("items[0].attempts")).isEqualTo(3);
            assertThat(delivered.getString("items[0].nextAttemptAt")).isNull();
            assertThat(delivered.getString("items[0].deliveredAt")).isNotNull();
            assertThat(delivered.getList("items[0].log.statusCode", Integer.class)).containsExactly(500, 503, 200);
            assertThat(delivered.getList("items[0].log.error", String.class)).containsExactly("réponse HTTP 500",
                    "réponse HTTP 503", null);
            assertThat(delivered.getMap("items[0].log[0]")).containsOnlyKeys("attemptedAt", "statusCode", "durationMs", "error");
        } finally {
            clock.reset();
        }
    }

    @Test
    void afterAFailureTheEndpointsLaterEventsWaitAndKeepTheirOrder() {
        try (WebhookReceiver receiver = WebhookReceiver.start(500)) {
            long endpoint = receiver.register("article.published");
            var first = Fixtures.article().create();
            var second = Fixtures.article().create();

            Webhooks.deliverAll();
            // the first failed; the second was not even tried
            assertThat(receiver.received()).extracting(r -> r.json().getString("data.slug")).containsExactly(first.slug());
            JsonPath log = admin().get(WebhookReceiver.ADMIN + "/" + endpoint + "/deliveries").then().statusCode(200)
                    .extract().jsonPath();
            assertThat(log.getList("items.status")).containsExactly("PENDING", "PENDING");
            assertThat(log.getList("items.attempts", Integer.class)).containsExactly(0, 1);

            clock.advance(Duration.ofSeconds(31));
            Webhooks.deliverAll();
            assertThat(receiver.received()).extracting(r -> r.json().getString("data.slug"))
                    .containsExactly(first.slug(), first.slug(), second.slug());
            admin().get(WebhookReceiver.ADMIN + "/" + endpoint + "/deliveries").then().statusCode(200)
                    .body("items.status", equalTo(List.of("DELIVERED", "DELIVERED")))
                    .body("items.attempts", equalTo(List.of(1, 2)));
        } finally {
            clock.reset();
        }
    }

    @Test
    void aDeliveryThatKeepsFailingEndsFailedAndAnAdminCanReplayIt() throws Exception {
        try (WebhookReceiver receiver = WebhookReceiver.start(500, 500, 500, 500)) {
            long endpoint = receiver.register("article.published");
            var article = Fixtures.article().create();
            for (int i = 0; i < 4; i++) { // kiosque.webhooks.max-attempts is 4 in the test profile
                Webhooks.deliverAll();
                clock.advance(Duration.ofMinutes(10));
            }
            String log = WebhookReceiver.ADMIN + "/" + endpoint + "/deliveries";
            JsonPath failed = admin().get(log + "?status=FAILED").then().statusCode(200).body("items", hasSize(1)).extract().jsonPath();
            assertThat(failed.getInt("items[0].attempts")).isEqualTo(4);
            long delivery = failed.getLong("items[0].id");
            Webhooks.deliverAll();
            assertThat(receiver.received("article.published", article.slug())).hasSize(4);

            // five admins replay it at once: one delivery more, not five
            List<ValidatableResponse> replays = Concurrently.times(5, i -> admin().post(log + "/" + delivery + "/replay").then());
            for (ValidatableResponse replay : replays) {
                replay.statusCode(202).body("status", equalTo("PENDING")).body("attempts", equalTo(0)).body("log", hasSize(4));
            }
            Webhooks.deliverAll();
            assertThat(receiver.received("article.published", article.slug())).hasSize(5);
            admin().get(log).then().statusCode(200).body("items[0].status", equalTo("DELIVERED"))
                    .body("items[0].log.statusCode", equalTo(List.of(500, 500, 500, 500, 200)));
        } finally {
            clock.reset();
        }
    }

    @Test
    void aDisabledEndpointGetsNothing() {
        try (WebhookReceiver off = WebhookReceiver.start(); WebhookReceiver switchedOff = WebhookReceiver.start()) {
            long offId = off.register(false, "article.published");
            long laterId = switchedOff.register("article.published");
            var article = Fixtures.article().create();
            // switched off before the worker came by: its pending delivery is cancelled
            String path = WebhookReceiver.ADMIN + "/" + laterId;
            admin().contentType(ContentType.JSON).header("If-Match", adminEtag(path))
                    .body(Map.of("url", switchedOff.url(), "events", List.of("article.published"), "active", false))
                    .when().put(path).then().statusCode(200).body("active", equalTo(false));
            Webhooks.deliverAll();
            assertThat(off.received()).isEmpty();
            assertThat(switchedOff.received()).isEmpty();
            admin().get(WebhookReceiver.ADMIN + "/" + offId + "/deliveries").then().statusCode(200).body("items", hasSize(0));
            admin().get(path + "/deliveries").then().statusCode(200)
                    .body("items.status", equalTo(List.of("CANCELLED")));
            // a cancelled delivery is not replayed while the endpoint is off
            long cancelled = admin().get(path + "/deliveries").then().extract().jsonPath().getLong("items[0].id");
            admin().post(path + "/deliveries/" + cancelled + "/replay").then().statusCode(422);
            assertThat(article.slug()).isNotBlank();
        }
    }

    @Test
    void finishedDeliveriesLeaveTheLogAfterTheRetention() {
        try (WebhookReceiver receiver = WebhookReceiver.start()) {
            long endpoint = receiver.register("article.published");
            Fixtures.article().create();
            Webhooks.deliverAll();
            String log = WebhookReceiver.ADMIN + "/" + endpoint + "/deliveries";
            admin().get(log).then().statusCode(200).body("items.status", equalTo(List.of("DELIVERED")));
            webhooks.purgeFinished();
            admin().get(log).then().statusCode(200).body("items", hasSize(1));
            clock.advance(Duration.ofDays(31));
            assertThat(webhooks.purgeFinished()).isGreaterThanOrEqualTo(1);
            admin().get(log).then().statusCode(200).body("items", hasSize(0));
        } finally {
            clock.reset();
        }
    }

    @Test
    void theTargetIsCheckedAgainAtSendTime() {
        try (WebhookReceiver receiver = WebhookReceiver.start()) {
            long endpoint = receiver.register("article.published");
            var article = Fixtures.article().create();
            // registered while private targets were allowed; by send time they are not (its host now resolves there)
            Webhooks.allowPrivateTargetsAtSendTime(false);
            try {
                Webhooks.deliverAll();
            } finally {
                Webhooks.allowPrivateTargetsAtSendTime(true);
            }
            assertThat(receiver.received()).isEmpty();
            JsonPath log = admin().get(WebhookReceiver.ADMIN + "/" + endpoint + "/deliveries").then().statusCode(200)
                    .extract().jsonPath();
            assertThat(log.getString("items[0].status")).isEqualTo("PENDING");
            assertThat(log.getString("items[0].log[0].statusCode")).isNull();
            assertThat(log.getString("items[0].log[0].error")).startsWith("cible refusée");
            assertThat(article.slug()).isNotBlank();
        }
    }

    @Test
    void theHostIsResolvedOnceAndTheDeliveryGoesToTheAddressCheckedWithTheUrlsHost() {
        // a name no DNS knows: only the worker's own resolution (the one it checked) can lead to the receiver
        String host = "recepteur-" + System.nanoTime() + ".kiosque.test";
        List<String> lookups = new java.util.concurrent.CopyOnWriteArrayList<>();
        try (WebhookReceiver receiver = WebhookReceiver.start()) {
            Webhooks.resolveWith(name -> {
                lookups.add(name);
                if (!name.equals(host)) {
                    return UrlGuard.DNS.resolve(name);
                }
                return new java.net.InetAddress[] { java.net.InetAddress.getByAddress(host, new byte[] { 127, 0, 0, 1 }) };
            });
            long endpoint = receiver.registerAt(receiver.url(host), "article.published");
            var article = Fixtures.article().create();
            Webhooks.deliverAll();

            List<Received> got = receiver.received("article.published", article.slug());
            assertThat(got).hasSize(1);
            assertThat(got.get(0).header("Host")).isEqualTo(host + ":" + receiver.port());
            assertThat(receiver.signatureValid(got.get(0))).isTrue();
            assertThat(lookups).containsOnlyOnce(host);
            admin().get(WebhookReceiver.ADMIN + "/" + endpoint + "/deliveries").then().statusCode(200)
                    .body("items[0].status", equalTo("DELIVERED"));
        } finally {
            Webhooks.resolveWithDns();
        }
    }

    @Test
    void aHostThatResolvesToAPrivateAddressIsRefusedAtSendTimeWhateverTheFormOfTheAnswer() throws Exception {
        // an IPv6-only cluster with DNS64: the name's IPv4 address 127.0.0.1 comes back as 64:ff9b::7f00:1
        String host = "dns64-" + System.nanoTime() + ".kiosque.test";
        java.net.InetAddress nat64 = java.net.InetAddress.getByName("64:ff9b::7f00:1");
        try (WebhookReceiver viaDns64 = WebhookReceiver.start(); WebhookReceiver viaLocalhost = WebhookReceiver.start()) {
            Webhooks.resolveWith(name -> name.equals(host) ? new java.net.InetAddress[] { nat64 } : UrlGuard.DNS.resolve(name));
            long dns64 = viaDns64.registerAt(viaDns64.url(host), "article.published");
            long localhost = viaLocalhost.registerAt(viaLocalhost.url("localhost"), "article.published");
            Fixtures.article().create();
            Webhooks.allowPrivateTargetsAtSendTime(false);
            try {
                Webhooks.deliverAll();
            } finally {
                Webhooks.allowPrivateTargetsAtSendTime(true);
            }
            assertThat(viaDns64.received()).isEmpty();
            assertThat(viaLocalhost.received()).isEmpty();
            for (long endpoint : List.of(dns64, localhost)) {
                JsonPath log = admin().get(WebhookReceiver.ADMIN + "/" + endpoint + "/deliveries").then().statusCode(200)
                        .extract().jsonPath();
                assertThat(log.getString("items[0].status")).isEqualTo("PENDING");
                assertThat(log.getString("items[0].log[0].statusCode")).isNull();
                assertThat(log.getString("items[0].log[0].error")).startsWith("cible refusée")
                        .contains("adresse privée");
            }
        } finally {
            Webhooks.resolveWithDns();
        }
    }

    @Test
    void aReceiverThatNeverAnswersIsCutAtTheReadTimeout() throws Exception {
        // accepts the connection, reads nothing, answers nothing
        try (java.net.ServerSocket silent = new java.net.ServerSocket(0, 50, java.net.InetAddress.getByName("127.0.0.1"));
                WebhookReceiver receiver = WebhookReceiver.start()) {
            List<java.net.Socket> accepted = new java.util.concurrent.CopyOnWriteArrayList<>();
            Thread acceptor = new Thread(() -> {
                try {
                    while (!silent.isClosed()) {
                        accepted.add(silent.accept());
                    }
                } catch (java.io.IOException e) {
                    // closed
                }
            });
            acceptor.start();
            long endpoint = receiver.registerAt("http://127.0.0.1:" + silent.getLocalPort() + "/hook", "article.published");
            Fixtures.article().create();
            long start = System.nanoTime();
            Webhooks.deliverAll();
            long millis = Duration.ofNanos(System.nanoTime() - start).toMillis();
            JsonPath log = admin().get(WebhookReceiver.ADMIN + "/" + endpoint + "/deliveries").then().statusCode(200)
                    .extract().jsonPath();
            assertThat(log.getString("items[0].status")).isEqualTo("PENDING");
            assertThat(log.getString("items[0].log[0].error")).isEqualTo("délai dépassé");
            assertThat(log.getInt("items[0].log[0].durationMs")).isBetween(1_900, 4_000); // read-timeout: 2 s in tests
            assertThat(millis).isLessThan(10_000);
            assertThat(accepted).isNotEmpty();
            for (java.net.Socket socket : accepted) {
                socket.close();
            }
        }
    }

    @Test
    void twoWorkersRacingDeliverEachEventOnce() throws Exception {
        try (WebhookReceiver receiver = WebhookReceiver.start()) {
            receiver.register("article.published");
            List<String> slugs = new ArrayList<>();
            for (int i = 0; i < 6; i++) {
                slugs.add(Fixtures.article().create().slug());
            }
            List<Callable<Integer>> workers = new ArrayList<>();
            for (int i = 0; i < 4; i++) {
                workers.add(Webhooks::deliverDue);
            }
            List<Integer> handled = Concurrently.run(workers);
            Webhooks.deliverAll();
            assertThat(handled.stream().mapToInt(Integer::intValue).sum()).isGreaterThanOrEqualTo(slugs.size());
            Map<String, Integer> perSlug = new HashMap<>();
            for (Received request : receiver.received()) {
                perSlug.merge(request.json().getString("data.slug"), 1, Integer::sum);
            }
            for (String slug : slugs) {
                assertThat(perSlug.get(slug)).as(slug).isEqualTo(1);
            }
            Set<String> ids = new TreeSet<>(receiver.received().stream().map(r -> r.json().getString("id")).toList());
            assertThat(ids).hasSize(receiver.received().size());
        }
    }

    @Test
    void commentAndJobEventsCarryPublicDataOnly() {
        try (WebhookReceiver receiver = WebhookReceiver.start()) {
            clock.reset();
            receiver.register("comment.created", "comment.approved", "job.published", "job.closed");
            var article = Fixtures.article().create();
            Map<String, Object> comment = new HashMap<>(Map.of("authorName", "Claire Lectrice",
                    "authorEmail", "claire-" + System.nanoTime() + "@example.org", "body", "Merci pour cet article !"));
            long commentId = given().contentType(ContentType.JSON).header("X-Forwarded-For", Tokens.randomClient())
                    .body(comment).when().post("/api/v1/articles/" + article.slug() + "/comments")
                    .then().statusCode(202).extract().<Integer> path("id").longValue();
            RequestSpecification moderator = given().header("Authorization", Tokens.bearer(Tokens.withRoles("moderator")));
            String etag = moderator.get("/api/v1/admin/comments/" + commentId).then().statusCode(200).extract().header("ETag");
            given().header("Authorization", Tokens.bearer(Tokens.withRoles("moderator"))).contentType(ContentType.JSON)
                    .header("If-Match", etag).body(Map.of("status", "APPROVED"))
                    .when().patch("/api/v1/admin/comments/" + commentId).then().statusCode(200);

            String jobTitle = "Rédacteur web " + System.nanoTime();
            Map<String, Object> job = Map.of("title", jobTitle, "company", Map.of("name", "Agence Test"),
                    "location", Map.of("city", "Lyon", "postalCode", "69002", "region", "auvergne-rhone-alpes"),
                    "remote", "HYBRID", "contract", "CDI", "salary", Map.of("min", 36000, "max", 42000),
                    "description", "<p>Une offre de test.</p>",
                    "validThrough", Instant.now().plus(Duration.ofDays(30)).truncatedTo(ChronoUnit.SECONDS).toString());
            RequestSpecification recruiter = given().header("Authorization", Tokens.bearer(Tokens.withRoles("recruiter")));
            var created = recruiter.contentType(ContentType.JSON).body(job).when().post("/api/v1/admin/jobs")
                    .then().statusCode(201).extract();
            long jobId = created.<Integer> path("id").longValue();
            String jobSlug = created.path("slug");
            given().header("Authorization", Tokens.bearer(Tokens.withRoles("recruiter")))
                    .when().post("/api/v1/admin/jobs/" + jobId + "/close").then().statusCode(200);
            // one that expires: closed by the job, and announced then
            String expiringSlug = given().header("Authorization", Tokens.bearer(Tokens.withRoles("recruiter")))
                    .contentType(ContentType.JSON).body(new HashMap<>(job) {
                        {
                            put("title", jobTitle + " bis");
                        }
                    }).when().post("/api/v1/admin/jobs").then().statusCode(201).extract().path("slug");
            clock.advance(Duration.ofDays(31));
            assertThat(fr.kiosque.job.ExpiredJobs.close()).isGreaterThanOrEqualTo(1);
            Webhooks.deliverAll(); // queued "now", a month ahead
            clock.reset();

            Webhooks.deliverAll();
            List<Received> comments = receiver.received().stream()
                    .filter(r -> r.event().startsWith("comment.") && r.json().getLong("data.id") == commentId).toList();
            assertThat(comments).extracting(Received::event).containsExactly("comment.created", "comment.approved");
            for (Received request : comments) {
                assertThat(receiver.signatureValid(request)).isTrue();
                assertThat(request.json().getMap("data")).containsOnlyKeys("id", "article", "parentId", "authorName", "body",
                        "status", "staff", "createdAt");
                assertThat(request.body()).doesNotContain("example.org");
                assertThat(request.json().getString("data.article.slug")).isEqualTo(article.slug());
            }
            assertThat(comments.get(0).json().getString("data.status")).isEqualTo("PENDING");
            assertThat(comments.get(1).json().getString("data.status")).isEqualTo("APPROVED");

            assertThat(receiver.received("job.published", jobSlug)).hasSize(1);
            assertThat(receiver.received("job.closed", jobSlug)).hasSize(1);
            assertThat(receiver.received("job.published", expiringSlug)).hasSize(1);
            assertThat(receiver.received("job.closed", expiringSlug)).hasSize(1);
            assertThat(receiver.received()).allMatch(receiver::signatureValid);
        } finally {
            clock.reset();
        }
    }
}
