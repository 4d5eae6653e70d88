package fr.kiosque.common.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URL;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import io.smallrye.config.PropertiesConfigSource;
import io.smallrye.config.SmallRyeConfig;
import io.smallrye.config.SmallRyeConfigBuilder;

/** The HTTP settings a start refuses, without the application. */
class HttpSettingsCheckTest {

    @Test
    void forwardedHeadersWithoutTrustedProxiesAreOneLineNamingTheSettingToAdd() {
        Optional<String> problem = HttpSettingsCheck.untrustedForwarding(true, Optional.empty());
        assertThat(problem).isPresent();
        assertThat(problem.get()).doesNotContain("\n")
                .contains("QUARKUS_HTTP_PROXY_TRUSTED_PROXIES", "quarkus.http.proxy.trusted-proxies", "X-Forwarded-For");
        assertThat(HttpSettingsCheck.untrustedForwarding(true, Optional.of(List.of(" ")))).isPresent();
        // a range that holds every address trusts everyone too
        assertThat(HttpSettingsCheck.untrustedForwarding(true, Optional.of(List.of("10.0.0.2", "0.0.0.0/0")))).get().asString()
                .contains("0.0.0.0/0");
        assertThat(HttpSettingsCheck.untrustedForwarding(true, Optional.of(List.of("::/0")))).isPresent();

        assertThat(HttpSettingsCheck.untrustedForwarding(true, Optional.of(List.of("10.0.0.2")))).isEmpty();
        assertThat(HttpSettingsCheck.untrustedForwarding(true, Optional.of(List.of("10.0.0.0/24", "2001:db8::/64")))).isEmpty();
        assertThat(HttpSettingsCheck.untrustedForwarding(false, Optional.empty())).isEmpty();
    }

    @Test
    void theConnectionLayersRequestLineLimitLeavesRoomAboveTheTargetLimit() {
        assertThat(HttpSettingsCheck.lineLimitWithoutRoom(65_536 + 1_024, 8_192)).isEmpty();
        assertThat(HttpSettingsCheck.lineLimitWithoutRoom(8_192 + 1_024, 8_192)).isEmpty();
        assertThat(HttpSettingsCheck.lineLimitWithoutRoom(8_192, 8_192)).get().asString()
                .contains("quarkus.http.limits.max-initial-line-length", "kiosque.http.limits.max-uri-length").doesNotContain("\n");
        assertThat(HttpSettingsCheck.lineLimitWithoutRoom(4_096, 8_192)).isPresent(); // Quarkus's default
    }

    @Test
    void everyProfileOfTheShippedConfigurationPassesTheChecks() throws IOException {
        for (String profile : List.of("prod", "dev", "test")) {
            SmallRyeConfig config = config(profile);
            boolean forwarding = config.getOptionalValue("quarkus.http.proxy.proxy-address-forwarding", Boolean.class).orElse(false);
            Optional<List<String>> trusted = config.getOptionalValues("quarkus.http.proxy.trusted-proxies", String.class);
            assertThat(HttpSettingsCheck.untrustedForwarding(forwarding, trusted)).as(profile).isEmpty();
            assertThat(HttpSettingsCheck.lineLimitWithoutRoom(config.getValue("quarkus.http.limits.max-initial-line-length", Integer.class),
                    config.getValue("kiosque.http.limits.max-uri-length", Integer.class))).as(profile).isEmpty();
        }
        // production does not honour forwarded headers unless the operator turns it on (with the proxy's addresses)
        assertThat(config("prod").getOptionalValue("quarkus.http.proxy.proxy-address-forwarding", Boolean.class)).isEmpty();
        assertThat(config("test").getValue("quarkus.http.proxy.trusted-proxies", String.class)).isEqualTo("127.0.0.1");
    }

    private static SmallRyeConfig config(String profile) throws IOException {
        URL properties = HttpSettingsCheckTest.class.getResource("/application.properties");
        return new SmallRyeConfigBuilder().withProfile(profile).withSources(new PropertiesConfigSource(properties, 250)).build();
    }
}
