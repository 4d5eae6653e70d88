package fr.kiosque.auth;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * The cookies of browser frontends (delivery COOKIE): {@code HttpOnly} (no script reads them),
 * {@code Secure}, {@code SameSite=Strict} (never sent by another site's page), and scoped to
 * {@code /api/v1/auth}, so that they go with logins, refreshes and logouts only, never with the
 * staff API's other requests.
 */
final class AuthCookies {

    static final String REFRESH = "kiosque_refresh";
    static final String DEVICE = "kiosque_device";
    static final String PATH = "/api/v1/auth";
    static final Duration DEVICE_LIFETIME = Duration.ofDays(365);

    private AuthCookies() {
    }

    static String refresh(String token, Instant expiresAt, Clock clock) {
        return cookie(REFRESH, token, Math.max(0, Duration.between(clock.instant(), expiresAt).toSeconds()));
    }

    static String device(String token) {
        return cookie(DEVICE, token, DEVICE_LIFETIME.toSeconds());
    }

    static String clearRefresh() {
        return cookie(REFRESH, "", 0);
    }

    private static String cookie(String name, String value, long maxAge) {
        return name + "=" + value + "; Path=" + PATH + "; Max-Age=" + maxAge + "; HttpOnly; Secure; SameSite=Strict";
    }
}
