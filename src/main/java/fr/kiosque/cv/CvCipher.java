package fr.kiosque.cv;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.UUID;

import javax.crypto.AEADBadTagException;
import javax.crypto.Cipher;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;

/**
 * AES-256-GCM for CV files, chunk by chunk. Each chunk has a random 96-bit nonce and a 128-bit
 * tag; its associated data binds it to its place: the submission id, its sequence number, and
 * whether it is the last chunk. A chunk moved to another file or place, a file cut short or
 * lengthened, or a changed byte fails to decrypt.
 */
final class CvCipher {

    /** Plaintext bytes per chunk (the last one may hold fewer). */
    static final int CHUNK_SIZE = 64 * 1024;
    static final int NONCE_BYTES = 12;
    private static final int TAG_BITS = 128;
    private static final byte[] FILE_CONTEXT = "kiosque-cv-file-v1".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] TOKEN_CONTEXT = "kiosque-cv-token-v1".getBytes(StandardCharsets.US_ASCII);
    private static final SecureRandom RANDOM = new SecureRandom();

    /** A stored chunk failed its authentication: changed, moved, or read with the wrong key. */
    static final class TamperedException extends Exception {
        TamperedException(String message) {
            super(message, null, false, false);
        }
    }

    private CvCipher() {
    }

    static byte[] newNonce() {
        byte[] nonce = new byte[NONCE_BYTES];
        RANDOM.nextBytes(nonce);
        return nonce;
    }

    static byte[] encryptChunk(SecretKey key, byte[] nonce, UUID submission, int seq, boolean last, byte[] plain, int length) {
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, nonce));
            cipher.updateAAD(fileAad(submission, seq, last));
            return cipher.doFinal(plain, 0, length);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM is not available", e);
        }
    }

    static byte[] decryptChunk(SecretKey key, byte[] nonce, UUID submission, int seq, boolean last, byte[] sealed)
            throws TamperedException {
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, nonce));
            cipher.updateAAD(fileAad(submission, seq, last));
            return cipher.doFinal(sealed);
        } catch (AEADBadTagException e) {
            throw new TamperedException("chunk " + seq + " fails its authentication");
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            throw new TamperedException("chunk " + seq + " is unreadable");
        }
    }

    /** The deletion token of an idempotent submission, kept encrypted for a while so that a retry gets the first answer. */
    static byte[] sealToken(SecretKey key, UUID submission, String token) {
        byte[] nonce = newNonce();
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, nonce));
            cipher.updateAAD(tokenAad(submission));
            byte[] sealed = cipher.doFinal(token.getBytes(StandardCharsets.UTF_8));
            return ByteBuffer.allocate(NONCE_BYTES + sealed.length).put(nonce).put(sealed).array();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM is not available", e);
        }
    }

    static String openToken(SecretKey key, UUID submission, byte[] stored) throws TamperedException {
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, stored, 0, NONCE_BYTES));
            cipher.updateAAD(tokenAad(submission));
            return new String(cipher.doFinal(stored, NONCE_BYTES, stored.length - NONCE_BYTES), StandardCharsets.UTF_8);
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            throw new TamperedException("the kept deletion token is unreadable");
        }
    }

    private static byte[] fileAad(UUID submission, int seq, boolean last) {
        return ByteBuffer.allocate(FILE_CONTEXT.length + 16 + 4 + 1).put(FILE_CONTEXT)
                .putLong(submission.getMostSignificantBits()).putLong(submission.getLeastSignificantBits())
                .putInt(seq).put((byte) (last ? 1 : 0)).array();
    }

    private static byte[] tokenAad(UUID submission) {
        return ByteBuffer.allocate(TOKEN_CONTEXT.length + 16).put(TOKEN_CONTEXT)
                .putLong(submission.getMostSignificantBits()).putLong(submission.getLeastSignificantBits()).array();
    }
}
