package fr.kiosque.common.http.cache;

import java.nio.ByteBuffer;
import java.time.Instant;
import java.util.Map;

import io.netty.buffer.Unpooled;
import io.vertx.core.buffer.Buffer;

/**
 * A rendered public answer: its bytes (and, when it is worth it, the same bytes gzipped), media
 * type and strong ETag, computed once, and the
 * headers that go with it ({@code Link}, {@code Last-Modified}, the surrogate keys). Valid while none of
 * its tags ({@code namespaces}) was invalidated after the {@code snapshot} it was computed under, from {@code storedAt} (a clock that steps back
 * makes it unusable) until {@code expiresAt}.
 * <p>
 * The bytes are held outside the heap, in a direct buffer written to every socket as it is: a
 * heap array would be copied into a direct buffer by Netty on each answer (137 KB for a
 * 500-comment thread). The buffer is freed by the garbage collector once no answer and no write
 * in progress refers to it, never explicitly: an eviction cannot pull it from under a write.
 */
record CachedAnswer(int status, Buffer body, Buffer gzipBody, String contentType, String etag, String cacheControl,
        Map<String, String> headers, String[] namespaces, long snapshot, Instant storedAt, Instant expiresAt) {

    /**
     * A read-only direct copy of {@code bytes}, writable any number of times (Vert.x writes a slice
     * of it); on the heap when direct memory ({@code -XX:MaxDirectMemorySize}) is exhausted, which
     * costs a copy per answer but nothing else.
     */
    static Buffer direct(byte[] bytes) {
        if (bytes == null) {
            return null;
        }
        ByteBuffer direct;
        try {
            direct = ByteBuffer.allocateDirect(bytes.length);
        } catch (OutOfMemoryError e) { // "Direct buffer memory": thrown by the JDK's accounting, the heap is fine
            return Buffer.buffer(bytes);
        }
        direct.put(bytes).flip();
        return Buffer.buffer(Unpooled.unreleasableBuffer(Unpooled.wrappedBuffer(direct.asReadOnlyBuffer())));
    }

    /**
     * Bytes an answer holds, as {@code kiosque.cache.max-size} counts them: its bodies (direct
     * memory) and what it keeps on the heap besides: the entry's objects (the record, its buffers'
     * wrappers, the map, the cache's node, the instants: {@link #ENTRY}) and each string it holds
     * ({@link #STRING} plus one byte a character). Measured: a stored 404 of an unknown slug held
     * 1,113 bytes of heap and 235 of direct memory, against the 491 a flat 256 bytes of overhead
     * counted; a flood of distinct unknown URLs then filled the heap before the bound was reached.
     */
    int weight(String key) {
        long strings = text(key) + text(contentType) + text(etag) + text(cacheControl);
        for (Map.Entry<String, String> header : headers.entrySet()) {
            strings += text(header.getKey()) + text(header.getValue());
        }
        for (String namespace : namespaces) {
            strings += text(namespace);
        }
        return (int) Math.min(Integer.MAX_VALUE, body.length() + (gzipBody == null ? 0 : gzipBody.length()) + ENTRY + strings);
    }

    /** The heap of an entry apart from its strings and bodies. */
    static final int ENTRY = 640;
    /** The heap of a string apart from its characters (object, array header, padding). */
    static final int STRING = 48;

    private static long text(String value) {
        return value == null ? 0 : STRING + 2L * value.length();
    }

    /** The gzip variant is another representation: its strong ETag differs ({@code "…-gz"}). */
    String gzipEtag() {
        return HttpCaching.gzipEtag(etag);
    }
}
