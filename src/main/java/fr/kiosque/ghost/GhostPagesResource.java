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
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import fr.kiosque.common.http.Bulkheaded;
import fr.kiosque.common.http.cache.CacheNamespaces;
import fr.kiosque.common.http.cache.PublicCache;
import fr.kiosque.ghost.api.GhostDocs;

/** Ghost's Content API, pages: Kiosque's published standing pages ("Mentions légales"…), docs/ghost.md. */
@Path(GhostRoutes.PREFIX + "pages")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "API de contenu Ghost")
@SecurityRequirement(name = GhostPostsResource.SCHEME)
@PermitAll
@PublicCache(CacheNamespaces.PAGES)
@Bulkheaded(GhostRoutes.BULKHEAD)
class GhostPagesResource {

    @Inject GhostPages pages;
    @Inject GhostConfig config;

    @GET
    @Path("/")
    @Operation(operationId = "browseGhostPages", summary = "Lister les pages du site (pages de Ghost)")
    @APIResponse(responseCode = "200", description = "Une page de pages, avec meta.pagination",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = GhostDocs.Pages.class)))
    public Map<String, Object> browse(@BeanParam GhostListQuery query) {
        return pages.browse(query.params(config.maxLimit()), query.filter, query.rights());
    }

    @GET
    @Path("/{id}/")
    @Operation(operationId = "readGhostPage", summary = "Lire une page du site par son id (page-3)")
    @APIResponse(responseCode = "200", description = "La page, seule dans la liste pages, sans meta",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = GhostDocs.Pages.class)))
    public Map<String, Object> read(@Parameter(example = "page-3") @PathParam("id") String id, @BeanParam GhostQuery query) {
        return pages.readById(id, query.params(config.maxLimit()), query.rights());
    }

    @GET
    @Path("/slug/{slug}/")
    @Operation(operationId = "readGhostPageBySlug", summary = "Lire une page du site par son slug")
    @APIResponse(responseCode = "200", description = "La page, seule dans la liste pages, sans meta",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = GhostDocs.Pages.class)))
    public Map<String, Object> readBySlug(@Parameter(example = "mentions-legales") @PathParam("slug") String slug,
            @BeanParam GhostQuery query) {
        return pages.readBySlug(slug, query.params(config.maxLimit()), query.rights());
    }
}
