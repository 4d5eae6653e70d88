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

/** Ghost's Content API, pages: Kiosque's published standing pages ("Mentions légales"…), docs/ghost.md. */
@Path(GhostRoutes.PREFIX + "pages")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "API de contenu Ghost")
@SecurityRequirement(name = GhostPostsResource.SCHEME)
@PermitAll
@APIResponse(responseCode = "401", description = "Clé absente ou inconnue (forme d'erreur de Ghost)",
        content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = GhostDocs.Errors.class)))
@APIResponse(responseCode = "429", description = "Limite de requêtes de la clé atteinte ; Retry-After renseigné",
        content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = GhostDocs.Errors.class)))
class GhostPagesResource {

    private static final String PAGE_FILTER = "Filtre NQL : slug, id, visibility ; - (négation), [a,b], + (et), virgule (ou), parenthèses";

    @Inject KeyAccess access;
    @Inject GhostPages pages;
    @Inject GhostConfig config;

    @GET
    @Path("/")
    @Operation(operationId = "browseGhostPages", summary = "Lister les pages du site (pages de Ghost)")
    @APIResponse(responseCode = "200", description = "Une page de pages, avec meta.pagination",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = GhostDocs.Pages.class)))
    @APIResponse(responseCode = "400", description = "Filtre, limite ou page invalide (forme d'erreur de Ghost)",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = GhostDocs.Errors.class)))
    public RestResponse<Map<String, Object>> browse(
            @Parameter(description = GhostPostsResource.KEY, example = "8a1f3c5e7b9d0f2a4c6e8b0d9f") @RestQuery String key,
            @Parameter(description = GhostPostsResource.FIELDS, example = "title,url") @RestQuery String fields,
            @Parameter(description = GhostPostsResource.FORMATS, example = "html,plaintext") @RestQuery String formats,
            @Parameter(description = PAGE_FILTER, example = "slug:[mentions-legales,contact]") @RestQuery String filter,
            @Parameter(description = GhostPostsResource.LIMIT, example = "all") @RestQuery String limit,
            @Parameter(example = "1") @RestQuery String page,
            @Context RoutingContext ctx) {
        KeyAccess.Caller caller = GhostPostsResource.checked(access, key, ctx);
        GhostParams params = GhostParams.of(limit, page, null, null, fields, formats, config.maxLimit());
        return GhostAnswers.ok(pages.browse(params, filter, caller.rights()), ctx, caller);
    }

    @GET
    @Path("/{id}/")
    @Operation(operationId = "readGhostPage", summary = "Lire une page du site par son id (page-3)")
    @APIResponse(responseCode = "200", description = "La page, seule dans la liste pages, sans meta",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = GhostDocs.Pages.class)))
    @APIResponse(responseCode = "404", description = "Aucune page publiée n'a cet id (forme d'erreur de Ghost)",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = GhostDocs.Errors.class)))
    public RestResponse<Map<String, Object>> read(@Parameter(example = "page-3") @PathParam("id") String id,
            @Parameter(description = GhostPostsResource.KEY, example = "8a1f3c5e7b9d0f2a4c6e8b0d9f") @RestQuery String key,
            @Parameter(description = GhostPostsResource.FIELDS, example = "title,url") @RestQuery String fields,
            @Parameter(description = GhostPostsResource.FORMATS, example = "html,plaintext") @RestQuery String formats,
            @Context RoutingContext ctx) {
        KeyAccess.Caller caller = GhostPostsResource.checked(access, key, ctx);
        GhostParams params = GhostParams.of(null, null, null, null, fields, formats, config.maxLimit());
        return GhostAnswers.ok(pages.readById(id, params, caller.rights()), ctx, caller);
    }

    @GET
    @Path("/slug/{slug}/")
    @Operation(operationId = "readGhostPageBySlug", summary = "Lire une page du site par son slug")
    @APIResponse(responseCode = "200", description = "La page, seule dans la liste pages, sans meta",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = GhostDocs.Pages.class)))
    @APIResponse(responseCode = "404", description = "Aucune page publiée n'a ce slug (forme d'erreur de Ghost)",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = GhostDocs.Errors.class)))
    public RestResponse<Map<String, Object>> readBySlug(@Parameter(example = "mentions-legales") @PathParam("slug") String slug,
            @Parameter(description = GhostPostsResource.KEY, example = "8a1f3c5e7b9d0f2a4c6e8b0d9f") @RestQuery String key,
            @Parameter(description = GhostPostsResource.FIELDS, example = "title,url") @RestQuery String fields,
            @Parameter(description = GhostPostsResource.FORMATS, example = "html,plaintext") @RestQuery String formats,
            @Context RoutingContext ctx) {
        KeyAccess.Caller caller = GhostPostsResource.checked(access, key, ctx);
        GhostParams params = GhostParams.of(null, null, null, null, fields, formats, config.maxLimit());
        return GhostAnswers.ok(pages.readBySlug(slug, params, caller.rights()), ctx, caller);
    }
}
