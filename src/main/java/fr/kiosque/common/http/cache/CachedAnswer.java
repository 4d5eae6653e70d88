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

    int weight() {
        return body.length() + (gzipBody == null ? 0 : gzipBody.length()) + 256;
    }

    /** The gzip variant is another representation: its strong ETag differs ({@code "…-gz"}). */
    String gzipEtag() {
        return HttpCaching.gzipEtag(etag);
    }
}
