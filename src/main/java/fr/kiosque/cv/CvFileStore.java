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
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.hibernate.Session;

/**
 * CV files in PostgreSQL, encrypted ({@link CvCipher}) in chunks of 64 KiB of plaintext, one row
 * each in {@code cv_file_chunk}. Written from the upload's temporary file and read back in batches
 * of a few chunks: a file is never whole in memory. Plain JDBC (through the transaction's
 * connection) because chunks are bytes, not entities.
 */
@ApplicationScoped
class CvFileStore {

    /** Chunks sent to the database in one batch, or read in one statement (1 MiB of plaintext). */
    static final int BATCH = 16;

    record Chunk(int seq, String keyId, byte[] nonce, byte[] ciphertext) {
    }

    @Inject EntityManager entityManager;

    /**
     * Encrypts and stores the file as chunks of {@code submission}, in the current transaction.
     * {@code digest}, when given, is updated with the plaintext.
     *
     * @return the number of chunks
     */
    int write(UUID submission, Path file, long size, CvKeys.Key key, MessageDigest digest) {
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
                    insert.setBytes(5, CvCipher.encryptChunk(key.secret(), nonce, submission, seq, seq == count - 1, buffer, read));
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
        return chunks;
    }
}
