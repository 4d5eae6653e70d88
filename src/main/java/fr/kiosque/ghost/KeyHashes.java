package fr.kiosque.ghost;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Optional;
import java.util.regex.Pattern;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

/**
 * Content API keys: 26 lowercase hexadecimal characters (104 random bits, the shape Ghost's client
 * checks), handed out once and kept as HMAC-SHA256(key) under {@code kiosque.ghost.key-hash-secret},
 * or, when that is not set, under a random secret the first instance keeps in the database (V20) for all.
 */
@ApplicationScoped
class KeyHashes {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final Pattern KEY = Pattern.compile("[0-9a-f]{26}");

    @Inject GhostConfig config;
    @Inject ContentApiKeyRepository keys;
    private volatile SecretKeySpec secret;

    static String newKey() {
        byte[] bytes = new byte[13];
        RANDOM.nextBytes(bytes);
        return java.util.HexFormat.of().formatHex(bytes);
    }

    /** Whether {@code key} has the shape of a key (anything else is refused without a lookup). */
    static boolean wellFormed(String key) {
        return key != null && KEY.matcher(key).matches();
    }

    /** The hash a new key is kept as (the secret is made and kept first when there is none yet). */
    byte[] hash(String key) {
        return hash(key, secret(true).orElseThrow());
    }

    /**
     * The hash to look a presented key up by; empty while no secret exists, when no key can exist
     * either: a request, a client's random key included, never writes the secret.
     */
    Optional<byte[]> lookupHash(String key) {
        return secret(false).map(s -> hash(key, s));
    }

    private static byte[] hash(String key, SecretKeySpec secret) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(secret);
            return mac.doFinal(key.getBytes(StandardCharsets.US_ASCII));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private Optional<SecretKeySpec> secret(boolean make) {
        SecretKeySpec known = secret;
        if (known == null) {
            Optional<byte[]> bytes = config.keyHashSecret().filter(s -> !s.isBlank()).map(s -> s.getBytes(StandardCharsets.UTF_8))
                    .or(() -> make ? Optional.of(storedSecret()) : existingSecret());
            if (bytes.isEmpty()) {
                return Optional.empty();
            }
            known = secret = new SecretKeySpec(bytes.get(), "HmacSHA256");
        }
        return Optional.of(known);
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    Optional<byte[]> existingSecret() {
        return keys.existingSecret();
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    byte[] storedSecret() {
        byte[] candidate = new byte[32];
        RANDOM.nextBytes(candidate);
        return keys.storedSecret(candidate);
    }
}
