package fr.kiosque.cv;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.SecurityContext;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
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
import fr.kiosque.cv.api.CvRequests;
import fr.kiosque.cv.api.CvSubmissionForm;
import fr.kiosque.cv.api.CvViews;

/** CV submissions for the recruitment team. Every read and download is written to the audit log. */
@Path(CvAdminResource.PATH)
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Administration : candidatures")
@RolesAllowed({ Roles.RECRUITER, Roles.ADMIN })
class CvAdminResource {

    static final String PATH = "/api/v1/admin/cv-submissions";

    @Inject CvStaffAccess service;

    @GET
    @Operation(operationId = "listCvSubmissions", summary = "Lister les candidatures",
            description = "Les plus récentes d'abord, filtrées au besoin. Chaque candidature listée est inscrite au journal des accès.")
    @APIResponse(responseCode = "200", description = "Une page de candidatures")
    @APIResponse(responseCode = "400", description = "Paramètre invalide")
    public RestResponse<Page<CvViews.SubmissionSummary>> list(
            @Parameter(description = "NEW, REVIEWED, SHORTLISTED, REJECTED, ARCHIVED", example = "NEW") @QueryParam("status") String status,
            @Parameter(description = "Slug de l'offre", example = "chef-de-projet-digital-agence-lumiere-lyon") @QueryParam("job") String job,
            @Parameter(description = "Slug de la fiche métier visée", example = "chef-de-projet-digital") @QueryParam("profile") String profile,
            @Parameter(description = "Reçues à partir de cette date (incluse)", example = "2026-11-01") @QueryParam("receivedFrom") String from,
            @Parameter(description = "Reçues avant cette date (exclue)", example = "2026-12-01") @QueryParam("receivedTo") String to,
            @Parameter(description = "Mots cherchés dans le nom, l'e-mail et le message", example = "durand") @QueryParam("q") String q,
            @BeanParam PageParams paging,
            @Context SecurityContext security) {
        CvFilter filter = new CvFilter(QueryParams.enumValue("status", status, CvStatus.class), QueryParams.slug("job", job),
                QueryParams.slug("profile", profile), QueryParams.instant("receivedFrom", from), QueryParams.instant("receivedTo", to),
                text(q));
        return noStore(paging.ok(service.list(filter, paging.request(), actor(security))));
    }

    @GET
    @Path("/{id}")
    @Operation(operationId = "getCvSubmission", summary = "Lire une candidature", description = "Inscrit au journal des accès. L'ETag sert d'If-Match au changement de statut.")
    @APIResponse(responseCode = "200", description = "La candidature")
    public RestResponse<CvViews.Detail> get(@Parameter(example = "0b4f6a52-8d1e-4c57-9a61-3f2b7c9d1e08") @PathParam("id") UUID id,
            @Context SecurityContext security) {
        CvViews.Detail detail = service.get(id, actor(security));
        return noStore(StaffResponses.ok(detail.version(), detail));
    }

    @GET
    @Path("/{id}/file")
    // one media type: with several, Quarkus REST picks a writer that prints the stream's toString() instead of its bytes;
    // the answer then names the file's own type (application/pdf...)
    @Produces(MediaType.APPLICATION_OCTET_STREAM)
    @Operation(operationId = "downloadCvSubmissionFile", summary = "Télécharger le CV",
            description = "Le fichier tel qu'envoyé, déchiffré à la volée, en pièce jointe (Content-Disposition: attachment, nom"
                    + " d'origine nettoyé), avec son type reconnu à l'envoi et X-Content-Type-Options: nosniff. Inscrit au journal des"
                    + " accès. Un fichier enregistré qui ne passe pas le contrôle d'intégrité n'est pas servi (409).")
    @APIResponse(responseCode = "200", description = "Le fichier", content = {
            @Content(mediaType = CvFileTypes.PDF,
                    schema = @Schema(type = SchemaType.STRING, format = "binary", maxLength = CvSubmissionForm.DEFAULT_MAX_FILE_BYTES)),
            @Content(mediaType = CvFileTypes.DOCX,
                    schema = @Schema(type = SchemaType.STRING, format = "binary", maxLength = CvSubmissionForm.DEFAULT_MAX_FILE_BYTES)),
            @Content(mediaType = CvFileTypes.ODT,
                    schema = @Schema(type = SchemaType.STRING, format = "binary", maxLength = CvSubmissionForm.DEFAULT_MAX_FILE_BYTES)) })
    @APIResponse(responseCode = "409", description = "Le fichier enregistré a été modifié, déplacé ou tronqué : il n'est pas servi")
    @APIResponse(responseCode = "503", description = "La clé qui chiffre ce fichier n'est pas configurée")
    public RestResponse<InputStream> file(@Parameter(example = "0b4f6a52-8d1e-4c57-9a61-3f2b7c9d1e08") @PathParam("id") UUID id,
            @Context SecurityContext security) {
        CvStaffAccess.Download download = service.download(id, actor(security));
        return RestResponse.ResponseBuilder.ok(download.body(), MediaType.valueOf(download.contentType()))
                .header(HttpHeaders.CONTENT_DISPOSITION, contentDisposition(download.fileName()))
                .header("X-Content-Type-Options", "nosniff")
                .header(HttpHeaders.CACHE_CONTROL, "private, no-store")
                .build();
    }

    @PUT
    @Path("/{id}/status")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "updateCvSubmissionStatus", summary = "Changer le statut d'une candidature",
            description = "Avec une note privée facultative. " + Preconditions.IF_MATCH_DESCRIPTION)
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON,
            examples = @ExampleObject(name = "Retenue", value = CvRequests.STATUS_EXAMPLE)))
    @APIResponse(responseCode = "200", description = "La candidature, avec son nouvel ETag")
    @APIResponse(responseCode = "400", description = "Statut absent ou inconnu, note trop longue, JSON illisible")
    public RestResponse<CvViews.Detail> changeStatus(@Parameter(example = "0b4f6a52-8d1e-4c57-9a61-3f2b7c9d1e08") @PathParam("id") UUID id,
            @Parameter(description = Preconditions.IF_MATCH_DESCRIPTION, required = true, example = "\"v0\"") @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Valid @NotNull CvRequests.StatusChange change, @Context SecurityContext security) {
        CvViews.Detail detail = service.changeStatus(id, ifMatch, change, actor(security));
        return noStore(StaffResponses.ok(detail.version(), detail));
    }

    static String actor(SecurityContext security) {
        return security.getUserPrincipal() == null ? "unknown" : security.getUserPrincipal().getName();
    }

    static <T> RestResponse<T> noStore(RestResponse<T> response) {
        response.getHeaders().putSingle(HttpHeaders.CACHE_CONTROL, "private, no-store");
        return response;
    }

    private static String text(String q) {
        if (q == null || q.isBlank()) {
            return null;
        }
        if (q.strip().length() > 200) {
            throw fr.kiosque.common.error.ProblemException.invalidField("q", "200 caractères au plus.");
        }
        return q.strip();
    }

    /** {@code attachment; filename="ascii"; filename*=UTF-8''percent-encoded} (RFC 6266). */
    static String contentDisposition(String name) {
        StringBuilder ascii = new StringBuilder();
        StringBuilder encoded = new StringBuilder();
        for (byte b : name.getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xff;
            boolean attrChar = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || "!#$&+-.^_`|~".indexOf(c) >= 0;
            encoded.append(attrChar ? String.valueOf((char) c) : String.format("%%%02X", c));
        }
        for (char c : name.toCharArray()) {
            ascii.append(c >= 0x20 && c < 0x7f && c != '"' && c != '\\' ? c : '_');
        }
        return "attachment; filename=\"" + ascii + "\"; filename*=UTF-8''" + encoded;
    }
}
