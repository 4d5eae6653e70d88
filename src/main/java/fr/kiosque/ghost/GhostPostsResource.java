package fr.kiosque.ghost;

import java.util.Map;

import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
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

import fr.kiosque.article.api.ArticleCriteria;
import fr.kiosque.common.http.Bulkheaded;
import fr.kiosque.common.http.cache.CacheNamespaces;
import fr.kiosque.common.http.cache.PublicCache;
import fr.kiosque.ghost.api.GhostDocs;

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
@PublicCache(CacheNamespaces.ARTICLES)
@Bulkheaded(GhostRoutes.BULKHEAD)
class GhostPostsResource {

    static final String SCHEME = "ghostContentKey";

    @Inject GhostPosts posts;
    @Inject GhostConfig config;

    @GET
    @Path("/")
    @Operation(operationId = "browseGhostPosts", summary = "Lister les articles (posts de Ghost)")
    @APIResponse(responseCode = "200", description = "Une page d'articles, avec meta.pagination",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = GhostDocs.Posts.class)))
    public Map<String, Object> browse(@BeanParam GhostListQuery query) {
        return posts.browse(query.params(config.maxLimit()), query.filter, query.rights());
    }

    @GET
    @Path("/{id}/")
    @Operation(operationId = "readGhostPost", summary = "Lire un article par son id (posts de Ghost)")
    @APIResponse(responseCode = "200", description = "L'article, seul dans la liste posts, sans meta",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = GhostDocs.Posts.class)))
    public Map<String, Object> read(@Parameter(example = "42") @PathParam("id") String id, @BeanParam GhostQuery query) {
        return posts.read(ArticleCriteria.Field.ID, id, query.params(config.maxLimit()), query.rights());
    }

    @GET
    @Path("/slug/{slug}/")
    @Operation(operationId = "readGhostPostBySlug", summary = "Lire un article par son slug (posts de Ghost)")
    @APIResponse(responseCode = "200", description = "L'article, seul dans la liste posts, sans meta",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = GhostDocs.Posts.class)))
    public Map<String, Object> readBySlug(
            @Parameter(example = "quitter-x-un-dilemme-pour-les-communicants-et-marketeurs") @PathParam("slug") String slug,
            @BeanParam GhostQuery query) {
        return posts.read(ArticleCriteria.Field.SLUG, slug, query.params(config.maxLimit()), query.rights());
    }
}
