package fr.kiosque.common.http.cache;

/**
 * An answer already rendered by the resource (kept by a second tier, say): its bytes, the same
 * bytes gzipped (or null) and its strong ETag, taken as they are by {@link PublicCacheFilter}
 * instead of serializing, compressing and hashing again. Only for {@link PublicCache} routes.
 */
public record RenderedAnswer(byte[] body, byte[] gzipped, String etag) {
}
