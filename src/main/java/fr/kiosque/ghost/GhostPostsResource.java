package fr.kiosque.ghost;

import java.util.Map;

import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeIn;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.security.SecurityScheme;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestQuery;
import org.jboss.resteasy.reactive.RestResponse;

import fr.kiosque.article.api.ArticleCriteria;
import fr.kiosque.ghost.api.GhostDocs;
import io.vertx.ext.web.RoutingContext;

/**
 * Ghost's Content API, posts: Kiosque's public articles in Ghost's shapes, for Ghost's clients and
 * frontends (docs/ghost.md). Also served under {@code /ghost/api/v3/content/} and
 * {@code /ghost/api/v4/content/} ({@link GhostRoutes}).
 */
@Path(GhostRoutes.PREFIX + "posts")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "API de contenu Ghost")
@SecurityScheme(securitySchemeName = GhostPostsResource.SCHEME, type = SecuritySchemeType.APIKEY, in = SecuritySchemeIn.QUERY,
        apiKeyName = "key", description = "Clé d'API de contenu (26 caractères hexadécimaux), créée par un admin sur /api/v1/admin/content-api-keys")
@SecurityRequirement(name = GhostPostsResource.SCHEME)
@PermitAll
@APIResponse(responseCode = "401", description = "Clé absente ou inconnue (forme d'erreur de Ghost)",
        content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = GhostDocs.Errors.class)))
@APIResponse(responseCode = "429", description = "Limite de requêtes de la clé atteinte ; Retry-After renseigné",
        content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = GhostDocs.Errors.class)))
class GhostPostsResource {

    static final String SCHEME = "ghostContentKey";
    static final String KEY = "Clé d'API de contenu";
    static final String INCLUDE = "authors, tags (séparés par des virgules)";
    static final String FIELDS = "Seulement ces champs (et id), séparés par des virgules";
    static final String FORMATS = "html (par défaut), plaintext";
    static final String FILTER = "Filtre NQL : tag, tags, primary_tag, author, authors.slug, slug, id, featured, published_at ;"
            + " - (négation), [a,b], + (et), virgule (ou), parenthèses";
    static final String LIMIT = "Un nombre, ou all (au plus kiosque.ghost.max-limit éléments) ; 15 par défaut";
    static final String ORDER = "Par exemple published_at desc, title asc";

    @Inject KeyAccess access;
    @Inject GhostPosts posts;
    @Inject GhostConfig config;

    @GET
    @Path("/")
    @Operation(operationId = "browseGhostPosts", summary = "Lister les articles (posts de Ghost)")
    @APIResponse(responseCode = "200", description = "Une page d'articles, avec meta.pagination",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = GhostDocs.Posts.class)))
    @APIResponse(responseCode = "400", description = "Filtre, limite, page ou ordre invalide (forme d'erreur de Ghost)",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = GhostDocs.Errors.class)))
    public RestResponse<Map<String, Object>> browse(@Parameter(description = KEY, example = "8a1f3c5e7b9d0f2a4c6e8b0d9f") @RestQuery String key,
            @Parameter(description = INCLUDE, example = "tags,authors") @RestQuery String include,
            @Parameter(description = FIELDS, example = "title,url") @RestQuery String fields,
            @Parameter(description = FORMATS, example = "html,plaintext") @RestQuery String formats,
            @Parameter(description = FILTER, example = "tag:reseaux-sociaux+featured:true") @RestQuery String filter,
            @Parameter(description = LIMIT, example = "all") @RestQuery String limit,
            @Parameter(example = "1") @RestQuery String page,
            @Parameter(description = ORDER, example = "published_at desc") @RestQuery String order,
            @Context RoutingContext ctx) {
        KeyAccess.Caller caller = checked(key, ctx);
        GhostParams params = GhostParams.of(limit, page, order, include, fields, formats, config.maxLimit());
        return GhostAnswers.ok(posts.browse(params, filter, caller.rights()), ctx, caller);
    }

    @GET
    @Path("/{id}/")
    @Operation(operationId = "readGhostPost", summary = "Lire un article par son id (posts de Ghost)")
    @APIResponse(responseCode = "200", description = "L'article, seul dans la liste posts, sans meta",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = GhostDocs.Posts.class)))
    @APIResponse(responseCode = "404", description = "Aucun article publié n'a cet id (forme d'erreur de Ghost)",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = GhostDocs.Errors.class)))
    public RestResponse<Map<String, Object>> read(@Parameter(example = "42") @PathParam("id") String id,
            @Parameter(description = KEY, example = "8a1f3c5e7b9d0f2a4c6e8b0d9f") @RestQuery String key,
            @Parameter(description = INCLUDE, example = "tags,authors") @RestQuery String include,
            @Parameter(description = FIELDS, example = "title,url") @RestQuery String fields,
            @Parameter(description = FORMATS, example = "html,plaintext") @RestQuery String formats,
            @Context RoutingContext ctx) {
        KeyAccess.Caller caller = checked(key, ctx);
        GhostParams params = GhostParams.of(null, null, null, include, fields, formats, config.maxLimit());
        return GhostAnswers.ok(posts.read(ArticleCriteria.Field.ID, id, params, caller.rights()), ctx, caller);
    }

    @GET
    @Path("/slug/{slug}/")
    @Operation(operationId = "readGhostPostBySlug", summary = "Lire un article par son slug (posts de Ghost)")
    @APIResponse(responseCode = "200", description = "L'article, seul dans la liste posts, sans meta",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = GhostDocs.Posts.class)))
    @APIResponse(responseCode = "404", description = "Aucun article publié n'a ce slug (forme d'erreur de Ghost)",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = GhostDocs.Errors.class)))
    public RestResponse<Map<String, Object>> readBySlug(
            @Parameter(example = "quitter-x-un-dilemme-pour-les-communicants-et-marketeurs") @PathParam("slug") String slug,
            @Parameter(description = KEY, example = "8a1f3c5e7b9d0f2a4c6e8b0d9f") @RestQuery String key,
            @Parameter(description = INCLUDE, example = "tags,authors") @RestQuery String include,
            @Parameter(description = FIELDS, example = "title,url") @RestQuery String fields,
            @Parameter(description = FORMATS, example = "html,plaintext") @RestQuery String formats,
            @Context RoutingContext ctx) {
        KeyAccess.Caller caller = checked(key, ctx);
        GhostParams params = GhostParams.of(null, null, null, include, fields, formats, config.maxLimit());
        return GhostAnswers.ok(posts.read(ArticleCriteria.Field.SLUG, slug, params, caller.rights()), ctx, caller);
    }

    /** The caller of the key (401, 429 otherwise), kept on the request for the headers of a later error. */
    static KeyAccess.Caller checked(KeyAccess access, String key, RoutingContext ctx) {
        KeyAccess.Caller caller = access.check(key);
        ctx.put(GhostRoutes.CALLER, caller);
        return caller;
    }

    private KeyAccess.Caller checked(String key, RoutingContext ctx) {
        return checked(access, key, ctx);
    }
}
