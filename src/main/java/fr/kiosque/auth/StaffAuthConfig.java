package fr.kiosque.auth;

import java.time.Duration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** {@code kiosque.auth.*}: staff sessions and forgotten passwords (docs/security.md, "Sessions"). */
@ConfigMapping(prefix = "kiosque.auth")
interface StaffAuthConfig {

    Session session();

    PasswordReset passwordReset();

    /**
     * The admin frontend's page that sets a new password; the e-mail links to it with the token
     * in the fragment ({@code …#token=…}), which browsers never send to a server.
     */
    String resetUrl();

    interface Session {

        /** A session not refreshed for this long ends (sliding: each refresh pushes it back). */
        @WithDefault("P14D")
        Duration idleTimeout();

        /** A session ends this long after its login, refreshed or not. */
        @WithDefault("P90D")
        Duration absoluteTimeout();

        /**
         * After a refresh token is spent, how long presenting it again is taken for a race (two tabs
         * refreshing at once: 409, nothing revoked) rather than a theft (the whole session ends).
         */
        @WithDefault("PT10S")
        Duration reuseLeeway();

        /** Device tokens kept per account (the most recently used); older ones are forgotten. */
        @WithDefault("20")
        int maxDevicesPerAccount();

        /**
         * How long an ended or expired session stays in {@code staff_session} (with its refresh
         * tokens) before the purge deletes it: what an admin can still look into after a logout,
         * a theft or an expiry.
         */
        @WithDefault("P30D")
        Duration keepEnded();

        /** How often the purge runs ("1h"; "off" stops it on this instance). */
        @WithDefault("1h")
        String purgeEvery();
    }

    interface PasswordReset {

        /** How long the link of a reset e-mail works (once). */
        @WithDefault("PT30M")
        Duration tokenLifetime();

        /** Reset requests allowed from one client address within {@link #window()}. */
        @WithDefault("10")
        int maxPerClient();

        /** Reset requests allowed for one e-mail address within {@link #window()}. */
        @WithDefault("3")
        int maxPerAccount();

        @WithDefault("PT1H")
        Duration window();
    }
}
