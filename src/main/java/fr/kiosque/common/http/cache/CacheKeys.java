package fr.kiosque.common.http.cache;

import java.util.Set;

import fr.kiosque.common.http.QueryParams;

/** What makes a request personal, so that the cache never answers nor keeps it (its key: {@link PublicRoutes}). */
final class CacheKeys {

    /**
     * Query parameters that make a request personal ({@code preview}: an editor's preview
     * link): such a request is never answered from the cache, and its answer never stored,
     * whatever the route does with the parameter.
     */
    static final Set<String> PRIVATE_PARAMETERS = Set.of("preview");

    private CacheKeys() {
    }

    /** Whether the query names a {@link #PRIVATE_PARAMETERS private parameter} (encoded or not, with a value or not). */
    static boolean isPrivate(String rawQuery) {
        if (rawQuery == null || rawQuery.isEmpty()) {
            return false;
        }
        for (String pair : rawQuery.split("&")) {
            String name = QueryParams.decodedName(pair);
            if (name == null || PRIVATE_PARAMETERS.contains(name)) { // unreadable: not worth caching
                return true;
            }
        }
        return false;
    }
}
