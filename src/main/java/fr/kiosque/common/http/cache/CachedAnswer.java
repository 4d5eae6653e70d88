package fr.kiosque.common.http.cache;

import java.time.Instant;
import java.util.Map;

/**
 * A rendered public answer: its bytes, media type and strong ETag, computed once, and the
 * headers that go with it ({@code Link}, {@code Last-Modified}). Valid while the generations of
 * its namespaces are those it was computed under, from {@code storedAt} (a clock that steps back
 * makes it unusable) until {@code expiresAt}.
 */
record CachedAnswer(byte[] body, String contentType, String etag, String cacheControl, Map<String, String> headers,
        String[] namespaces, long[] generations, Instant storedAt, Instant expiresAt) {

    int weight() {
        return body.length + 256;
    }
}
