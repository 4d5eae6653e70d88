package fr.kiosque.webhook;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.Map;

import org.junit.jupiter.api.Test;

/** Which targets a webhook may have, the backoff, and the signature, without the application. */
class UrlGuardTest {

    /** A resolver that knows a few names, as DNS would answer them. */
    private static final UrlGuard.Resolver DNS = host -> {
        Map<String, String> known = Map.of(
                "hooks.example.com", "93.184.216.34",
                "localhost", "127.0.0.1",
                "intranet.example.com", "10.1.2.3",
                "metadata.example.com", "169.254.169.254",
                "router.example.com", "192.168.1.1",
                "cgnat.example.com", "100.64.0.7");
        String address = known.get(host);
        if (address == null && host.matches("[0-9a-fA-F:.]+")) {
            return new InetAddress[] { InetAddress.getByName(host) };
        }
        if (address == null) {
            throw new UnknownHostException(host);
        }
        return new InetAddress[] { InetAddress.getByName(address) };
    };

    private static boolean refused(String url) {
        return UrlGuard.refusal(url, false, DNS).isPresent();
    }

    @Test
    void publicHttpAndHttpsTargetsAreAccepted() {
        assertThat(refused("https://hooks.example.com/kiosque")).isFalse();
        assertThat(refused("http://hooks.example.com:8080/kiosque?x=1")).isFalse();
        assertThat(refused("https://93.184.216.34/hook")).isFalse();
    }

    @Test
    void otherSchemesAndMalformedUrlsAreRefused() {
        assertThat(refused("ftp://hooks.example.com/x")).isTrue();
        assertThat(refused("file:///etc/passwd")).isTrue();
        assertThat(refused("javascript:alert(1)")).isTrue();
        assertThat(refused("https:///sans-hote")).isTrue();
        assertThat(refused("https://user:pass@hooks.example.com/x")).isTrue();
        assertThat(refused("https://exa mple.com/")).isTrue();
        assertThat(refused("https://inconnu.example.com/")).isTrue();
    }

    @Test
    void privateLoopbackAndLinkLocalTargetsAreRefusedWhenTheFlagIsOff() {
        for (String url : new String[] { "http://localhost:8080/hook", "http://127.0.0.1/hook", "http://[::1]/hook",
                "http://intranet.example.com/hook", "http://metadata.example.com/latest/meta-data",
                "http://router.example.com/", "http://cgnat.example.com/", "http://0.0.0.0/", "http://[fd00::1]/",
                "http://[fe80::1]/", "http://[::ffff:10.0.0.1]/", "http://172.16.5.4/", "http://224.0.0.1/" }) {
            assertThat(refused(url)).as(url).isTrue();
        }
    }

    @Test
    void theFlagAllowsPrivateTargetsButNeverOtherSchemes() {
        assertThat(UrlGuard.refusal("http://127.0.0.1:9999/hook", true, DNS)).isEmpty();
        assertThat(UrlGuard.refusal("http://intranet.example.com/hook", true, DNS)).isEmpty();
        assertThat(UrlGuard.refusal("gopher://127.0.0.1/", true, DNS)).isPresent();
    }

    @Test
    void theBackoffDoublesUpToItsMaximum() {
        Duration base = Duration.ofSeconds(30);
        Duration max = Duration.ofMinutes(10);
        assertThat(WebhookWorker.backoff(1, base, max)).isEqualTo(Duration.ofSeconds(30));
        assertThat(WebhookWorker.backoff(2, base, max)).isEqualTo(Duration.ofSeconds(60));
        assertThat(WebhookWorker.backoff(3, base, max)).isEqualTo(Duration.ofSeconds(120));
        assertThat(WebhookWorker.backoff(6, base, max)).isEqualTo(max);
        assertThat(WebhookWorker.backoff(200, base, max)).isEqualTo(max);
    }

    @Test
    void theSignatureIsTheDocumentedHmac() {
        // the docs/webhooks.md example: secret "whsec_test", t=1764316800, body {"a":1}
        assertThat(Signatures.header("whsec_test", 1764316800L, "{\"a\":1}"))
                .isEqualTo("t=1764316800,v1=" + Signatures.hmacHex("whsec_test", "1764316800.{\"a\":1}"));
        assertThat(Signatures.hmacHex("key", "The quick brown fox jumps over the lazy dog"))
                .isEqualTo("f7bc83f430538424b13298e6aa6fb143ef4d59a14946175997479dbc2d1a3cd8");
    }
}
