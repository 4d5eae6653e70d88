package fr.kiosque.job;

import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

import fr.kiosque.common.http.cache.CacheNamespaces;
import fr.kiosque.common.http.cache.PublicCache;
import fr.kiosque.common.paging.Page;
import fr.kiosque.common.paging.PageParams;
import fr.kiosque.job.api.JobProfileViews;

/** Career sheets ("fiches métiers"), for frontends and partners. Cacheable; no authentication. */
@Path("/api/v1/job-profiles")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Fiches métiers")
@PermitAll
class JobProfileResource {

    @Inject JobProfileService service;

    @GET
    @PublicCache(CacheNamespaces.JOBS)
    @Operation(operationId = "listJobProfiles", summary = "Lister les fiches métiers",
            description = "Par ordre alphabétique français du titre, avec le nombre d'offres ouvertes de chaque métier. En-tête Link : first, prev, next, last.")
    @APIResponse(responseCode = "200", description = "Une page de fiches métiers")
    @APIResponse(responseCode = "304", description = "Inchangé depuis l'ETag envoyé dans If-None-Match")
    @APIResponse(responseCode = "400", description = "Paramètre invalide (page, size, sort, q)")
    public RestResponse<Page<JobProfileViews.Summary>> list(
            @BeanParam PageParams paging,
            @Parameter(description = "Mots cherchés dans le titre (tous, sans tenir compte des accents ni de la casse)", example = "chargé")
            @QueryParam("q") String q,
            @Parameter(description = "Tri : title ; préfixe - pour décroissant", example = "title") @QueryParam("sort") String sort) {
        return paging.ok(service.listPublished(JobParams.words(q), JobProfileService.sort(sort), paging.request()));
    }

    @GET
    @PublicCache({ CacheNamespaces.JOBS, CacheNamespaces.ARTICLES, CacheNamespaces.COMMENT_COUNTS })
    @Path("/{slug}")
    @Operation(operationId = "getJobProfile", summary = "Lire une fiche métier",
            description = "Le métier, ses missions et compétences, les fourchettes de salaire de la rédaction, le salaire médian des offres "
                    + "(ouvertes et fermées récemment), les offres ouvertes les plus récentes et les articles liés : de quoi afficher la page en un appel.")
    @APIResponse(responseCode = "200", description = "La fiche métier")
    @APIResponse(responseCode = "304", description = "Inchangé depuis l'ETag envoyé dans If-None-Match")
    @APIResponse(responseCode = "404", description = "Aucune fiche métier à ce slug")
    public JobProfileViews.Detail get(@Parameter(example = "chef-de-projet-digital") @PathParam("slug") String slug) {
        return service.publishedBySlug(slug);
    }
}
