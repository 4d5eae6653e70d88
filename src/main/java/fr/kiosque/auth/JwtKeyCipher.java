package fr.kiosque.auth;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import javax.crypto.SecretKey;

import fr.kiosque.common.security.AesGcm;

/**
 * The private keys of table {@code jwt_key} encrypted at rest with {@code kiosque.jwt.key-encryption-key}
 * ({@code KIOSQUE_JWT_KEY_ENCRYPTION_KEY}, base64 of 32 bytes, never in the database, the same on
 * every instance): AES-256-GCM ({@link AesGcm}), a random nonce for each key, the key's {@code kid}
 * as associated data (a value moved to another row does not open). A stored value reads
 * {@code kek1:<fingerprint>:<base64 of nonce, ciphertext and tag>}, the fingerprint naming the
 * encryption key, so that {@code kiosque.jwt.previous-key-encryption-keys} can still open values
 * encrypted before a rotation of it. Values in clear (PEM) are those of a database that had no
 * encryption key; {@link JwtKeys} encrypts them at the first start that has one.
 */
final class JwtKeyCipher {

    static final String PREFIX = "kek1:";
    private static final byte[] CONTEXT = "kiosque-jwt-key-v1:".getBytes(StandardCharsets.US_ASCII);

    /** Encryption keys by fingerprint; the first encrypts. */
    private final Map<String, SecretKey> keys;

    JwtKeyCipher(Optional<String> current, List<String> previous) {
        Map<String, SecretKey> all = new LinkedHashMap<>();
        List<String> configured = new ArrayList<>();
        current.filter(value -> !value.isBlank()).ifPresent(configured::add);
        if (!configured.isEmpty()) {
            previous.stream().filter(value -> !value.isBlank()).forEach(configured::add);
        }
        for (String value : configured) {
            SecretKey key;
            try {
                key = AesGcm.key(value);
            } catch (IllegalArgumentException e) {
                throw new IllegalStateException("kiosque.jwt.key-encryption-key (KIOSQUE_JWT_KEY_ENCRYPTION_KEY) or a previous one is "
                        + e.getMessage() + ": give base64 of 32 random bytes (openssl rand -base64 32)");
            }
            all.putIfAbsent(fingerprint(key), key);
        }
        this.keys = all;
    }

    static JwtKeyCipher of(AuthConfig config) {
        return new JwtKeyCipher(config.keyEncryptionKey(), config.previousKeyEncryptionKeys().orElse(List.of()));
    }

    /** Whether an encryption key is configured. */
    boolean enabled() {
        return !keys.isEmpty();
    }

    /** What to store for a private key in PEM: encrypted with the current key, or the PEM itself without one. */
    String seal(String kid, String pem) {
        if (keys.isEmpty()) {
            return pem;
        }
        Map.Entry<String, SecretKey> current = keys.entrySet().iterator().next();
        byte[] sealed = AesGcm.seal(current.getValue(), aad(kid), pem.getBytes(StandardCharsets.US_ASCII));
        return PREFIX + current.getKey() + ":" + Base64.getEncoder().encodeToString(sealed);
    }

    /** The PEM of a stored private key. */
    String open(String kid, String stored) {
        if (!stored.startsWith(PREFIX)) {
            return stored;
        }
        String[] parts = stored.split(":", 3);
        SecretKey key = parts.length == 3 ? keys.get(parts[1]) : null;
        if (key == null) {
            throw new IllegalStateException("JWT key " + kid + " of table jwt_key is encrypted with "
                    + (keys.isEmpty() ? "an encryption key, and kiosque.jwt.key-encryption-key (KIOSQUE_JWT_KEY_ENCRYPTION_KEY) is not set"
                            : "a key that is neither kiosque.jwt.key-encryption-key nor one of kiosque.jwt.previous-key-encryption-keys"));
        }
        try {
            return new String(AesGcm.open(key, aad(kid), Base64.getDecoder().decode(parts[2])), StandardCharsets.US_ASCII);
        } catch (AesGcm.SealedException | IllegalArgumentException e) {
            throw new IllegalStateException("JWT key " + kid + " of table jwt_key does not decrypt: " + e.getMessage());
        }
    }

    /** Whether a stored value should be written again: in clear, or encrypted with a previous key. */
    boolean outdated(String stored) {
        if (keys.isEmpty()) {
            return false;
        }
        return !stored.startsWith(PREFIX + keys.keySet().iterator().next() + ":");
    }

    private static byte[] aad(String kid) {
        byte[] id = kid.getBytes(StandardCharsets.UTF_8);
        byte[] aad = new byte[CONTEXT.length + id.length];
        System.arraycopy(CONTEXT, 0, aad, 0, CONTEXT.length);
        System.arraycopy(id, 0, aad, CONTEXT.length, id.length);
        return aad;
    }

    private static String fingerprint(SecretKey key) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            digest.update("kiosque-jwt-kek-fingerprint".getBytes(StandardCharsets.US_ASCII));
            return HexFormat.of().formatHex(digest.digest(key.getEncoded()), 0, 4);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
