package fr.kiosque.common.http.cache;

import java.io.IOException;
import java.io.OutputStream;
import java.time.Instant;

/**
 * A public answer too large to hold in memory (a sitemap file of 50,000 URLs), written to the
 * client as it is read, under a strong {@code ETag} known before its body (computed from what it
 * holds, not from its bytes) so that conditional requests still get their 304 without a body.
 * {@link PublicCacheFilter} gives it the headers of every public answer and gzips it on the way
 * for clients that take gzip; it is never kept in the response cache (CDNs keep it).
 */
public record StreamedAnswer(String etag, Instant lastModified, Body body) {

    /** Writes the body; the stream is the client's (do not close it). */
    @FunctionalInterface
    public interface Body {
        void writeTo(OutputStream out) throws IOException;
    }
}
