package fr.kiosque.auth;

import static fr.kiosque.auth.SessionsApiTest.PASSWORD;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import fr.kiosque.support.Concurrently;
import fr.kiosque.support.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.response.Response;

/**
 * Logins that an office can use and an attacker cannot (docs/security.md, "Logins"): successes
 * count against no limit, failures count per address, per account from an address and per
 * account from anywhere, and a device token keeps its owner out of the account-wide limit.
 */
@QuarkusTest
class OfficeLoginsTest {

    @BeforeAll
    static void logFailures() {
        RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
    }

    @Test
    void aHundredJournalistsOfOneOfficeAllLogInWithinAMinute() throws Exception {
        List<String> accounts = new ArrayList<>();
        for (int i = 0; i < 100; i++) {
            accounts.add(SessionsApiTest.account("bureau" + i));
        }
        String office = Tokens.randomClient();

        long start = System.nanoTime();
        List<Integer> statuses = Concurrently.times(100, i -> attempt(accounts.get(i), PASSWORD, office, null).statusCode());
        long seconds = (System.nanoTime() - start) / 1_000_000_000L;

        assertThat(statuses).as("statuses").containsOnly(200);
        assertThat(seconds).as("seconds for 100 logins").isLessThan(60);
        // failures from that address still count as before
        for (int i = 0; i < 30; i++) {
            attempt(accounts.get(i), "mauvais-" + i, office, null).then().statusCode(401);
        }
        attempt(accounts.get(0), PASSWORD, office, null).then().statusCode(429).body("detail", containsString("depuis votre adresse"));
    }

    @Test
    void guessingSpreadOverFortyAddressesMeetsTheAccountWideLimitWhileTheOwnersDeviceStillLogsIn() throws Exception {
        String email = SessionsApiTest.account("cible");
        String device = attempt(email, PASSWORD, Tokens.randomClient(), null).then().statusCode(200).extract().path("deviceToken");
        assertThat(device).isNotBlank();

        List<Integer> statuses = Concurrently.times(40, i -> attempt(email, "devine-" + i, Tokens.randomClient(), null).statusCode());

        Map<Integer, Long> counts = statuses.stream().collect(Collectors.groupingBy(s -> s, Collectors.counting()));
        assertThat(counts).as("statuses").isEqualTo(Map.of(401, 20L, 429, 20L));

        // an unknown device, even with the right password: 429 with Retry-After
        Response refused = attempt(email, PASSWORD, Tokens.randomClient(), null);
        refused.then().statusCode(429).contentType("application/problem+json").body("detail", containsString("pour ce compte"));
        assertThat(Long.parseLong(refused.header("Retry-After"))).isBetween(1L, 3600L);
        // a device token of another account is an unknown device
        String otherDevice = attempt(SessionsApiTest.account("voisin"), PASSWORD, Tokens.randomClient(), null)
                .then().statusCode(200).extract().path("deviceToken");
        attempt(email, PASSWORD, Tokens.randomClient(), otherDevice).then().statusCode(429);

        // the owner's device: judged by its own counter only
        String again = attempt(email, PASSWORD, Tokens.randomClient(), device).then().statusCode(200).extract().path("deviceToken");
        assertThat(again).isEqualTo(device);
        // as a cookie too
        given().contentType(ContentType.JSON).header("X-Forwarded-For", Tokens.randomClient()).cookie(AuthCookies.DEVICE, device)
                .body(Map.of("email", email, "password", PASSWORD)).when().post(SessionsApiTest.TOKEN).then().statusCode(200);
        // and that counter limits guessing with a stolen device token
        for (int i = 0; i < 5; i++) {
            attempt(email, "appareil-" + i, Tokens.randomClient(), device).then().statusCode(401);
        }
        attempt(email, PASSWORD, Tokens.randomClient(), device).then().statusCode(429).body("detail", containsString("appareil"));
    }

    private static Response attempt(String email, String password, String client, String device) {
        Map<String, Object> body = new HashMap<>();
        body.put("email", email);
        body.put("password", password);
        if (device != null) {
            body.put("deviceToken", device);
        }
        return given().contentType(ContentType.JSON).header("X-Forwarded-For", client).body(body).when().post(SessionsApiTest.TOKEN);
    }
}
