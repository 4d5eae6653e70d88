package fr.kiosque.auth;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** {@code kiosque.jwt.*}: tokens. */
@ConfigMapping(prefix = "kiosque.jwt")
interface AuthConfig {

    /** {@code iss} of the tokens Kiosque signs and accepts. */
    String issuer();

    /** How long an access token lives: 15 minutes at most (clients stay logged in with refresh tokens). */
    @WithDefault("PT15M")
    Duration tokenLifetime();

    /**
     * Base64 of 32 bytes ({@code openssl rand -base64 32}, {@code KIOSQUE_JWT_KEY_ENCRYPTION_KEY}),
     * never in the database, the same on every instance: encrypts the private keys kept in table
     * {@code jwt_key} (AES-256-GCM). Without it they are kept in clear, with a warning at start.
     */
    Optional<String> keyEncryptionKey();

    /** Former values of {@link #keyEncryptionKey()}, to read keys encrypted before its rotation (re-encrypted at start). */
    Optional<List<String>> previousKeyEncryptionKeys();

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
