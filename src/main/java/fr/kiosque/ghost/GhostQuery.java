package fr.kiosque.ghost;

import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;

import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

import io.vertx.ext.web.RoutingContext;

/**
 * The query parameters of a Content API read by id or slug ({@code @BeanParam}); the key is
 * checked before ({@link GhostRoutes}), which replaces it with the caller's rights class so that
 * the response cache keys answers by rights class, never by key.
 */
class GhostQuery {

    static final String KEY = "Clé d'API de contenu (26 caractères hexadécimaux)";
    static final String KEY_EXAMPLE = "8a1f3c5e7b9d0f2a4c6e8b0d9f";
    static final String INCLUDE = "authors, tags (posts) ; count.posts (tags, authors) ; séparés par des virgules";
    static final String FIELDS = "Seulement ces champs (et id), séparés par des virgules";
    static final String FORMATS = "html (par défaut), plaintext (posts, pages)";

    @QueryParam("key") @Parameter(description = KEY, example = KEY_EXAMPLE)
    String key;

    /** Set by {@link GhostRoutes} from the key, never by the client: part of the cache key. */
    @QueryParam(GhostRoutes.RIGHTS) @Parameter(hidden = true)
    String rights;

    @Context
    RoutingContext routing;

    @QueryParam("include") @Parameter(description = INCLUDE, example = "tags,authors")
    String include;

    @QueryParam("fields") @Parameter(description = FIELDS, example = "title,url")
    String fields;

    @QueryParam("formats") @Parameter(description = FORMATS, example = "html,plaintext")
    String formats;

    GhostParams params(int maxLimit) {
        return GhostParams.of(null, null, null, include, fields, formats, maxLimit);
    }

    /** The rights of the key this request was checked with ({@link GhostRoutes#caller}), not the query's copy. */
    KeyRights rights() {
        return GhostRoutes.caller(routing).rights();
    }
}
