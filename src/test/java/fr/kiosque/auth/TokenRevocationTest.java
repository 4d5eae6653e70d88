package fr.kiosque.auth;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.UnaryOperator;

import jakarta.inject.Inject;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import fr.kiosque.support.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.smallrye.jwt.build.Jwt;

/**
 * Changing a password, an e-mail or the roles, or disabling an account, revokes the tokens
 * issued before (their credential version, claim {@code cv}, no longer matches the account's);
 * any other change keeps them.
 */
@QuarkusTest
class TokenRevocationTest {

    private static final String USERS = "/api/v1/admin/users";
    private static final String STAFF_READ = "/api/v1/admin/sections";
    private static final String PASSWORD = "un-mot-de-passe-solide";

    @Inject
    JwtKeys keys;

    @BeforeAll
    static void logFailures() {
        RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
    }

    @Test
    void changingThePasswordRevokesEarlierTokens() {
        Account account = Account.create();
        String before = account.login(PASSWORD);

        account.update(body -> with(body, "password", "un-tout-nouveau-mot-de-passe"));

        assertRevoked(before);
        assertWorks(account.login("un-tout-nouveau-mot-de-passe"));
    }

    @Test
    void disablingRevokesEarlierTokensEvenOnceEnabledAgain() {
        Account account = Account.create();
        String before = account.login(PASSWORD);

        account.update(body -> with(body, "enabled", false));
        assertRevoked(before);
        account.update(body -> with(body, "enabled", true));

        assertRevoked(before);
        assertWorks(account.login(PASSWORD));
    }

    @Test
    void changingTheRolesRevokesEarlierTokens() {
        Account account = Account.create();
        String before = account.login(PASSWORD);

        account.update(body -> with(body, "roles", List.of("editor", "moderator")));

        assertRevoked(before);
        String after = account.login(PASSWORD);
        assertWorks(after);
        assertThat(claims(after).getList("groups", String.class)).containsExactlyInAnyOrder("editor", "moderator");
        assertThat(claims(after).getInt("cv")).isGreaterThan(claims(before).getInt("cv"));
    }

    @Test
    void changingTheEmailRevokesEarlierTokens() {
        Account account = Account.create();
        String before = account.login(PASSWORD);
        String newEmail = uniqueEmail("nouvelle-adresse");

        account.update(body -> with(body, "email", newEmail));

        assertRevoked(before);
        assertWorks(Tokens.login(newEmail, PASSWORD));
    }

    @Test
    void otherChangesKeepTheTokens() {
        Account account = Account.create();
        String before = account.login(PASSWORD);

        account.update(body -> with(body, "displayName", "Nouveau nom"));
        account.update(body -> with(body, "email", account.email.toUpperCase()));
        account.update(body -> with(body, "roles", List.of("editor"))); // the same roles

        assertWorks(before);
        assertThat(claims(before).getInt("cv")).isEqualTo(claims(account.login(PASSWORD)).getInt("cv"));
    }

    /** Tokens signed with the application's own key, for the account, but without its current version. */
    @Test
    void onlyTheAccountsCurrentCredentialVersionIsAccepted() {
        Account account = Account.create();
        int current = claims(account.login(PASSWORD)).getInt("cv");

        assertWorks(token(account, current));
        assertRevoked(token(account, current + 1));
        assertRevoked(token(account, null));
        assertRevoked(token(account, "0"));
    }

    private String token(Account account, Object credentialVersion) {
        var claims = Jwt.issuer("https://kiosque.fr/api").subject(String.valueOf(account.id)).upn(account.email)
                .groups(Set.of("editor")).claim("sid", claims(account.login(PASSWORD)).getString("sid")).expiresIn(600);
        if (credentialVersion != null) {
            claims.claim("cv", credentialVersion);
        }
        return keys.sign(claims);
    }

    // ---- helpers ---------------------------------------------------------------------------

    private static void assertRevoked(String token) {
        given().header("Authorization", "Bearer " + token)
                .when().get(STAFF_READ)
                .then().statusCode(401)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:kiosque:problem:unauthorized"));
    }

    private static void assertWorks(String token) {
        given().header("Authorization", "Bearer " + token).when().get(STAFF_READ).then().statusCode(200);
    }

    private static Map<String, Object> with(Map<String, Object> body, String field, Object value) {
        body.put(field, value);
        return body;
    }

    private static String uniqueEmail(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 12) + "@example.org";
    }

    private static JsonPath claims(String token) {
        return JsonPath.from(new String(Base64.getUrlDecoder().decode(token.split("\\.")[1]), StandardCharsets.UTF_8));
    }

    /** An editor account made through the API, and the body that updates it. */
    private static final class Account {
        final long id;
        final String email;
        Map<String, Object> body;

        private Account(long id, String email) {
            this.id = id;
            this.email = email;
            this.body = new HashMap<>(Map.of("email", email, "displayName", "Révocation", "roles", List.of("editor"),
                    "enabled", true));
        }

        static Account create() {
            String email = uniqueEmail("revocation");
            long id = given().header("Authorization", "Bearer " + Tokens.admin()).contentType(ContentType.JSON)
                    .body(Map.of("email", email, "password", PASSWORD, "displayName", "Révocation", "roles", List.of("editor")))
                    .when().post(USERS)
                    .then().statusCode(201)
                    .extract().<Integer> path("id").longValue();
            return new Account(id, email);
        }

        String login(String password) {
            return Tokens.login((String) body.get("email"), password);
        }

        void update(UnaryOperator<Map<String, Object>> change) {
            body = change.apply(new HashMap<>(body));
            String etag = given().header("Authorization", "Bearer " + Tokens.admin()).get(USERS + "/" + id)
                    .then().statusCode(200).extract().header("ETag");
            given().header("Authorization", "Bearer " + Tokens.admin()).header("If-Match", etag).contentType(ContentType.JSON)
                    .body(body)
                    .when().put(USERS + "/" + id)
                    .then().statusCode(200);
            body.remove("password");
        }
    }
}
