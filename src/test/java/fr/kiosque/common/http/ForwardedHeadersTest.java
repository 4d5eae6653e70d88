package fr.kiosque.common.http;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import fr.kiosque.support.Fixtures;
import fr.kiosque.support.RawHttp;
import fr.kiosque.support.RawHttp.Answer;
import fr.kiosque.support.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

/**
 * {@code X-Forwarded-For} counts only from a trusted proxy ({@code quarkus.http.proxy.trusted-proxies}:
 * 127.0.0.1 in the tests): any other client that sends it is still counted at its own address by
 * the per-address limits (here the comments' five posts a minute).
 */
@QuarkusTest
class ForwardedHeadersTest {

    @Test
    void aClientThatIsNotATrustedProxyCannotPickItsAddressWithXForwardedFor() throws Exception {
        var article = Fixtures.article().create();
        String target = "/api/v1/articles/" + article.slug() + "/comments";
        // 127.0.0.2 is this machine too (127.0.0.0/8), but not a trusted proxy
        InetAddress untrusted = InetAddress.getByName("127.0.0.2");
        List<Integer> statuses = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            byte[] body = comment("Commentaire n° " + i);
            Answer answer = RawHttp.send(RawHttp.head("POST", target, "Content-Type: application/json",
                    "Content-Length: " + body.length, "X-Forwarded-For: " + Tokens.randomClient())
                    .getBytes(StandardCharsets.UTF_8), body, 15_000, untrusted);
            statuses.add(answer.status());
        }
        assertThat(statuses).as("a new X-Forwarded-For for each post, all from 127.0.0.2").containsExactly(202, 202, 202, 202, 202, 429);

        // from the trusted proxy, each forwarded address is a client of its own
        for (int i = 0; i < 6; i++) {
            given().contentType(ContentType.JSON).header("X-Forwarded-For", Tokens.randomClient())
                    .body(comment("Par le proxy n° " + i)).when().post(target).then().statusCode(202);
        }
    }

    private static byte[] comment(String text) {
        String email = "lecteur-" + UUID.randomUUID().toString().substring(0, 12) + "@example.org";
        return ("{\"authorName\": \"Eva\", \"authorEmail\": \"" + email + "\", \"body\": \"" + text + " " + UUID.randomUUID() + "\"}")
                .getBytes(StandardCharsets.UTF_8);
    }
}
