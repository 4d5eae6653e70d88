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
                "cgnat.example.com", "100.64.0.7",
                // what a DNS64 resolver answers on an IPv6-only cluster for names whose IPv4 address is 10.0.0.5 or public
                "dns64-intranet.example.com", "64:ff9b::a00:5",
                "dns64-public.example.com", "64:ff9b::5db8:d822",
                "ipv6.example.com", "2606:2800:220:1:248:1893:25c8:1946");
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
    void theSpellingsOfLocalAddressesRefusedSinceTheStartStayRefused() {
        for (String url : new String[] { "http://0.0.0.0/", "http://[::]/", "http://127.1/", "http://2130706433/",
                "http://0x7f000001/", "http://[::ffff:127.0.0.1]/", "http://[0:0:0:0:0:ffff:7f00:1]/", "http://017700000001/" }) {
            assertThat(refused(url)).as(url).isTrue();
            // and with the machine's own resolver (which reads 127.1 or 0x7f000001 as 127.0.0.1, or knows no such host)
            assertThat(UrlGuard.refusal(url, false, UrlGuard.DNS)).as(url).isPresent();
        }
    }

    @Test
    void ipv6FormsThatCarryAPrivateIpv4AddressAreRefused() {
        for (String url : new String[] {
                "http://[64:ff9b::a00:5]:8080/", // NAT64, well-known prefix: 10.0.0.5
                "http://[64:ff9b::7f00:1]/", // NAT64: 127.0.0.1
                "http://[64:ff9b::a9fe:a9fe]/latest/meta-data", // NAT64: 169.254.169.254
                "http://[64:ff9b::10.0.0.5]/", // the same, dotted
                "http://[64:ff9b:1::a00:5]/", // local-use NAT64 64:ff9b:1::/48, whatever it embeds
                "http://[64:ff9b:1:5db8:d822::]/",
                "http://[2002:a00:5::]/", // 6to4 of 10.0.0.5
                "http://[2002:7f00:1::1]/", // 6to4 of 127.0.0.1
                "http://[2002:c0a8:101:1::1]/", // 6to4 of 192.168.1.1
                "http://[::a00:5]/", // IPv4-compatible ::10.0.0.5
                "http://[::127.0.0.1]/",
                "http://[::ffff:0:a00:5]/", // IPv4-translated (SIIT)
                "http://[::ffff:a9fe:a9fe]/", // IPv4-mapped 169.254.169.254
                "http://[2001:0:4136:e378:8000:63bf:f5ff:fffa]/", // Teredo, client 10.0.0.5 (inverted bits)
                "http://[2001:0:a00:5:8000:63bf:a2b7:29dd]/", // Teredo, server 10.0.0.5
                "http://dns64-intranet.example.com/hook" }) { // a name whose DNS64 answer is one of these
            assertThat(refused(url)).as(url).isTrue();
            assertThat(UrlGuard.refusal(url, false, DNS).orElseThrow()).as(url).contains("adresse privée");
        }
    }

    @Test
    void ipv6FormsThatCarryAPublicIpv4AddressAndPublicIpv6AreAccepted() {
        for (String url : new String[] {
                "http://[64:ff9b::5db8:d822]/", // NAT64 of 93.184.216.34
                "http://[2002:5db8:d822::1]/", // 6to4 of 93.184.216.34
                "http://[2001:0:4136:e378:8000:63bf:a247:27dd]/", // Teredo, server 65.54.227.120, client 93.184.216.34
                "http://[2606:2800:220:1:248:1893:25c8:1946]/",
                "https://ipv6.example.com/hook", "https://dns64-public.example.com/hook" }) {
            assertThat(refused(url)).as(url).isFalse();
        }
    }

    @Test
    void theTargetAtSendTimeIsTheAddressCheckedWithTheUrlsHostForTheHeader() {
        UrlGuard.Checked checked = UrlGuard.target("https://hooks.example.com/kiosque?x=1#ignored", false, DNS);
        assertThat(checked.isRefused()).isFalse();
        assertThat(checked.target().address().getHostAddress()).isEqualTo("93.184.216.34");
        assertThat(checked.target().host()).isEqualTo("hooks.example.com");
        assertThat(checked.target().hostHeader()).isEqualTo("hooks.example.com");
        assertThat(checked.target().port()).isEqualTo(443);
        assertThat(checked.target().tls()).isTrue();
        assertThat(checked.target().requestUri()).isEqualTo("/kiosque?x=1");

        UrlGuard.Checked literal = UrlGuard.target("http://[2606:2800:220:1:248:1893:25c8:1946]:8080", false, DNS);
        assertThat(literal.target().hostHeader()).isEqualTo("[2606:2800:220:1:248:1893:25c8:1946]:8080");
        assertThat(literal.target().host()).isEqualTo("2606:2800:220:1:248:1893:25c8:1946");
        assertThat(literal.target().requestUri()).isEqualTo("/");
        assertThat(literal.target().port()).isEqualTo(8080);

        // a name with a public and a private address is refused: the connection could go to either
        UrlGuard.Resolver split = host -> new InetAddress[] { InetAddress.getByName("93.184.216.34"), InetAddress.getByName("10.0.0.5") };
        assertThat(UrlGuard.target("https://split.example.com/", false, split).refusal()).contains("adresse privée");
        // allowed private targets are still resolved once, and that address is the one connected to
        UrlGuard.Checked local = UrlGuard.target("http://localhost:9999/hook", true, DNS);
        assertThat(local.target().address().getHostAddress()).isEqualTo("127.0.0.1");
        assertThat(local.target().hostHeader()).isEqualTo("localhost:9999");
        assertThat(UrlGuard.target("http://inconnu.example.com/", true, DNS).refusal()).contains("introuvable");
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
