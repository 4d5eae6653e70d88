package fr.kiosque.page;

import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import fr.kiosque.common.error.ProblemException;
import fr.kiosque.common.http.cache.CacheNamespaces;
import fr.kiosque.common.http.cache.PublicCache;
import fr.kiosque.page.api.PageViews;

/** The site's standing pages, published ones only: "Mentions légales", "Contact"… */
@Path("/api/v1/pages")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Pages")
@PermitAll
class PageResource {

    /** The list of published pages. */
    @Schema(name = "StandingPageList")
    record PageList(@Schema(maxItems = Pages.MAX_PAGES) java.util.List<PageViews.PublicPage> items) {
    }

    @Inject Pages pages;

    @GET
    @PublicCache(CacheNamespaces.PAGES)
    @Operation(operationId = "listStandingPages", summary = "Lister les pages publiées", description = "Par titre ; 100 au plus.")
    @APIResponse(responseCode = "200", description = "Les pages publiées")
    @APIResponse(responseCode = "304", description = "Inchangé depuis l'ETag envoyé dans If-None-Match")
    public PageList list() {
        return new PageList(pages.published());
    }

    @GET
    @Path("/{slug}")
    @PublicCache(CacheNamespaces.PAGES)
    @Operation(operationId = "getStandingPage", summary = "Lire une page publiée")
    @APIResponse(responseCode = "200", description = "La page")
    @APIResponse(responseCode = "304", description = "Inchangé depuis l'ETag envoyé dans If-None-Match")
    @APIResponse(responseCode = "404", description = "Aucune page publiée n'a ce slug")
    public PageViews.PublicPage get(@Parameter(example = "mentions-legales") @PathParam("slug") String slug) {
        return pages.published(slug).orElseThrow(() -> ProblemException.notFound("Aucune page publiée n'a le slug « " + slug + " »."));
    }
}
