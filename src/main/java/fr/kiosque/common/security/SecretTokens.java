package fr.kiosque.common.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.regex.Pattern;

/**
 * Bearer secrets handed to a client once and kept only as their SHA-256 (refresh tokens, device
 * tokens, password-reset tokens, commenters' deletion tokens): 32 random bytes (SecureRandom),
 * base64url without padding. A database dump holds no usable token.
 */
public final class SecretTokens {

    private static final SecureRandom RANDOM = new SecureRandom();
    /** Base64url of 32 bytes: the shape of every token {@link #newToken} makes. */
    private static final Pattern TOKEN = Pattern.compile("[A-Za-z0-9_-]{43}");

    private SecretTokens() {
    }

    public static String newToken() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    public static byte[] hash(String token) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Whether {@code token} has the shape of a token this class makes (anything else is no token of ours). */
    public static boolean wellFormed(String token) {
        return token != null && TOKEN.matcher(token).matches();
    }

    /** Whether {@code token} is the one whose hash is {@code storedHash}, in time that does not depend on where they differ. */
    public static boolean matches(String token, byte[] storedHash) {
        return storedHash != null && token != null && MessageDigest.isEqual(hash(token), storedHash);
    }
}
