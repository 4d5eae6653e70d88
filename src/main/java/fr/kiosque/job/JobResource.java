package fr.kiosque.job;

import java.util.List;

import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

import fr.kiosque.common.http.QueryParams;
import fr.kiosque.common.http.cache.CacheNamespaces;
import fr.kiosque.common.http.cache.PublicCache;
import fr.kiosque.common.paging.PageLinks;
import fr.kiosque.common.paging.PageParams;
import fr.kiosque.job.api.JobDetail;
import fr.kiosque.job.api.JobListPage;

/** Open job listings, for frontends and partners. Cacheable; no authentication. */
@Path("/api/v1/jobs")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Offres d'emploi")
@PermitAll
class JobResource {

    @Inject PublicJobs service;

    @GET
    @PublicCache(CacheNamespaces.JOBS)
    @Operation(operationId = "listJobs", summary = "Lister les offres d'emploi ouvertes",
            description = "Offres parues et pas encore expirées, les plus récentes d'abord par défaut, avec le nombre d'offres par "
                    + "contrat, télétravail, région et fiche métier (facets) : chaque facette applique tous les filtres sauf le sien. "
                    + "Les critères contract, remote, region et profile acceptent plusieurs valeurs (répétées ou séparées par des virgules). "
                    + "En-tête Link : first, prev, next, last.")
    @APIResponse(responseCode = "200", description = "Une page d'offres et les facettes du filtre")
    @APIResponse(responseCode = "304", description = "Inchangé depuis l'ETag envoyé dans If-None-Match")
    @APIResponse(responseCode = "400", description = "Paramètre invalide (page, size, sort, contrat, région, montant, date…)")
    public RestResponse<JobListPage> list(
            @BeanParam PageParams paging,
            @Parameter(description = "Mots cherchés dans le titre, l'employeur et la description (tous, sans tenir compte des accents ni de la casse)",
                    example = "chef de projet") @QueryParam("q") String q,
            @Parameter(schema = @Schema(type = SchemaType.ARRAY, implementation = String.class, maxItems = JobParams.MAX_VALUES),
                    description = "Contrats : CDI, CDD, INTERIM, FREELANCE, INTERNSHIP, APPRENTICESHIP", example = "[\"CDI\", \"CDD\"]")
            @QueryParam("contract") List<String> contract,
            @Parameter(schema = @Schema(type = SchemaType.ARRAY, implementation = String.class, maxItems = JobParams.MAX_VALUES),
                    description = "Télétravail : ON_SITE, HYBRID, FULL_REMOTE", example = "[\"HYBRID\", \"FULL_REMOTE\"]") @QueryParam("remote") List<String> remote,
            @Parameter(schema = @Schema(type = SchemaType.ARRAY, implementation = String.class, maxItems = JobParams.MAX_VALUES),
                    description = "Slugs de régions (GET /api/v1/job-regions)", example = "[\"ile-de-france\"]") @QueryParam("region") List<String> region,
            @Parameter(description = "Ville (sans tenir compte des accents ni de la casse)", example = "Lyon") @QueryParam("city") String city,
            @Parameter(schema = @Schema(type = SchemaType.ARRAY, implementation = String.class, maxItems = JobParams.MAX_VALUES),
                    description = "Slugs de fiches métiers", example = "[\"community-manager\"]") @QueryParam("profile") List<String> profile,
            @Parameter(description = "Offres dont le haut de la fourchette, ramené en brut annuel, atteint ce montant (EUR)", example = "40000")
            @QueryParam("salaryMin") String salaryMin,
            @Parameter(description = "Parues à partir de cette date (incluse)", example = "2026-11-01") @QueryParam("postedAfter") String postedAfter,
            @Parameter(description = "Tri : datePosted ou salary (haut de la fourchette, annuel) ; préfixe - pour décroissant", example = "-datePosted")
            @QueryParam("sort") String sort,
            @Context UriInfo uriInfo) {
        JobFilter filter = new JobFilter(JobParams.words(q), JobParams.contracts(contract), JobParams.remotes(remote),
                JobParams.regions(region), JobParams.profiles(profile), JobParams.text("city", city),
                JobParams.amount("salaryMin", salaryMin), QueryParams.instant("postedAfter", postedAfter));
        JobListPage result = service.list(filter, PublicJobs.sort(sort), paging.request());
        return RestResponse.ResponseBuilder.ok(result).header("Link", PageLinks.header(uriInfo, result.page())).build();
    }

    @GET
    @PublicCache(CacheNamespaces.JOBS)
    @Path("/{slug}")
    @Operation(operationId = "getJob", summary = "Lire une offre d'emploi",
            description = "L'offre entière, comment postuler, et son JobPosting schema.org pour Google for Jobs : en objet (jsonLd)"
                    + " et déjà sérialisé pour la page (jsonLdScript, à insérer tel quel dans <script type=\"application/ld+json\">). "
                    + "Une offre expirée ou fermée répond 410.")
    @APIResponse(responseCode = "200", description = "L'offre")
    @APIResponse(responseCode = "304", description = "Inchangé depuis l'ETag envoyé dans If-None-Match")
    @APIResponse(responseCode = "404", description = "Aucune offre publiée à ce slug")
    @APIResponse(responseCode = "410", description = "L'offre a expiré (validThrough passée) ou a été fermée")
    public JobDetail get(@Parameter(example = "chef-de-projet-digital-h-f-agence-fil-rouge-lyon") @PathParam("slug") String slug) {
        return service.bySlug(slug);
    }
}
