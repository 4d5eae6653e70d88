package fr.kiosque.cv;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.hibernate.Session;

import fr.kiosque.media.ObjectStore;
import fr.kiosque.media.ObjectStores;

/**
 * CV files, encrypted ({@link CvCipher}) in chunks of 64 KiB of plaintext, one row each in
 * {@code cv_file_chunk} (key id and nonce). The ciphertext is in the row, or, when the media store
 * is S3 ({@link ObjectStores}), an object {@code cv/<submission>/<seq>} of the bucket and an empty
 * ciphertext in the row (a real one always holds its 16-byte tag): encrypted exactly the same, the
 * key and the nonces never in the bucket. Written from the upload's temporary file and read back in
 * batches of a few chunks: a file is never whole in memory. Plain JDBC (through the transaction's
 * connection) because chunks are bytes, not entities.
 */
@ApplicationScoped
class CvFileStore {

    /** Chunks sent to the database in one batch, or read in one statement (1 MiB of plaintext). */
    static final int BATCH = 16;

    record Chunk(int seq, String keyId, byte[] nonce, byte[] ciphertext) {
    }

    /** Prefix of the CV objects in the media bucket. */
    static final String OBJECT_PREFIX = "cv/";
    private static final byte[] IN_OBJECT_STORE = new byte[0];

    @Inject EntityManager entityManager;
    @Inject ObjectStores objectStores;

    private Optional<ObjectStore> objects() {
        return objectStores.under(OBJECT_PREFIX);
    }

    static String objectKey(UUID submission, int seq) {
        return submission + "/" + seq;
    }

    /**
     * Encrypts and stores the file as chunks of {@code submission}, in the current transaction.
     * {@code digest}, when given, is updated with the plaintext.
     *
     * @return the number of chunks
     */
    int write(UUID submission, Path file, long size, CvKeys.Key key, MessageDigest digest) {
        Optional<ObjectStore> objects = objects();
        int count = (int) Math.max(1, (size + CvCipher.CHUNK_SIZE - 1) / CvCipher.CHUNK_SIZE);
        entityManager.unwrap(Session.class).doWork(connection -> {
            try (PreparedStatement insert = connection.prepareStatement(
                    "insert into cv_file_chunk (submission_id, seq, key_id, nonce, ciphertext) values (?, ?, ?, ?, ?)");
                    InputStream in = Files.newInputStream(file)) {
                byte[] buffer = new byte[CvCipher.CHUNK_SIZE];
                long total = 0;
                for (int seq = 0; seq < count; seq++) {
                    int read = in.readNBytes(buffer, 0, buffer.length);
                    total += read;
                    if (digest != null) {
                        digest.update(buffer, 0, read);
                    }
                    byte[] nonce = CvCipher.newNonce();
                    insert.setObject(1, submission);
                    insert.setInt(2, seq);
                    insert.setString(3, key.id());
                    insert.setBytes(4, nonce);
                    byte[] sealed = CvCipher.encryptChunk(key.secret(), nonce, submission, seq, seq == count - 1, buffer, read);
                    if (objects.isPresent()) {
                        // before the row: a failed write leaves at most an object no row names (unreadable without its nonce)
                        objects.get().put(objectKey(submission, seq), sealed);
                        sealed = IN_OBJECT_STORE;
                    }
                    insert.setBytes(5, sealed);
                    insert.addBatch();
                    if (seq % BATCH == BATCH - 1) {
                        insert.executeBatch();
                    }
                }
                insert.executeBatch();
                if (total != size || in.read() != -1) {
                    throw new IllegalStateException("The uploaded file changed while it was stored");
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
        return count;
    }

    /** Up to {@link #BATCH} chunks of {@code submission} from {@code fromSeq} on, in order. */
    List<Chunk> read(UUID submission, int fromSeq) {
        List<Chunk> chunks = new ArrayList<>(BATCH);
        entityManager.unwrap(Session.class).doWork(connection -> {
            try (PreparedStatement select = connection.prepareStatement("select seq, key_id, nonce, ciphertext from cv_file_chunk"
                    + " where submission_id = ? and seq >= ? order by seq limit ?")) {
                select.setObject(1, submission);
                select.setInt(2, fromSeq);
                select.setInt(3, BATCH);
                try (ResultSet rows = select.executeQuery()) {
                    while (rows.next()) {
                        chunks.add(new Chunk(rows.getInt(1), rows.getString(2), rows.getBytes(3), rows.getBytes(4)));
                    }
                }
            }
        });
        for (int i = 0; i < chunks.size(); i++) {
            Chunk chunk = chunks.get(i);
            if (chunk.ciphertext().length == 0) {
                ObjectStore objects = objects().orElseThrow(() -> new IllegalStateException("CV submission " + submission
                        + ": its file is in the S3 bucket, but kiosque.media.store is not s3 (docs/operations.md, \"Media files\")"));
                // a missing object reads as an empty ciphertext: it fails its authentication, the download is cut
                byte[] sealed = objects.get(objectKey(submission, chunk.seq())).orElse(IN_OBJECT_STORE);
                chunks.set(i, new Chunk(chunk.seq(), chunk.keyId(), chunk.nonce(), sealed));
            }
        }
        return chunks;
    }

    /**
     * Removes the objects of these submissions' files from the bucket, before their rows go (in the
     * same transaction: a bucket that cannot be reached is a 503 and nothing is erased, the
     * retention job tries again at its next run). Nothing to do with the PostgreSQL store.
     */
    void eraseObjects(Collection<UUID> submissions) {
        Optional<ObjectStore> objects = objects();
        if (objects.isEmpty() || submissions.isEmpty()) {
            return;
        }
        List<String> keys = new ArrayList<>();
        entityManager.unwrap(Session.class).doWork(connection -> {
            try (PreparedStatement select = connection.prepareStatement("select submission_id, seq from cv_file_chunk"
                    + " where submission_id = any (?) and octet_length(ciphertext) = 0")) {
                select.setArray(1, connection.createArrayOf("uuid", submissions.toArray()));
                try (ResultSet rows = select.executeQuery()) {
                    while (rows.next()) {
                        keys.add(objectKey(rows.getObject(1, UUID.class), rows.getInt(2)));
                    }
                }
            }
        });
        // one request an object: S3Proxy 2.6.0 answers 501 to DeleteObjects with the SDK's required checksum header
        keys.forEach(objects.get()::delete);
    }
}
