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
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestQuery;
import org.jboss.resteasy.reactive.RestResponse;

import fr.kiosque.ghost.api.GhostDocs;
import io.vertx.ext.web.RoutingContext;

/** Ghost's Content API: tags (sections and tags), authors and settings (docs/ghost.md). */
@Path(GhostRoutes.PREFIX)
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "API de contenu Ghost")
@SecurityRequirement(name = GhostPostsResource.SCHEME)
@PermitAll
@APIResponse(responseCode = "401", description = "Clé absente ou inconnue (forme d'erreur de Ghost)",
        content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = GhostDocs.Errors.class)))
@APIResponse(responseCode = "429", description = "Limite de requêtes de la clé atteinte ; Retry-After renseigné",
        content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = GhostDocs.Errors.class)))
class GhostTaxonomyResource {

    private static final String INCLUDE = "count.posts : le nombre d'articles publiés";
    private static final String TERM_FILTER = "Filtre NQL : slug, id, visibility ; - (négation), [a,b], + (et), virgule (ou), parenthèses";
    private static final String TERM_ORDER = "name (par défaut), slug ou count.posts, asc ou desc";

    @Inject KeyAccess access;
    @Inject GhostTerms terms;
    @Inject GhostConfig config;

    @GET
    @Path("tags/")
    @Operation(operationId = "browseGhostTags", summary = "Lister les rubriques et mots-clés (tags de Ghost)")
    @APIResponse(responseCode = "200", description = "Une page de tags, avec meta.pagination",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = GhostDocs.Tags.class)))
    @APIResponse(responseCode = "400", description = "Filtre, limite, page ou ordre invalide (forme d'erreur de Ghost)",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = GhostDocs.Errors.class)))
    public RestResponse<Map<String, Object>> browseTags(
            @Parameter(description = GhostPostsResource.KEY, example = "8a1f3c5e7b9d0f2a4c6e8b0d9f") @RestQuery String key,
            @Parameter(description = INCLUDE, example = "count.posts") @RestQuery String include,
            @Parameter(description = GhostPostsResource.FIELDS, example = "name,slug") @RestQuery String fields,
            @Parameter(description = TERM_FILTER, example = "visibility:public") @RestQuery String filter,
            @Parameter(description = GhostPostsResource.LIMIT, example = "all") @RestQuery String limit,
            @Parameter(example = "1") @RestQuery String page,
            @Parameter(description = TERM_ORDER, example = "count.posts desc") @RestQuery String order,
            @Context RoutingContext ctx) {
        KeyAccess.Caller caller = GhostPostsResource.checked(access, key, ctx);
        GhostParams params = GhostParams.of(limit, page, order, include, fields, null, config.maxLimit());
        return GhostAnswers.ok(terms.browseTags(params, filter), ctx, caller);
    }

    @GET
    @Path("tags/{id}/")
    @Operation(operationId = "readGhostTag", summary = "Lire un tag par son id (section-3, tag-7)")
    @APIResponse(responseCode = "200", description = "Le tag, seul dans la liste tags, sans meta",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = GhostDocs.Tags.class)))
    @APIResponse(responseCode = "404", description = "Aucun tag public n'a cet id (forme d'erreur de Ghost)",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = GhostDocs.Errors.class)))
    public RestResponse<Map<String, Object>> readTag(@Parameter(example = "tag-7") @PathParam("id") String id,
            @Parameter(description = GhostPostsResource.KEY, example = "8a1f3c5e7b9d0f2a4c6e8b0d9f") @RestQuery String key,
            @Parameter(description = INCLUDE, example = "count.posts") @RestQuery String include,
            @Parameter(description = GhostPostsResource.FIELDS, example = "name,slug") @RestQuery String fields,
            @Context RoutingContext ctx) {
        KeyAccess.Caller caller = GhostPostsResource.checked(access, key, ctx);
        GhostParams params = GhostParams.of(null, null, null, include, fields, null, config.maxLimit());
        return GhostAnswers.ok(terms.readTag(t -> GhostIds.of(t).equals(id), params), ctx, caller);
    }

    @GET
    @Path("tags/slug/{slug}/")
    @Operation(operationId = "readGhostTagBySlug", summary = "Lire un tag par son slug (une rubrique avant un mot-clé de même slug)")
    @APIResponse(responseCode = "200", description = "Le tag, seul dans la liste tags, sans meta",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = GhostDocs.Tags.class)))
    @APIResponse(responseCode = "404", description = "Aucun tag public n'a ce slug (forme d'erreur de Ghost)",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = GhostDocs.Errors.class)))
    public RestResponse<Map<String, Object>> readTagBySlug(@Parameter(example = "reseaux-sociaux") @PathParam("slug") String slug,
            @Parameter(description = GhostPostsResource.KEY, example = "8a1f3c5e7b9d0f2a4c6e8b0d9f") @RestQuery String key,
            @Parameter(description = INCLUDE, example = "count.posts") @RestQuery String include,
            @Parameter(description = GhostPostsResource.FIELDS, example = "name,slug") @RestQuery String fields,
            @Context RoutingContext ctx) {
        KeyAccess.Caller caller = GhostPostsResource.checked(access, key, ctx);
        GhostParams params = GhostParams.of(null, null, null, include, fields, null, config.maxLimit());
        return GhostAnswers.ok(terms.readTag(t -> t.slug().equals(slug), params), ctx, caller);
    }

    @GET
    @Path("authors/")
    @Operation(operationId = "browseGhostAuthors", summary = "Lister les auteurs (authors de Ghost)")
    @APIResponse(responseCode = "200", description = "Une page d'auteurs, avec meta.pagination",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = GhostDocs.Authors.class)))
    @APIResponse(responseCode = "400", description = "Filtre, limite, page ou ordre invalide (forme d'erreur de Ghost)",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = GhostDocs.Errors.class)))
    public RestResponse<Map<String, Object>> browseAuthors(
            @Parameter(description = GhostPostsResource.KEY, example = "8a1f3c5e7b9d0f2a4c6e8b0d9f") @RestQuery String key,
            @Parameter(description = INCLUDE, example = "count.posts") @RestQuery String include,
            @Parameter(description = GhostPostsResource.FIELDS, example = "name,slug") @RestQuery String fields,
            @Parameter(description = TERM_FILTER, example = "slug:[anne-redac,paul-plume]") @RestQuery String filter,
            @Parameter(description = GhostPostsResource.LIMIT, example = "all") @RestQuery String limit,
            @Parameter(example = "1") @RestQuery String page,
            @Parameter(description = TERM_ORDER, example = "name asc") @RestQuery String order,
            @Context RoutingContext ctx) {
        KeyAccess.Caller caller = GhostPostsResource.checked(access, key, ctx);
        GhostParams params = GhostParams.of(limit, page, order, include, fields, null, config.maxLimit());
        return GhostAnswers.ok(terms.browseAuthors(params, filter), ctx, caller);
    }

    @GET
    @Path("authors/{id}/")
    @Operation(operationId = "readGhostAuthor", summary = "Lire un auteur par son id (author-5)")
    @APIResponse(responseCode = "200", description = "L'auteur, seul dans la liste authors, sans meta",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = GhostDocs.Authors.class)))
    @APIResponse(responseCode = "404", description = "Aucun auteur public n'a cet id (forme d'erreur de Ghost)",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = GhostDocs.Errors.class)))
    public RestResponse<Map<String, Object>> readAuthor(@Parameter(example = "author-5") @PathParam("id") String id,
            @Parameter(description = GhostPostsResource.KEY, example = "8a1f3c5e7b9d0f2a4c6e8b0d9f") @RestQuery String key,
            @Parameter(description = INCLUDE, example = "count.posts") @RestQuery String include,
            @Parameter(description = GhostPostsResource.FIELDS, example = "name,slug") @RestQuery String fields,
            @Context RoutingContext ctx) {
        KeyAccess.Caller caller = GhostPostsResource.checked(access, key, ctx);
        GhostParams params = GhostParams.of(null, null, null, include, fields, null, config.maxLimit());
        return GhostAnswers.ok(terms.readAuthor(t -> GhostIds.of(t).equals(id), params), ctx, caller);
    }

    @GET
    @Path("authors/slug/{slug}/")
    @Operation(operationId = "readGhostAuthorBySlug", summary = "Lire un auteur par son slug")
    @APIResponse(responseCode = "200", description = "L'auteur, seul dans la liste authors, sans meta",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = GhostDocs.Authors.class)))
    @APIResponse(responseCode = "404", description = "Aucun auteur public n'a ce slug (forme d'erreur de Ghost)",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = GhostDocs.Errors.class)))
    public RestResponse<Map<String, Object>> readAuthorBySlug(@Parameter(example = "anne-redac") @PathParam("slug") String slug,
            @Parameter(description = GhostPostsResource.KEY, example = "8a1f3c5e7b9d0f2a4c6e8b0d9f") @RestQuery String key,
            @Parameter(description = INCLUDE, example = "count.posts") @RestQuery String include,
            @Parameter(description = GhostPostsResource.FIELDS, example = "name,slug") @RestQuery String fields,
            @Context RoutingContext ctx) {
        KeyAccess.Caller caller = GhostPostsResource.checked(access, key, ctx);
        GhostParams params = GhostParams.of(null, null, null, include, fields, null, config.maxLimit());
        return GhostAnswers.ok(terms.readAuthor(t -> t.slug().equals(slug), params), ctx, caller);
    }

    @GET
    @Path("settings/")
    @Operation(operationId = "browseGhostSettings", summary = "Réglages du site (settings de Ghost)",
            description = "Titre, description, langue fr, URL du site, et les rubriques comme navigation.")
    @APIResponse(responseCode = "200", description = "Les réglages",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = GhostDocs.Settings.class)))
    public RestResponse<Map<String, Object>> settings(
            @Parameter(description = GhostPostsResource.KEY, example = "8a1f3c5e7b9d0f2a4c6e8b0d9f") @RestQuery String key,
            @Context RoutingContext ctx) {
        KeyAccess.Caller caller = GhostPostsResource.checked(access, key, ctx);
        return GhostAnswers.ok(terms.settings(), ctx, caller);
    }
}
