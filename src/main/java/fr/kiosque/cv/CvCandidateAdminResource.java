package fr.kiosque.cv;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.SecurityContext;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

import fr.kiosque.common.security.Roles;
import fr.kiosque.cv.api.CvRequests;
import fr.kiosque.cv.api.CvViews;

/**
 * A candidate's rights, exercised by an admin on their request: everything held about an e-mail
 * (right of access), and its erasure. The e-mail travels in the body, never in a URL that access
 * logs would keep.
 */
@Path("/api/v1/admin/cv-candidates")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Administration : candidatures")
@RolesAllowed(Roles.ADMIN)
class CvCandidateAdminResource {

    @Inject CandidateRequests service;

    @POST
    @Path("/export")
    @Operation(operationId = "exportCandidateData", summary = "Exporter les données d'un candidat",
            description = "Toutes les candidatures envoyées avec cet e-mail (sans les fichiers, à télécharger un par un) et les accès"
                    + " de l'équipe à celles-ci, en JSON (droit d'accès). Inscrit au journal des accès.")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON,
            examples = @ExampleObject(name = "Un candidat", value = CvRequests.CANDIDATE_EXAMPLE)))
    @APIResponse(responseCode = "200", description = "Les données du candidat (submissions vide si aucune)")
    @APIResponse(responseCode = "400", description = "E-mail absent ou invalide, JSON illisible")
    public RestResponse<CvViews.CandidateExport> export(@Valid @NotNull CvRequests.Candidate candidate,
            @Context SecurityContext security) {
        return CvAdminResource.noStore(RestResponse.ok(service.export(candidate.email(), CvAdminResource.actor(security))));
    }

    @POST
    @Path("/erase")
    @Operation(operationId = "eraseCandidateData", summary = "Effacer les données d'un candidat",
            description = "Efface toutes les candidatures envoyées avec cet e-mail, fichiers compris (droit à l'effacement). Le journal"
                    + " des accès garde la trace de l'effacement, sans donnée du candidat.")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON,
            examples = @ExampleObject(name = "Un candidat", value = CvRequests.CANDIDATE_EXAMPLE)))
    @APIResponse(responseCode = "200", description = "Le nombre de candidatures effacées (0 si aucune)")
    @APIResponse(responseCode = "400", description = "E-mail absent ou invalide, JSON illisible")
    public RestResponse<CvViews.CandidateErasure> erase(@Valid @NotNull CvRequests.Candidate candidate,
            @Context SecurityContext security) {
        return CvAdminResource.noStore(RestResponse.ok(service.erase(candidate.email(), CvAdminResource.actor(security))));
    }
}
