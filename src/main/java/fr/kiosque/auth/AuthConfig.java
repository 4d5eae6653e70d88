package fr.kiosque.auth;

import java.time.Duration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** {@code kiosque.jwt.*}: tokens. */
@ConfigMapping(prefix = "kiosque.jwt")
interface AuthConfig {

    /** {@code iss} of the tokens Kiosque signs and accepts. */
    String issuer();

    /** How long an access token lives. */
    @WithDefault("PT1H")
    Duration tokenLifetime();

    /**
     * When no key is configured: how long a key kept in the database signs tokens before a new
     * one replaces it. The previous key keeps verifying the tokens it signed until they expire.
     */
    @WithDefault("P90D")
    Duration keyRotation();

    /**
     * When no key is configured: how often each instance reads the keys kept in the database
     * (and rotates them when due), e.g. {@code 1m}; {@code off} disables it on an instance. A
     * new key signs only after three of these periods, so that every instance knows it first.
     */
    @WithDefault("1m")
    String keyRefreshEvery();
}
