package fr.kiosque.common.http;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import io.quarkus.runtime.StartupEvent;
import io.quarkus.runtime.configuration.ConfigurationException;

/**
 * Refuses to start (one line on the console, no stack trace, exit status 1) with HTTP settings
 * that would quietly undo a protection:
 * <ul>
 * <li>forwarded headers ({@code X-Forwarded-For}, {@code Forwarded}) honoured without
 * {@code quarkus.http.proxy.trusted-proxies}, or with a range that holds every address: Quarkus
 * then takes them from any client, which picks its own address and escapes every per-address
 * limit (logins, comments, CV uploads);</li>
 * <li>a connection-layer request line limit ({@code quarkus.http.limits.max-initial-line-length},
 * which counts the method and version too) that leaves no room above Kiosque's own target limit
 * ({@code kiosque.http.limits.max-uri-length}): long targets would then get Vert.x's bare 414
 * instead of the problem.</li>
 * </ul>
 * Runs before the other start-up observers, before the HTTP port opens.
 */
@ApplicationScoped
class HttpSettingsCheck {

    /** Room left in the request line for the method, the spaces and {@code HTTP/1.1}. */
    static final int REQUEST_LINE_ROOM = 1024;

    private static final Set<String> EVERY_ADDRESS = Set.of("0.0.0.0/0", "::/0", "0:0:0:0:0:0:0:0/0", "[::]/0");

    private final boolean forwarding;
    private final Optional<List<String>> trustedProxies;
    private final int maxInitialLineLength;
    private final int maxUriLength;

    HttpSettingsCheck(@ConfigProperty(name = "quarkus.http.proxy.proxy-address-forwarding", defaultValue = "false") boolean forwarding,
            @ConfigProperty(name = "quarkus.http.proxy.trusted-proxies") Optional<List<String>> trustedProxies,
            @ConfigProperty(name = "quarkus.http.limits.max-initial-line-length", defaultValue = "4096") int maxInitialLineLength,
            HttpConfig http) {
        this.forwarding = forwarding;
        this.trustedProxies = trustedProxies;
        this.maxInitialLineLength = maxInitialLineLength;
        this.maxUriLength = http.limits().maxUriLength();
    }

    void onStart(@Observes @Priority(1) StartupEvent event) {
        List<String> problems = new ArrayList<>();
        untrustedForwarding(forwarding, trustedProxies).ifPresent(problems::add);
        lineLimitWithoutRoom(maxInitialLineLength, maxUriLength).ifPresent(problems::add);
        if (!problems.isEmpty()) {
            throw new ConfigurationException("Kiosque cannot start: " + String.join(" Also: ", problems));
        }
    }

    /** Why forwarded headers would be taken from anyone, if they would. */
    static Optional<String> untrustedForwarding(boolean forwarding, Optional<List<String>> trustedProxies) {
        if (!forwarding) {
            return Optional.empty();
        }
        List<String> trusted = trustedProxies.orElse(List.of()).stream().map(String::strip).filter(p -> !p.isEmpty()).toList();
        String fix = " Set QUARKUS_HTTP_PROXY_TRUSTED_PROXIES (quarkus.http.proxy.trusted-proxies) to the reverse proxy's"
                + " addresses (e.g. 10.0.0.2 or 10.0.0.0/24), or turn forwarding off (docs/operations.md, \"Behind a reverse proxy or a CDN\").";
        if (trusted.isEmpty()) {
            return Optional.of("quarkus.http.proxy.proxy-address-forwarding is on without quarkus.http.proxy.trusted-proxies,"
                    + " so any client could choose its own address with X-Forwarded-For and escape the per-address limits." + fix);
        }
        for (String proxy : trusted) {
            if (EVERY_ADDRESS.contains(proxy.toLowerCase(Locale.ROOT))) {
                return Optional.of("quarkus.http.proxy.trusted-proxies holds " + proxy + ", every address,"
                        + " so any client could choose its own address with X-Forwarded-For and escape the per-address limits." + fix);
            }
        }
        return Optional.empty();
    }

    /** Why long targets would get the connection layer's bare 414, if they would. */
    static Optional<String> lineLimitWithoutRoom(int maxInitialLineLength, int maxUriLength) {
        long needed = (long) maxUriLength + REQUEST_LINE_ROOM;
        if (maxInitialLineLength >= needed) {
            return Optional.empty();
        }
        return Optional.of("quarkus.http.limits.max-initial-line-length (" + maxInitialLineLength + ") must be at least"
                + " kiosque.http.limits.max-uri-length + " + REQUEST_LINE_ROOM + " (" + needed + "): it counts the whole request line,"
                + " and targets over the limit must reach Kiosque to get the 414 problem.");
    }
}
