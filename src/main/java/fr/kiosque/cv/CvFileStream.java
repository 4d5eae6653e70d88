package fr.kiosque.cv;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.UUID;
import java.util.function.IntFunction;
import java.util.List;

/**
 * A stored CV file, decrypted as it is read: a batch of chunks at a time ({@link CvFileStore#BATCH}),
 * each batch read in a short transaction of its own, never the whole file in memory. A chunk
 * missing, out of place, or failing its authentication ends the stream with an
 * {@link IOException} (the download is cut, never completed with wrong bytes).
 */
final class CvFileStream extends InputStream {

    interface ChunkDecryptor {
        byte[] decrypt(CvFileStore.Chunk chunk, boolean last) throws CvCipher.TamperedException;
    }

    private final UUID id;
    private final int count;
    private final long size;
    private final IntFunction<List<CvFileStore.Chunk>> batchFrom;
    private final ChunkDecryptor decryptor;
    private final Deque<CvFileStore.Chunk> pending = new ArrayDeque<>();
    private byte[] current = new byte[0];
    private int position;
    private int next;
    private long delivered;

    CvFileStream(UUID id, int count, long size, IntFunction<List<CvFileStore.Chunk>> batchFrom, ChunkDecryptor decryptor) {
        this.id = id;
        this.count = count;
        this.size = size;
        this.batchFrom = batchFrom;
        this.decryptor = decryptor;
    }

    @Override
    public int read() throws IOException {
        if (!fill()) {
            return -1;
        }
        return current[position++] & 0xff;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
        if (length == 0) {
            return 0;
        }
        if (!fill()) {
            return -1;
        }
        int n = Math.min(length, current.length - position);
        System.arraycopy(current, position, buffer, offset, n);
        position += n;
        return n;
    }

    /** Makes sure bytes are waiting in {@code current}; false at the end of the file. */
    private boolean fill() throws IOException {
        while (position >= current.length) {
            if (next >= count) {
                if (delivered != size) {
                    throw new IOException("CV submission " + id + ": the file holds " + delivered + " bytes, " + size + " were stored");
                }
                return false;
            }
            if (pending.isEmpty()) {
                pending.addAll(batchFrom.apply(next));
                if (pending.isEmpty()) {
                    throw new IOException("CV submission " + id + ": chunk " + next + " is missing");
                }
            }
            CvFileStore.Chunk chunk = pending.removeFirst();
            if (chunk.seq() != next) {
                throw new IOException("CV submission " + id + ": chunk " + next + " is missing");
            }
            try {
                current = decryptor.decrypt(chunk, next == count - 1);
            } catch (CvCipher.TamperedException e) {
                throw new IOException("CV submission " + id + ": " + e.getMessage());
            }
            position = 0;
            delivered += current.length;
            next++;
        }
        return true;
    }
}
