package fr.kiosque.common.http.cache;

/**
 * An answer already rendered by the resource (kept by a second tier, say): its bytes, the same
 * bytes gzipped (or null) and its strong ETag, taken as they are by {@link PublicCacheFilter}
 * instead of serializing, compressing and hashing again. Only for {@link PublicCache} routes.
 * One kept gzipped ({@link #ofGzipped}) is inflated only if a client that does not take gzip asks.
 */
public final class RenderedAnswer {

    /** Volatile: made on one thread (the first to ask), read on others (a worker storing it, say). */
    private volatile byte[] body;
    private final byte[] gzipped;
    private final String etag;

    public RenderedAnswer(byte[] body, byte[] gzipped, String etag) {
        this.body = java.util.Objects.requireNonNull(body);
        this.gzipped = gzipped;
        this.etag = etag;
    }

    private RenderedAnswer(byte[] gzipped, String etag) {
        this.gzipped = gzipped;
        this.etag = etag;
    }

    /** From its gzipped bytes alone (as Kiosque wrote them): the plain bytes are made when first needed. */
    public static RenderedAnswer ofGzipped(byte[] gzipped, String etag) {
        int size = Gunzip.size(gzipped);
        if (size < 0 || !HttpCaching.worthKeeping(size, gzipped.length)) {
            return new RenderedAnswer(Gunzip.gunzip(gzipped), null, etag);
        }
        return new RenderedAnswer(gzipped, etag);
    }

    public byte[] body() {
        byte[] plain = body;
        if (plain == null) {
            plain = body = Gunzip.gunzip(gzipped); // the same bytes whichever thread makes them first
        }
        return plain;
    }

    public byte[] gzipped() {
        return gzipped;
    }

    public String etag() {
        return etag;
    }
}
