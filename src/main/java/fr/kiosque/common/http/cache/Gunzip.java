package fr.kiosque.common.http.cache;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.zip.CRC32;
import java.util.zip.DataFormatException;
import java.util.zip.GZIPInputStream;
import java.util.zip.Inflater;

/**
 * Inflates gzip members that Kiosque wrote itself (a plain 10-byte header) in one call, into an
 * array of the size the trailer states, with inflaters kept for reuse: a stored page is
 * inflated on the event loop for every client that does not take gzip, and
 * {@link GZIPInputStream} spent most of that time growing buffers and setting up zlib.
 * Anything else goes through {@link GZIPInputStream}.
 */
public final class Gunzip {

    private static final int HEADER = 10;
    private static final int TRAILER = 8;
    /** Larger members are not inflated into one array on trust of their trailer. */
    private static final int MAX_SIZE = 16 * 1024 * 1024;
    private static final ArrayBlockingQueue<Inflater> IDLE = new ArrayBlockingQueue<>(8);

    private Gunzip() {
    }

    public static byte[] gunzip(byte[] gzipped) {
        int length = gzipped.length;
        int size = size(gzipped);
        if (size < 0) {
            return slowly(gzipped);
        }
        Inflater inflater = IDLE.poll();
        if (inflater == null) {
            inflater = new Inflater(true);
        }
        try {
            inflater.setInput(gzipped, HEADER, length - HEADER - TRAILER);
            byte[] out = new byte[size];
            int n = size == 0 ? 0 : inflater.inflate(out);
            CRC32 crc = new CRC32();
            crc.update(out, 0, n);
            if (n != size || !inflater.finished() || (int) crc.getValue() != littleEndian(gzipped, length - TRAILER)) {
                return slowly(gzipped); // several members, or damaged: the stream says which
            }
            return out;
        } catch (DataFormatException e) {
            return slowly(gzipped);
        } finally {
            inflater.reset();
            if (!IDLE.offer(inflater)) {
                inflater.end();
            }
        }
    }

    /** The plain size a gzip member that Kiosque wrote states in its trailer; -1 for anything else. */
    public static int size(byte[] gzipped) {
        if (gzipped.length < HEADER + TRAILER || (gzipped[0] & 0xff) != 0x1f || (gzipped[1] & 0xff) != 0x8b || gzipped[2] != 8
                || gzipped[3] != 0) {
            return -1;
        }
        int size = littleEndian(gzipped, gzipped.length - 4);
        return size < 0 || size > MAX_SIZE ? -1 : size;
    }

    private static int littleEndian(byte[] bytes, int at) {
        return (bytes[at] & 0xff) | (bytes[at + 1] & 0xff) << 8 | (bytes[at + 2] & 0xff) << 16 | (bytes[at + 3] & 0xff) << 24;
    }

    private static byte[] slowly(byte[] gzipped) {
        try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(gzipped), 8192)) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
