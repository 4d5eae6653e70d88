package fr.kiosque.cv;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.UUID;

import javax.crypto.SecretKey;

import fr.kiosque.common.security.AesGcm;

/**
 * AES-256-GCM ({@link AesGcm}) for CV files, chunk by chunk. Each chunk has a random 96-bit nonce and a 128-bit
 * tag; its associated data binds it to its place: the submission id, its sequence number, and
 * whether it is the last chunk. A chunk moved to another file or place, a file cut short or
 * lengthened, or a changed byte fails to decrypt.
 */
final class CvCipher {

    /** Plaintext bytes per chunk (the last one may hold fewer). */
    static final int CHUNK_SIZE = 64 * 1024;
    static final int NONCE_BYTES = AesGcm.NONCE_BYTES;
    private static final byte[] FILE_CONTEXT = "kiosque-cv-file-v1".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] TOKEN_CONTEXT = "kiosque-cv-token-v1".getBytes(StandardCharsets.US_ASCII);

    /** A stored chunk failed its authentication: changed, moved, or read with the wrong key. */
    static final class TamperedException extends Exception {
        TamperedException(String message) {
            super(message, null, false, false);
        }
    }

    private CvCipher() {
    }

    static byte[] newNonce() {
        return AesGcm.newNonce();
    }

    static byte[] encryptChunk(SecretKey key, byte[] nonce, UUID submission, int seq, boolean last, byte[] plain, int length) {
        return AesGcm.encrypt(key, nonce, fileAad(submission, seq, last), plain, length);
    }

    static byte[] decryptChunk(SecretKey key, byte[] nonce, UUID submission, int seq, boolean last, byte[] sealed)
            throws TamperedException {
        try {
            return AesGcm.decrypt(key, nonce, fileAad(submission, seq, last), sealed);
        } catch (AesGcm.SealedException e) {
            throw new TamperedException("chunk " + seq + " " + e.getMessage());
        }
    }

    /** The deletion token of an idempotent submission, kept encrypted for a while so that a retry gets the first answer. */
    static byte[] sealToken(SecretKey key, UUID submission, String token) {
        return AesGcm.seal(key, tokenAad(submission), token.getBytes(StandardCharsets.UTF_8));
    }

    static String openToken(SecretKey key, UUID submission, byte[] stored) throws TamperedException {
        try {
            return new String(AesGcm.open(key, tokenAad(submission), stored), StandardCharsets.UTF_8);
        } catch (AesGcm.SealedException e) {
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
