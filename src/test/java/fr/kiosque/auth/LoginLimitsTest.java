package fr.kiosque.auth;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.is;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.inject.Inject;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import fr.kiosque.support.Concurrently;
import fr.kiosque.support.TestClock;
import fr.kiosque.support.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.response.Response;

/**
 * Logins under load and under attack (docs/api-guide.md, "Logins and rate limits"): 5 attempts
 * per account from one client address and 30 per client address within 15 minutes, counted
 * atomically, never a 5xx, and a stranger never locks the owner out. Each test uses client
 * addresses of its own ({@code X-Forwarded-For}, honoured in the test profile).
 */
@QuarkusTest
class LoginLimitsTest {

    private static final String TOKEN = "/api/v1/auth/token";
    private static final String PASSWORD = "un-mot-de-passe-solide";

    @Inject
    TestClock clock;

    @BeforeAll
    static void logFailures() {
        RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
    }

    @Test
    void fiftyParallelWrongPasswordsForOneAccountGetFive401sThen429sAndNo5xx() throws Exception {
        String email = account("parallele");
        String client = Tokens.randomClient();

        List<Integer> statuses = Concurrently.times(50, i -> attempt(email, "mauvais-" + i, client).statusCode());

        Map<Integer, Long> counts = count(statuses);
        assertThat(counts.keySet()).as("statuses %s", counts).containsOnly(401, 429);
        // counting is atomic: exactly the allowed attempts got through, however parallel
        assertThat(counts.get(401)).isEqualTo(5);
        assertThat(counts.get(429)).isEqualTo(45);
        // the owner, from another address, still logs in
        assertThat(login(email, PASSWORD, Tokens.randomClient())).isNotBlank();
    }

    @Test
    void parallelLoginsSpreadOverAccountsFromOneClientMeetThePerClientCeiling() throws Exception {
        String client = Tokens.randomClient();

        List<Integer> statuses = Concurrently.times(50, i -> attempt(unique("pulverisation"), "mauvais-" + i, client).statusCode());

        Map<Integer, Long> counts = count(statuses);
        assertThat(counts.keySet()).as("statuses %s", counts).containsOnly(401, 429);
        assertThat(counts.get(401)).isEqualTo(30);
        assertThat(counts.get(429)).isEqualTo(20);
        // even the right password for a real account waits, from that address
        String email = account("pulverise");
        attempt(email, PASSWORD, client).then().statusCode(429)
                .body("detail", containsString("depuis votre adresse"));
        assertThat(login(email, PASSWORD, Tokens.randomClient())).isNotBlank();
    }

    @Test
    void manyParallelLoginsFromManyClientsNeverAnswer5xx() throws Exception {
        String email = account("affluence");

        // more than the connection pool holds (20): successes, failures, refusals at once
        List<Integer> statuses = Concurrently.times(60, i -> attempt(email, i % 3 == 0 ? "mauvais" : PASSWORD,
                i % 2 == 0 ? Tokens.randomClient() : "10.255.255." + (i % 4)).statusCode());

        assertThat(statuses).as("statuses").allMatch(status -> status == 200 || status == 401 || status == 429);
        assertThat(statuses).contains(200);
    }

    @Test
    void aStrangersFailuresDoNotLockTheOwnerOut() {
        String email = account("proprietaire");
        String stranger = Tokens.randomClient();
        for (int i = 0; i < 5; i++) {
            attempt(email, "devine-" + i, stranger).then().statusCode(401);
        }
        attempt(email, PASSWORD, stranger).then().statusCode(429);

        // the owner, from their own address, logs in as usual
        String owner = Tokens.randomClient();
        assertThat(login(email, PASSWORD, owner)).isNotBlank();
        // and a success clears the owner's failures only
        for (int i = 0; i < 4; i++) {
            attempt(email, "oubli-" + i, owner).then().statusCode(401);
        }
        assertThat(login(email, PASSWORD, owner)).isNotBlank();
        attempt(email, PASSWORD, stranger).then().statusCode(429);
    }

    @Test
    void a429SaysHowLongToWaitAndTheClientMayTryAgainOnceTheWindowHasEnded() {
        String email = account("patience");
        String client = Tokens.randomClient();
        for (int i = 0; i < 5; i++) {
            attempt(email, "essai-" + i, client).then().statusCode(401);
        }
        Response refused = attempt(email, PASSWORD, client);
        refused.then().statusCode(429)
                .contentType("application/problem+json")
                .header("Cache-Control", "private, no-store")
                .body("type", equalTo("urn:kiosque:problem:too-many-requests"))
                .body("title", equalTo("Trop de requêtes"))
                .body("status", is(429))
                .body("instance", equalTo(TOKEN))
                .body("detail", containsString("pour ce compte depuis votre adresse"))
                .body("detail", containsString("Réessayez dans"));
        long retryAfter = Long.parseLong(refused.header("Retry-After"));
        assertThat(retryAfter).isBetween(850L, 900L);
        assertThat(refused.asString()).doesNotContainIgnoringCase(email);

        try {
            clock.advance(Duration.ofSeconds(retryAfter - 30));
            attempt(email, PASSWORD, client).then().statusCode(429);
            clock.advance(Duration.ofSeconds(31));
            assertThat(login(email, PASSWORD, client)).isNotBlank();
        } finally {
            clock.reset();
        }
    }

    @Test
    void aPasswordBcryptWouldCutIsA400AndNeverMatchesItsPrefix() {
        String prefix = "p".repeat(72);
        String email = unique("long");
        // bcrypt reads 72 bytes: an account whose password is exactly those 72 bytes...
        given().header("Authorization", "Bearer " + Tokens.admin()).contentType(ContentType.JSON)
                .body(Map.of("email", email, "password", prefix, "displayName", "Long", "roles", List.of("editor")))
                .when().post("/api/v1/admin/users")
                .then().statusCode(201);
        assertThat(login(email, prefix, Tokens.randomClient())).isNotBlank();

        // ...does not open with that prefix followed by anything: a 400 naming the field
        for (String tooLong : List.of(prefix + "suite", "é".repeat(37))) {
            assertThat(tooLong.getBytes(StandardCharsets.UTF_8).length).isGreaterThan(72);
            given().contentType(ContentType.JSON).header("X-Forwarded-For", Tokens.randomClient())
                    .body(Map.of("email", email, "password", tooLong))
                    .when().post(TOKEN)
                    .then().statusCode(400)
                    .contentType("application/problem+json")
                    .body("type", equalTo("urn:kiosque:problem:validation-error"))
                    .body("errors.field", org.hamcrest.Matchers.contains("password"))
                    .body("errors[0].message", containsString("72 octets"));
        }
        // 36 accented letters are 72 bytes: allowed
        attempt(email, "é".repeat(36), Tokens.randomClient()).then().statusCode(401);

        // nor can an account be given one, created or changed
        given().header("Authorization", "Bearer " + Tokens.admin()).contentType(ContentType.JSON)
                .body(Map.of("email", unique("long"), "password", prefix + "x", "displayName", "Long", "roles", List.of("editor")))
                .when().post("/api/v1/admin/users")
                .then().statusCode(400)
                .body("errors.field", org.hamcrest.Matchers.contains("password"));
    }

    // ---- helpers ---------------------------------------------------------------------------

    /** Creates an editor account; returns its e-mail. */
    private static String account(String prefix) {
        String email = unique(prefix);
        given().header("Authorization", "Bearer " + Tokens.admin()).contentType(ContentType.JSON)
                .body(Map.of("email", email, "password", PASSWORD, "displayName", "Limites", "roles", List.of("editor")))
                .when().post("/api/v1/admin/users")
                .then().statusCode(201);
        return email;
    }

    private static String unique(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 12) + "@example.org";
    }

    private static Response attempt(String email, String password, String client) {
        return given().contentType(ContentType.JSON).header("X-Forwarded-For", client)
                .body(Map.of("email", email, "password", password))
                .when().post(TOKEN);
    }

    private static String login(String email, String password, String client) {
        return attempt(email, password, client).then().statusCode(200).extract().path("accessToken");
    }

    private static Map<Integer, Long> count(List<Integer> statuses) {
        return statuses.stream().collect(Collectors.groupingBy(status -> status, Collectors.counting()));
    }
}
