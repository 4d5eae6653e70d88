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
import fr.kiosque.common.http.StaffResponses;
import fr.kiosque.common.paging.Page;
import fr.kiosque.common.paging.PageParams;
import fr.kiosque.common.security.Roles;
import fr.kiosque.job.api.JobExamples;
import fr.kiosque.job.api.JobProfileRequest;
import fr.kiosque.job.api.JobProfileViews;

/** Career sheets for the newsroom, by id, with optimistic concurrency (If-Match). */
@Path(JobProfileAdminResource.PATH)
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Administration : fiches métiers")
@RolesAllowed({ Roles.EDITOR, Roles.ADMIN })
class JobProfileAdminResource {

    static final String PATH = "/api/v1/admin/job-profiles";

    @Inject JobProfileService service;

    @GET
    @Operation(operationId = "listAdminJobProfiles", summary = "Lister les fiches métiers", description = "Par ordre alphabétique du titre.")
    @APIResponse(responseCode = "200", description = "Une page de fiches")
    @APIResponse(responseCode = "400", description = "Paramètre invalide")
    public RestResponse<Page<JobProfileViews.AdminSummary>> list(
            @BeanParam PageParams paging) {
        return paging.ok(service.listForStaff(paging.request()));
    }

    @GET
    @Path("/{id}")
    @Operation(operationId = "getAdminJobProfile", summary = "Lire une fiche métier", description = "L'ETag de la réponse sert d'If-Match aux modifications.")
    @APIResponse(responseCode = "200", description = "La fiche")
    public RestResponse<JobProfileViews.Admin> get(@Parameter(example = "3") @PathParam("id") long id) {
        JobProfileViews.Admin profile = service.get(id);
        return StaffResponses.ok(profile.version(), profile);
    }

    @POST
    @Operation(operationId = "createJobProfile", summary = "Créer une fiche métier", description = "Le slug est tiré du titre s'il n'est pas donné ; les articles liés sont nommés par slug.")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON,
            examples = @ExampleObject(name = "Chef de projet digital", value = JobExamples.PROFILE_REQUEST)))
    @APIResponse(responseCode = "201", description = "Créée ; Location et ETag renseignés",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = JobProfileViews.Admin.class)))
    @APIResponse(responseCode = "409", description = "Slug déjà pris")
    public RestResponse<JobProfileViews.Admin> create(@Valid @NotNull JobProfileRequest request) {
        JobProfileViews.Admin created = service.create(request);
        return StaffResponses.created(PATH, created.id(), created.version(), created);
    }

    @PUT
    @Path("/{id}")
    @Operation(operationId = "replaceJobProfile", summary = "Remplacer une fiche métier", description = "Demande If-Match avec l'ETag (ou la version) lu auparavant. Le slug reste le même sauf s'il est donné.")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON,
            examples = @ExampleObject(name = "Chef de projet digital", value = JobExamples.PROFILE_REQUEST)))
    @APIResponse(responseCode = "200", description = "La fiche modifiée, avec son nouvel ETag")
    @APIResponse(responseCode = "409", description = "Slug déjà pris")
    public RestResponse<JobProfileViews.Admin> replace(@Parameter(example = "3") @PathParam("id") long id,
            @Parameter(description = Preconditions.IF_MATCH_DESCRIPTION, required = true, example = "\"v3\"") @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Valid @NotNull JobProfileRequest request) {
        JobProfileViews.Admin profile = service.replace(id, ifMatch, request);
        return StaffResponses.ok(profile.version(), profile);
    }

    @DELETE
    @Path("/{id}")
    @Operation(operationId = "deleteJobProfile", summary = "Supprimer une fiche métier", description = "Demande If-Match. Refusé tant que des offres y sont rattachées.")
    @APIResponse(responseCode = "409", description = "Des offres sont rattachées à la fiche")
    public void delete(@Parameter(example = "3") @PathParam("id") long id,
            @Parameter(description = Preconditions.IF_MATCH_DESCRIPTION, required = true, example = "\"v3\"") @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        service.delete(id, ifMatch);
    }
}
