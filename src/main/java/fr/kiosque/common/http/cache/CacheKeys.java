package fr.kiosque.common.http.cache;

/** The cache key of a request: its raw path and raw query, exactly as sent. */
final class CacheKeys {

    private CacheKeys() {
    }

    static String of(String rawPath, String rawQuery) {
        return rawQuery == null || rawQuery.isEmpty() ? rawPath : rawPath + "?" + rawQuery;
    }
}
