package fr.kiosque.media;

import java.io.InputStream;
import java.util.Map;
import java.util.Optional;

import fr.kiosque.common.error.ProblemException;
import fr.kiosque.common.error.ProblemType;

/**
 * Where the library's files are kept, by key ({@code <sha-256>.<extension>}: content-addressed, so a
 * key's bytes never change and writing one twice is harmless). Two implementations: PostgreSQL
 * (the default) and any S3-compatible object store. A store that cannot be reached throws
 * {@link StoreUnavailable}, answered 503 with {@code Retry-After}.
 */
interface MediaStore {

    /** Keeps the bytes under the key (nothing happens if the key exists). */
    void put(String key, String mediaType, byte[] bytes);

    /** The file, streamed; empty when no file has that key. The caller closes the stream. */
    Optional<StoredFile> get(String key);

    /** Removes the file (nothing happens when there is none). */
    void delete(String key);

    /** Whether a file has that key (no byte of it is read). */
    boolean exists(String key);

    /** Which store this is, for logs and health: {@code postgresql}, {@code s3}. */
    String name();

    record StoredFile(String mediaType, long length, InputStream body) {
    }

    /** The store did not answer, or refused the call for a reason of its own: a 503 with {@code Retry-After}. */
    final class StoreUnavailable extends ProblemException {
        private static final long serialVersionUID = 1L;
        private static final org.jboss.logging.Logger LOG = org.jboss.logging.Logger.getLogger(MediaStore.class);
        /** Retry-After of the answer, in seconds ({@code kiosque.media.store-retry-after}, set at start). */
        static volatile long retryAfterSeconds = 10;

        StoreUnavailable(String message, Throwable cause) {
            super(ProblemType.SERVICE_UNAVAILABLE, "Le stockage des fichiers ne répond pas : réessayez dans " + retryAfterSeconds + " s.",
                    null, Map.of("Retry-After", String.valueOf(retryAfterSeconds)));
            LOG.warnf("%s (%s)", message, cause == null ? "" : cause.toString());
        }
    }
}
