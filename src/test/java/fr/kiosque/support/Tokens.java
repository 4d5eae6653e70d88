package fr.kiosque.support;

import static io.restassured.RestAssured.given;

import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;

import io.restassured.http.ContentType;

/**
 * Bearer tokens for tests, obtained as a client would: one real account per set of roles,
 * created by the bootstrap admin of the test profile, then logged in. Tokens are cached for
 * the test run (they live an hour).
 * <p>
 * Each login comes from a client address of its own ({@code X-Forwarded-For}, honoured in the
 * test profile), so that the many logins of the test suite never reach the per-client login
 * limit, which the login tests check with fixed addresses.
 */
public final class Tokens {

    public static final String BOOTSTRAP_ADMIN = "admin@kiosque.test";
    public static final String BOOTSTRAP_PASSWORD = "test-admin-password";
    private static final String PASSWORD = "tokens-password-for-tests";

    private static final Map<Set<String>, String> CACHE = new ConcurrentHashMap<>();

    private Tokens() {
    }

    public static String withRoles(String... roles) {
        return CACHE.computeIfAbsent(new TreeSet<>(Set.of(roles)), Tokens::accountToken);
    }

    public static String editor() {
        return withRoles("editor");
    }

    public static String admin() {
        return withRoles("admin");
    }

    public static String bearer(String token) {
        return "Bearer " + token;
    }

    /** Logs in from a client address of its own; returns the access token. */
    public static String login(String email, String password) {
        return given().contentType(ContentType.JSON)
                .header("X-Forwarded-For", randomClient())
                .body(Map.of("email", email, "password", password))
                .when().post("/api/v1/auth/token")
                .then().statusCode(200)
                .extract().path("accessToken");
    }

    /** A client address no other login of the test run is likely to use (10.0.0.0/8). */
    public static String randomClient() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        return "10." + random.nextInt(256) + "." + random.nextInt(256) + "." + (1 + random.nextInt(254));
    }

    private static String accountToken(Set<String> roles) {
        String email = "tokens-" + String.join("-", roles) + "@kiosque.test";
        int status = given().contentType(ContentType.JSON)
                .header("Authorization", bearer(login(BOOTSTRAP_ADMIN, BOOTSTRAP_PASSWORD)))
                .body(Map.of("email", email, "password", PASSWORD, "displayName", "Tests " + roles, "roles", roles))
                .when().post("/api/v1/admin/users")
                .then().extract().statusCode();
        if (status != 201 && status != 409) { // 409: made by an earlier run against the same database
            throw new IllegalStateException("Could not create the test account " + email + ": HTTP " + status);
        }
        return login(email, PASSWORD);
    }
}
