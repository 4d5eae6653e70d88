package fr.kiosque.job;

import java.util.List;

import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import fr.kiosque.common.http.cache.CacheNamespaces;
import fr.kiosque.common.http.cache.PublicCache;
import fr.kiosque.job.api.JobFacets;
import fr.kiosque.job.api.JobViews.RegionRef;

/** The French regions a listing may be in: for filter menus and the staff form. */
@Path("/api/v1/job-regions")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Offres d'emploi")
@PermitAll
class JobRegionResource {

    @GET
    @PublicCache(CacheNamespaces.JOBS)
    @Operation(operationId = "listJobRegions", summary = "Lister les régions des offres",
            description = "Les 13 régions de métropole puis les 5 d'outre-mer : le slug sert au filtre region et aux offres.")
    @APIResponse(responseCode = "200", description = "Les régions", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(type = SchemaType.ARRAY, implementation = RegionRef.class, maxItems = JobFacets.REGIONS)))
    @APIResponse(responseCode = "304", description = "Inchangé depuis l'ETag envoyé dans If-None-Match")
    public List<RegionRef> list() {
        return PublicJobs.regions();
    }
}
