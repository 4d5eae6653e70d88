package fr.kiosque.cv;

import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

import fr.kiosque.common.error.ProblemException;
import fr.kiosque.common.paging.Page;
import fr.kiosque.common.paging.PageParams;
import fr.kiosque.common.security.Roles;
import fr.kiosque.cv.api.CvViews;

/** The audit log of access to candidate data, for admins. */
@Path("/api/v1/admin/cv-audit")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Administration : candidatures")
@RolesAllowed(Roles.ADMIN)
class CvAuditAdminResource {

    @Inject CvStaffAccess service;

    @GET
    @Operation(operationId = "listCvAuditEntries", summary = "Lire le journal des accès aux candidatures",
            description = "Qui a lu, téléchargé, modifié, exporté ou effacé quoi, et quand ; les plus récents d'abord.")
    @APIResponse(responseCode = "200", description = "Une page du journal")
    @APIResponse(responseCode = "400", description = "Paramètre invalide")
    public RestResponse<Page<CvViews.AuditLogEntry>> list(
            @Parameter(description = "Seulement les accès à cette candidature", example = "0b4f6a52-8d1e-4c57-9a61-3f2b7c9d1e08")
            @QueryParam("submission") String submission,
            @BeanParam PageParams paging) {
        return CvAdminResource.noStore(paging.ok(service.auditLog(uuid(submission), paging.request())));
    }

    private static UUID uuid(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return UUID.fromString(value.strip());
        } catch (IllegalArgumentException e) {
            throw ProblemException.invalidField("submission", "doit être un identifiant de candidature (UUID).");
        }
    }
}
