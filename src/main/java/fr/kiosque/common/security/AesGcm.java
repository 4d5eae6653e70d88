package fr.kiosque.common.security;

import java.nio.ByteBuffer;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;

import javax.crypto.AEADBadTagException;
import javax.crypto.Cipher;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * AES-256-GCM, the one place where Kiosque encrypts: a random 96-bit nonce for every message,
 * a 128-bit tag, and associated data that binds a message to its place (a CV chunk to its file and
 * sequence, a signing key to its {@code kid}). A changed byte, a moved message or the wrong key
 * fails to open ({@link SealedException}).
 */
public final class AesGcm {

    public static final int NONCE_BYTES = 12;
    private static final int TAG_BITS = 128;
    private static final SecureRandom RANDOM = new SecureRandom();

    /** A sealed message failed its authentication: changed, moved, or opened with the wrong key. */
    public static final class SealedException extends Exception {
        public SealedException(String message) {
            super(message, null, false, false);
        }
    }

    private AesGcm() {
    }

    /** A 256-bit key from its base64 form (e.g. {@code openssl rand -base64 32}); anything else is refused. */
    public static SecretKey key(String base64) {
        byte[] bytes;
        try {
            bytes = Base64.getDecoder().decode(base64.strip());
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("not base64");
        }
        if (bytes.length != 32) {
            throw new IllegalArgumentException("not 32 bytes once decoded (" + bytes.length + ")");
        }
        return new SecretKeySpec(bytes, "AES");
    }

    public static byte[] newNonce() {
        byte[] nonce = new byte[NONCE_BYTES];
        RANDOM.nextBytes(nonce);
        return nonce;
    }

    /** Encrypts {@code length} bytes of {@code plain} with {@code nonce}; returns ciphertext and tag. */
    public static byte[] encrypt(SecretKey key, byte[] nonce, byte[] aad, byte[] plain, int length) {
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, nonce));
            cipher.updateAAD(aad);
            return cipher.doFinal(plain, 0, length);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM is not available", e);
        }
    }

    /** Decrypts what {@link #encrypt} made with the same key, nonce and associated data. */
    public static byte[] decrypt(SecretKey key, byte[] nonce, byte[] aad, byte[] sealed) throws SealedException {
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, nonce));
            cipher.updateAAD(aad);
            return cipher.doFinal(sealed);
        } catch (AEADBadTagException e) {
            throw new SealedException("fails its authentication");
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            throw new SealedException("is unreadable");
        }
    }

    /** Encrypts with a fresh nonce; returns nonce followed by ciphertext and tag. */
    public static byte[] seal(SecretKey key, byte[] aad, byte[] plain) {
        byte[] nonce = newNonce();
        byte[] sealed = encrypt(key, nonce, aad, plain, plain.length);
        return ByteBuffer.allocate(NONCE_BYTES + sealed.length).put(nonce).put(sealed).array();
    }

    /** Opens what {@link #seal} made. */
    public static byte[] open(SecretKey key, byte[] aad, byte[] stored) throws SealedException {
        if (stored == null || stored.length < NONCE_BYTES + TAG_BITS / 8) {
            throw new SealedException("is too short");
        }
        byte[] nonce = java.util.Arrays.copyOfRange(stored, 0, NONCE_BYTES);
        byte[] sealed = java.util.Arrays.copyOfRange(stored, NONCE_BYTES, stored.length);
        return decrypt(key, nonce, aad, sealed);
    }
}
