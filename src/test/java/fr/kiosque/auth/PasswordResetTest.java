package fr.kiosque.auth;

import static fr.kiosque.auth.SessionsApiTest.PASSWORD;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.inject.Inject;
import jakarta.mail.BodyPart;
import jakarta.mail.Message;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.icegreen.greenmail.util.GreenMail;

import fr.kiosque.common.mail.EmbeddedSmtp;
import fr.kiosque.support.Concurrently;
import fr.kiosque.support.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.response.Response;

/**
 * Forgotten passwords by e-mail, read from the real SMTP server of the tests (GreenMail,
 * {@link EmbeddedSmtp}): the same 202 whether the account exists or not, a French e-mail (text
 * and HTML) whose link carries a token in its fragment, which works once and ends every session.
 */
@QuarkusTest
class PasswordResetTest {

    private static final String RESET = "/api/v1/auth/password-reset";
    private static final Pattern LINK = Pattern.compile("https://admin\\.kiosque\\.test/mot-de-passe#token=([A-Za-z0-9_-]{43})");

    @Inject
    EmbeddedSmtp smtp;

    @BeforeAll
    static void logFailures() {
        RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
    }

    @Test
    void theResetEmailArrivesAndItsTokenWorksOnceAndEndsEverySession() throws Exception {
        String email = SessionsApiTest.account("oubli");
        String access = SessionsApiTest.login(email, PASSWORD, Map.of()).then().statusCode(200).extract().path("accessToken");

        String known = request(email).then().statusCode(202).extract().asString();
        String unknown = request("personne-" + email).then().statusCode(202).extract().asString();
        assertThat(unknown).isEqualTo(known);

        MimeMessage message = awaitMessage(email);
        assertThat(message.getSubject()).isEqualTo("Réinitialisation de votre mot de passe Kiosque");
        String text = part(message, "text/plain");
        String html = part(message, "text/html");
        assertThat(text).contains("Bonjour Sessions", "30 minutes");
        assertThat(html).contains("<a href=\"https://admin.kiosque.test/mot-de-passe#token=");
        Matcher link = LINK.matcher(text);
        assertThat(link.find()).as("link in %s", text).isTrue();
        String token = link.group(1);
        assertThat(html).contains(token);

        confirm(token, "mon-mot-de-passe-retrouve").then().statusCode(204);
        confirm(token, "encore-un-autre-mot-de-passe").then().statusCode(422).contentType("application/problem+json");
        SessionsApiTest.me(access).then().statusCode(401);
        SessionsApiTest.login(email, PASSWORD, Map.of()).then().statusCode(401);
        SessionsApiTest.login(email, "mon-mot-de-passe-retrouve", Map.of()).then().statusCode(200);
        confirm("x".repeat(43), "mon-mot-de-passe-retrouve").then().statusCode(422);
    }

    @Test
    void parallelConfirmationsOfOneTokenSetThePasswordOnce() throws Exception {
        String email = SessionsApiTest.account("course");
        request(email).then().statusCode(202);
        Matcher link = LINK.matcher(part(awaitMessage(email), "text/plain"));
        assertThat(link.find()).isTrue();
        String token = link.group(1);

        List<Integer> statuses = Concurrently.times(6, i -> confirm(token, "mot-de-passe-numero-" + i).statusCode());

        assertThat(statuses).containsOnly(204, 422);
        assertThat(statuses.stream().filter(s -> s == 204).count()).isEqualTo(1);
        SessionsApiTest.login(email, "mot-de-passe-numero-" + statuses.indexOf(204), Map.of()).then().statusCode(200);
    }

    @Test
    void requestsAreLimitedPerEmailAddress() {
        String email = "limite-" + System.nanoTime() + "@example.org";
        for (int i = 0; i < 3; i++) {
            request(email).then().statusCode(202).body("message", equalTo(AuthResource.RESET_ACCEPTED));
        }
        Response refused = request(email);
        refused.then().statusCode(429).contentType("application/problem+json");
        assertThat(refused.header("Retry-After")).isNotBlank();
    }

    private MimeMessage awaitMessage(String email) throws Exception {
        GreenMail greenMail = (GreenMail) smtp.server();
        assertThat(greenMail).as("the embedded SMTP server").isNotNull();
        long deadline = System.nanoTime() + Duration.ofSeconds(15).toNanos();
        while (System.nanoTime() < deadline) {
            for (MimeMessage message : greenMail.getReceivedMessages()) {
                if (Arrays.stream(message.getRecipients(Message.RecipientType.TO)).anyMatch(a -> a.toString().contains(email))) {
                    return message;
                }
            }
            Thread.sleep(100);
        }
        throw new AssertionError("No e-mail reached " + email);
    }

    private static String part(Part part, String type) throws Exception {
        if (part.isMimeType(type)) {
            return (String) part.getContent();
        }
        if (part.getContent() instanceof Multipart multipart) {
            for (int i = 0; i < multipart.getCount(); i++) {
                BodyPart body = multipart.getBodyPart(i);
                String found = part(body, type);
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }

    private static Response request(String email) {
        return given().contentType(ContentType.JSON).header("X-Forwarded-For", Tokens.randomClient())
                .body(Map.of("email", email)).when().post(RESET);
    }

    private static Response confirm(String token, String password) {
        return given().contentType(ContentType.JSON).body(Map.of("token", token, "password", password)).when().post(RESET + "/confirm");
    }
}
