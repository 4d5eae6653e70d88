package fr.kiosque.auth;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import java.time.Duration;
import java.util.HashMap;
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
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;

/**
 * Staff sessions through HTTP (docs/security.md, "Sessions"): refresh rotation and reuse
 * detection, logout, the "me" routes, the sessions a staff member or an admin sees and ends.
 */
@QuarkusTest
class SessionsApiTest {

    static final String TOKEN = "/api/v1/auth/token";
    static final String REFRESH = "/api/v1/auth/refresh";
    static final String LOGOUT = "/api/v1/auth/logout";
    static final String ME = "/api/v1/me";
    static final String PASSWORD = "un-mot-de-passe-solide";

    @Inject
    TestClock clock;

    @BeforeAll
    static void logFailures() {
        RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
    }

    // ---- refresh ---------------------------------------------------------------------------

    @Test
    void aLoginAnswersAShortAccessTokenAndARefreshTokenThatRotates() {
        String email = account("rotation");
        JsonPath login = login(email, PASSWORD, Map.of()).then().statusCode(200)
                .header("Cache-Control", "private, no-store")
                .body("expiresIn", equalTo(900))
                .body("tokenType", equalTo("Bearer"))
                .extract().jsonPath();
        assertThat(login.getMap("").keySet()).containsExactlyInAnyOrder("accessToken", "tokenType", "expiresIn", "refreshToken",
                "deviceToken", "sessionId");
        String first = login.getString("refreshToken");

        JsonPath refreshed = refresh(first).then().statusCode(200).extract().jsonPath();
        String second = refreshed.getString("refreshToken");
        assertThat(second).isNotEqualTo(first);
        assertThat(refreshed.getString("sessionId")).isEqualTo(login.getString("sessionId"));
        assertThat(refreshed.getString("deviceToken")).isNull();
        me(refreshed.getString("accessToken")).then().statusCode(200).body("email", equalTo(email));

        // the spent one, again at once (another tab): 409, nothing revoked
        refresh(first).then().statusCode(409).contentType("application/problem+json");
        String third = refresh(second).then().statusCode(200).extract().path("refreshToken");

        // the spent one again after the leeway: a theft, the whole session ends
        try {
            clock.advance(Duration.ofSeconds(11));
            refresh(first).then().statusCode(401).contentType("application/problem+json");
            refresh(third).then().statusCode(401);
        } finally {
            clock.reset();
        }
        me(refreshed.getString("accessToken")).then().statusCode(401);
        me(login.getString("accessToken")).then().statusCode(401);
    }

    @Test
    void eightParallelRefreshesOfOneTokenGetOne200AndSeven409AndRevokeNothing() throws Exception {
        String email = account("onglets");
        JsonPath login = login(email, PASSWORD, Map.of()).then().statusCode(200).extract().jsonPath();
        String token = login.getString("refreshToken");

        List<Response> answers = Concurrently.times(8, i -> refresh(token));

        Map<Integer, Long> counts = answers.stream().collect(Collectors.groupingBy(Response::statusCode, Collectors.counting()));
        assertThat(counts).as("statuses").isEqualTo(Map.of(200, 1L, 409, 7L));
        String next = answers.stream().filter(a -> a.statusCode() == 200).findFirst().orElseThrow().path("refreshToken");
        me(login.getString("accessToken")).then().statusCode(200);
        refresh(next).then().statusCode(200);
    }

    @Test
    void unknownMalformedOrMissingRefreshTokensAre401() {
        refresh("x".repeat(43)).then().statusCode(401).contentType("application/problem+json")
                .header("WWW-Authenticate", "Bearer");
        refresh("court").then().statusCode(401);
        given().contentType(ContentType.JSON).body("{}").when().post(REFRESH).then().statusCode(401);
        given().contentType(ContentType.JSON).body(Map.of("refreshToken", "x".repeat(65))).when().post(REFRESH)
                .then().statusCode(400);
    }

    @Test
    void browserFrontendsGetTheirTokensInStrictHttpOnlyCookiesThatRefreshReads() {
        String email = account("navigateur");
        Response login = login(email, PASSWORD, Map.of("delivery", "COOKIE"));
        login.then().statusCode(200).body("refreshToken", nullValue()).body("deviceToken", nullValue());
        List<String> cookies = login.headers().getValues("Set-Cookie");
        assertThat(cookies).hasSize(2).allSatisfy(cookie -> assertThat(cookie)
                .contains("Path=/api/v1/auth", "HttpOnly", "Secure", "SameSite=Strict"));
        String refresh = login.getCookie(AuthCookies.REFRESH);
        assertThat(refresh).isNotBlank();
        assertThat(login.getCookie(AuthCookies.DEVICE)).isNotBlank();

        Response refreshed = given().contentType(ContentType.JSON).cookie(AuthCookies.REFRESH, refresh).body("{}")
                .when().post(REFRESH);
        refreshed.then().statusCode(200).body("refreshToken", nullValue());
        assertThat(refreshed.getCookie(AuthCookies.REFRESH)).isNotBlank().isNotEqualTo(refresh);
        me(refreshed.path("accessToken")).then().statusCode(200);

        // logout with the cookie ends the session and clears the cookie
        given().contentType(ContentType.JSON).cookie(AuthCookies.REFRESH, refreshed.getCookie(AuthCookies.REFRESH)).body("{}")
                .when().post(LOGOUT).then().statusCode(204).header("Set-Cookie", containsString("Max-Age=0"));
        me(refreshed.path("accessToken")).then().statusCode(401);
    }

    // ---- logout ----------------------------------------------------------------------------

    @Test
    void logoutEndsTheSessionItsAccessTokenAndItsRefreshTokenAtOnce() {
        String email = account("deconnexion");
        JsonPath session = login(email, PASSWORD, Map.of()).then().statusCode(200).extract().jsonPath();
        JsonPath other = login(email, PASSWORD, Map.of()).then().statusCode(200).extract().jsonPath();
        String access = session.getString("accessToken");
        me(access).then().statusCode(200);

        logout(session.getString("refreshToken")).then().statusCode(204);

        me(access).then().statusCode(401).contentType("application/problem+json");
        refresh(session.getString("refreshToken")).then().statusCode(401);
        logout(session.getString("refreshToken")).then().statusCode(204);
        // the account's other session goes on
        me(other.getString("accessToken")).then().statusCode(200);
        logout("x".repeat(43)).then().statusCode(401).header("WWW-Authenticate", "Bearer");
        given().contentType(ContentType.JSON).body("{}").when().post(LOGOUT).then().statusCode(401);
        given().contentType(ContentType.JSON).body(Map.of("refreshToken", "x".repeat(65))).when().post(LOGOUT).then().statusCode(400);
    }

    @Test
    void parallelLogoutsOfOneSessionEndItOnceWithout5xx() throws Exception {
        String email = account("deconnexions");
        JsonPath session = login(email, PASSWORD, Map.of()).then().statusCode(200).extract().jsonPath();

        List<Integer> statuses = Concurrently.times(8, i -> logout(session.getString("refreshToken")).statusCode());

        assertThat(statuses).containsOnly(204);
        me(session.getString("accessToken")).then().statusCode(401);
    }

    // ---- me ----------------------------------------------------------------------------------

    @Test
    void meReadsAndRenamesTheConnectedAccount() {
        String email = account("moi");
        String access = login(email, PASSWORD, Map.of()).then().statusCode(200).extract().path("accessToken");

        JsonPath me = me(access).then().statusCode(200).header("Cache-Control", "private, no-store")
                .body("email", equalTo(email)).body("displayName", equalTo("Sessions")).body("roles", equalTo(List.of("editor")))
                .extract().jsonPath();
        assertThat(me.getMap("").keySet()).containsExactlyInAnyOrder("id", "email", "displayName", "roles");

        given().header("Authorization", Tokens.bearer(access)).contentType("application/merge-patch+json")
                .body(Map.of("displayName", "Camille Martin")).when().patch(ME)
                .then().statusCode(200).body("displayName", equalTo("Camille Martin")).body("email", equalTo(email));
        given().header("Authorization", Tokens.bearer(access)).contentType("application/merge-patch+json")
                .body(Map.of("email", "autre@example.org")).when().patch(ME)
                .then().statusCode(400).contentType("application/problem+json");
        given().header("Authorization", Tokens.bearer(access)).contentType("application/merge-patch+json")
                .body("{\"displayName\": \"\"}").when().patch(ME)
                .then().statusCode(400).body("errors.field", org.hamcrest.Matchers.hasItem("displayName"));
        me(access).then().body("displayName", equalTo("Camille Martin"));
    }

    @Test
    void changingOnesOwnPasswordEndsEveryOtherSession() {
        String email = account("changement");
        JsonPath mine = login(email, PASSWORD, Map.of()).then().statusCode(200).extract().jsonPath();
        JsonPath other = login(email, PASSWORD, Map.of()).then().statusCode(200).extract().jsonPath();
        String access = mine.getString("accessToken");

        changePassword(access, "pas-le-bon-mot-de-passe", "un-nouveau-mot-de-passe")
                .then().statusCode(422).body("errors.field", org.hamcrest.Matchers.contains("currentPassword"));
        changePassword(access, PASSWORD, "court").then().statusCode(400);
        changePassword(access, PASSWORD, "un-nouveau-mot-de-passe").then().statusCode(204);

        me(access).then().statusCode(200);
        refresh(mine.getString("refreshToken")).then().statusCode(200);
        me(other.getString("accessToken")).then().statusCode(401);
        refresh(other.getString("refreshToken")).then().statusCode(401);
        login(email, PASSWORD, Map.of()).then().statusCode(401);
        login(email, "un-nouveau-mot-de-passe", Map.of()).then().statusCode(200);
    }

    @Test
    void parallelPasswordChangesLetOneWinWithout5xx() throws Exception {
        String email = account("concurrence");
        String access = login(email, PASSWORD, Map.of()).then().statusCode(200).extract().path("accessToken");

        List<Integer> statuses = Concurrently.times(6,
                i -> changePassword(access, PASSWORD, "nouveau-mot-de-passe-" + i).statusCode());

        assertThat(statuses).as("statuses %s", statuses).allMatch(s -> s == 204 || s == 422);
        assertThat(statuses.stream().filter(s -> s == 204).count()).isEqualTo(1);
        int winner = statuses.indexOf(204);
        login(email, "nouveau-mot-de-passe-" + winner, Map.of()).then().statusCode(200);
        me(access).then().statusCode(200);
    }

    @Test
    void guessingTheCurrentPasswordWithAStolenAccessTokenIsLimited() {
        String email = account("devinette");
        String access = login(email, PASSWORD, Map.of()).then().statusCode(200).extract().path("accessToken");
        for (int i = 0; i < 5; i++) {
            changePassword(access, "essai-numero-" + i, "un-nouveau-mot-de-passe").then().statusCode(422);
        }
        Response refused = changePassword(access, PASSWORD, "un-nouveau-mot-de-passe");
        refused.then().statusCode(429).contentType("application/problem+json");
        assertThat(refused.header("Retry-After")).isNotBlank();
        given().header("Authorization", Tokens.bearer(access)).queryParam("size", 0).when().get(ME + "/sessions")
                .then().statusCode(400);
    }

    @Test
    void aStaffMemberListsAndEndsTheirOwnSessions() {
        String email = account("sessions");
        JsonPath mine = login(email, PASSWORD, Map.of(), "Mozilla/5.0 (X11; Linux x86_64; rv:133.0) Gecko/20100101 Firefox/133.0")
                .then().statusCode(200).extract().jsonPath();
        JsonPath phone = login(email, PASSWORD, Map.of(), "okhttp/4.12.0").then().statusCode(200).extract().jsonPath();
        String access = mine.getString("accessToken");

        JsonPath list = given().header("Authorization", Tokens.bearer(access)).when().get(ME + "/sessions")
                .then().statusCode(200).body("page.totalItems", equalTo(2)).extract().jsonPath();
        Map<String, Object> current = list.getMap("items.find { it.id == '" + mine.getString("sessionId") + "' }");
        assertThat(current).containsEntry("current", true).containsEntry("deviceLabel", "Firefox sur Linux");
        assertThat(list.getMap("items.find { it.id == '" + phone.getString("sessionId") + "' }"))
                .containsEntry("current", false).containsEntry("deviceLabel", "okhttp/4.12.0");

        given().header("Authorization", Tokens.bearer(access)).when().delete(ME + "/sessions/" + phone.getString("sessionId"))
                .then().statusCode(204);
        me(phone.getString("accessToken")).then().statusCode(401);
        given().header("Authorization", Tokens.bearer(access)).when().delete(ME + "/sessions/" + phone.getString("sessionId"))
                .then().statusCode(404);
        given().header("Authorization", Tokens.bearer(access)).when().delete(ME + "/sessions/pas-un-uuid").then().statusCode(404);
        // another account's session is not found either
        String stranger = login(account("autre"), PASSWORD, Map.of()).then().statusCode(200).extract().path("sessionId");
        given().header("Authorization", Tokens.bearer(access)).when().delete(ME + "/sessions/" + stranger).then().statusCode(404);
    }

    @Test
    void anAdminListsAndEndsAUsersSessions() {
        String email = account("surveille");
        JsonPath session = login(email, PASSWORD, Map.of()).then().statusCode(200).extract().jsonPath();
        long id = me(session.getString("accessToken")).then().statusCode(200).extract().jsonPath().getLong("id");
        String admin = Tokens.admin();

        given().header("Authorization", Tokens.bearer(admin)).when().get("/api/v1/admin/users/" + id + "/sessions")
                .then().statusCode(200).body("items.id", org.hamcrest.Matchers.hasItem(session.getString("sessionId")))
                .body("items.current", org.hamcrest.Matchers.everyItem(equalTo(false)));
        given().header("Authorization", Tokens.bearer(admin))
                .when().delete("/api/v1/admin/users/" + id + "/sessions/" + session.getString("sessionId"))
                .then().statusCode(204);
        me(session.getString("accessToken")).then().statusCode(401);
        refresh(session.getString("refreshToken")).then().statusCode(401);
        given().header("Authorization", Tokens.bearer(admin)).when().get("/api/v1/admin/users/999999999/sessions")
                .then().statusCode(404);
        given().header("Authorization", Tokens.bearer(admin))
                .when().delete("/api/v1/admin/users/" + id + "/sessions/" + UUID.randomUUID())
                .then().statusCode(404);
    }

    // ---- helpers ---------------------------------------------------------------------------

    /** Creates an editor account; returns its e-mail. */
    static String account(String prefix) {
        String email = prefix + "-" + UUID.randomUUID().toString().substring(0, 12) + "@example.org";
        given().header("Authorization", "Bearer " + Tokens.admin()).contentType(ContentType.JSON)
                .body(Map.of("email", email, "password", PASSWORD, "displayName", "Sessions", "roles", List.of("editor")))
                .when().post("/api/v1/admin/users")
                .then().statusCode(201);
        return email;
    }

    static Response login(String email, String password, Map<String, Object> extra) {
        return login(email, password, extra, "KiosqueTests/1.0");
    }

    static Response login(String email, String password, Map<String, Object> extra, String userAgent) {
        Map<String, Object> body = new HashMap<>(extra);
        body.put("email", email);
        body.put("password", password);
        return given().contentType(ContentType.JSON).header("X-Forwarded-For", Tokens.randomClient())
                .header("User-Agent", userAgent).body(body).when().post(TOKEN);
    }

    static Response refresh(String token) {
        return given().contentType(ContentType.JSON).body(Map.of("refreshToken", token)).when().post(REFRESH);
    }

    static Response logout(String refreshToken) {
        return given().contentType(ContentType.JSON).body(Map.of("refreshToken", refreshToken)).when().post(LOGOUT);
    }

    static Response me(String access) {
        return given().header("Authorization", Tokens.bearer(access)).when().get(ME);
    }

    static Response changePassword(String access, String current, String next) {
        return given().header("Authorization", Tokens.bearer(access)).contentType(ContentType.JSON)
                .body(Map.of("currentPassword", current, "newPassword", next)).when().post(ME + "/password");
    }
}
