package fr.kiosque.job;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

import fr.kiosque.common.http.Preconditions;
import fr.kiosque.common.http.QueryParams;
import fr.kiosque.common.http.StaffResponses;
import fr.kiosque.common.paging.Page;
import fr.kiosque.common.paging.PageParams;
import fr.kiosque.common.security.Roles;
import fr.kiosque.job.api.JobAdminResponse;
import fr.kiosque.job.api.JobAdminSummary;
import fr.kiosque.job.api.JobExamples;
import fr.kiosque.job.api.JobRequest;

/** Job listings for the recruitment team and editors: every status, by id, with optimistic concurrency (If-Match). */
@Path(JobAdminResource.PATH)
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Administration : offres d'emploi")
@RolesAllowed({ Roles.RECRUITER, Roles.EDITOR, Roles.ADMIN })
class JobAdminResource {

    static final String PATH = "/api/v1/admin/jobs";

    @Inject EditJobs service;

    @GET
    @Operation(operationId = "listAdminJobs", summary = "Lister les offres (tous statuts)")
    @APIResponse(responseCode = "200", description = "Une page d'offres")
    @APIResponse(responseCode = "400", description = "Paramètre invalide")
    public RestResponse<Page<JobAdminSummary>> list(
            @Parameter(description = "Filtre de statut : DRAFT, OPEN, CLOSED", example = "OPEN") @QueryParam("status") String status,
            @Parameter(description = "Slug de fiche métier", example = "chef-de-projet-digital") @QueryParam("profile") String profile,
            @Parameter(description = "updatedAt, createdAt, datePosted, validThrough, title ; préfixe - pour décroissant", example = "-updatedAt")
            @QueryParam("sort") String sort,
            @BeanParam PageParams paging) {
        return paging.ok(service.list(QueryParams.enumValue("status", status, JobStatus.class),
                QueryParams.slug("profile", profile), EditJobs.sort(sort), paging.request()));
    }

    @GET
    @Path("/{id}")
    @Operation(operationId = "getAdminJob", summary = "Lire une offre", description = "L'ETag de la réponse sert d'If-Match aux modifications.")
    @APIResponse(responseCode = "200", description = "L'offre")
    public RestResponse<JobAdminResponse> get(@Parameter(example = "42") @PathParam("id") long id) {
        JobAdminResponse listing = service.get(id);
        return StaffResponses.ok(listing.version(), listing);
    }

    @POST
    @Operation(operationId = "createJob", summary = "Publier une offre",
            description = "Ouverte (OPEN) par défaut, dès maintenant ou à sa datePosted future. La fourchette de salaire est obligatoire. "
                    + "Le slug est tiré du titre, de l'employeur et de la ville s'il n'est pas donné.")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON, examples = {
            @ExampleObject(name = "CDI hybride à Lyon", value = JobExamples.JOB_REQUEST),
            @ExampleObject(name = "Freelance en télétravail complet", value = JobExamples.JOB_REQUEST_REMOTE) }))
    @APIResponse(responseCode = "201", description = "Créée ; Location et ETag renseignés",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = JobAdminResponse.class)))
    @APIResponse(responseCode = "400", description = "Champs invalides (fourchette absente ou min > max, région inconnue…) ou JSON illisible")
    @APIResponse(responseCode = "409", description = "Slug déjà pris")
    @APIResponse(responseCode = "422", description = "Fiche métier inconnue ; validThrough passée")
    public RestResponse<JobAdminResponse> create(@Valid @NotNull JobRequest request) {
        JobAdminResponse created = service.create(request);
        return StaffResponses.created(PATH, created.id(), created.version(), created);
    }

    @PUT
    @Path("/{id}")
    @Operation(operationId = "replaceJob", summary = "Remplacer une offre",
            description = "Demande If-Match avec l'ETag (ou la version) lu auparavant. status OPEN rouvre une offre fermée (validThrough future).")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON,
            examples = @ExampleObject(name = "CDI hybride à Lyon", value = JobExamples.JOB_REQUEST)))
    @APIResponse(responseCode = "200", description = "L'offre modifiée, avec son nouvel ETag")
    @APIResponse(responseCode = "409", description = "Slug déjà pris")
    @APIResponse(responseCode = "422", description = "Fiche métier inconnue ; validThrough passée")
    public RestResponse<JobAdminResponse> replace(@Parameter(example = "42") @PathParam("id") long id,
            @Parameter(description = Preconditions.IF_MATCH_DESCRIPTION, required = true, example = "\"v3\"") @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Valid @NotNull JobRequest request) {
        JobAdminResponse listing = service.replace(id, ifMatch, request);
        return StaffResponses.ok(listing.version(), listing);
    }

    @POST
    @Path("/{id}/close")
    @Consumes({ MediaType.APPLICATION_JSON, MediaType.WILDCARD }) // no body: whatever Content-Type, or none
    @Operation(operationId = "closeJob", summary = "Fermer une offre",
            description = "Elle quitte aussitôt la liste publique et répond 410 ; elle n'accepte plus de candidatures. "
                    + "Sans effet sur une offre déjà fermée. If-Match facultatif : s'il est donné, il doit correspondre.")
    @APIResponse(responseCode = "200", description = "L'offre fermée, avec son ETag")
    public RestResponse<JobAdminResponse> close(@Parameter(example = "42") @PathParam("id") long id,
            @Parameter(description = "ETag lu auparavant", example = "\"v3\"") @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        JobAdminResponse listing = service.close(id, ifMatch);
        return StaffResponses.ok(listing.version(), listing);
    }

    @DELETE
    @Path("/{id}")
    @Operation(operationId = "deleteJob", summary = "Supprimer une offre", description = "Demande If-Match. Pour retirer une offre du site, préférez la fermer.")
    public void delete(@Parameter(example = "42") @PathParam("id") long id,
            @Parameter(description = Preconditions.IF_MATCH_DESCRIPTION, required = true, example = "\"v3\"") @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        service.delete(id, ifMatch);
    }
}
