package fr.kiosque.common.http.cache;

import java.time.Instant;
import java.util.Map;

/**
 * A rendered public answer: its bytes (and, when it is worth it, the same bytes gzipped), media
 * type and strong ETag, computed once, and the
 * headers that go with it ({@code Link}, {@code Last-Modified}). Valid while the generations of
 * its namespaces are those it was computed under, from {@code storedAt} (a clock that steps back
 * makes it unusable) until {@code expiresAt}.
 */
record CachedAnswer(byte[] body, byte[] gzipBody, String contentType, String etag, String cacheControl,
        Map<String, String> headers, String[] namespaces, long[] generations, Instant storedAt, Instant expiresAt) {

    int weight() {
        return body.length + (gzipBody == null ? 0 : gzipBody.length) + 256;
    }

    /** The gzip variant is another representation: its strong ETag differs ({@code "…-gz"}). */
    String gzipEtag() {
        return HttpCaching.gzipEtag(etag);
    }
}
