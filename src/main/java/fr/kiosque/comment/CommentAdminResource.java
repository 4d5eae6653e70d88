package fr.kiosque.comment;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

import fr.kiosque.comment.api.CommentAdminView;
import fr.kiosque.comment.api.CommentExamples;
import fr.kiosque.comment.api.ModerationRequests.Bulk;
import fr.kiosque.comment.api.ModerationRequests.BulkReport;
import fr.kiosque.comment.api.ModerationRequests.StatusChange;
import fr.kiosque.common.error.ProblemException;
import fr.kiosque.common.http.JsonMergePatch;
import fr.kiosque.common.http.Preconditions;
import fr.kiosque.common.http.QueryParams;
import fr.kiosque.common.http.StaffResponses;
import fr.kiosque.common.paging.Page;
import fr.kiosque.common.paging.PageParams;
import fr.kiosque.common.security.Roles;

/** Moderation: the queue, one comment, a status change, a bulk action, a deletion. */
@Path(CommentAdminResource.PATH)
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Administration : commentaires")
@RolesAllowed({ Roles.MODERATOR, Roles.ADMIN })
class CommentAdminResource {

    static final String PATH = "/api/v1/admin/comments";

    @Inject ModerateComments service;

    @GET
    @Operation(operationId = "listAdminComments", summary = "Lister les commentaires (file de modération)",
            description = "Du plus ancien au plus récent par défaut : ?status=PENDING est la file d'attente. Les commentaires supprimés"
                    + " n'y sont plus. Chaque commentaire porte l'e-mail de son auteur et le hachage de son adresse.")
    @APIResponse(responseCode = "200", description = "Une page de commentaires")
    @APIResponse(responseCode = "400", description = "Paramètre invalide (status, article, sort, page, size)")
    public RestResponse<Page<CommentAdminView>> list(
            @Parameter(description = "PENDING, APPROVED, REJECTED ou SPAM ; tous si absent", example = "PENDING") @QueryParam("status") String status,
            @Parameter(description = "Identifiant d'article", example = "12") @QueryParam("article") String article,
            @Parameter(description = "oldest (par défaut) ou newest", example = "oldest") @QueryParam("sort") String sort,
            @BeanParam PageParams paging) {
        return paging.ok(service.list(QueryParams.enumValue("status", status, CommentStatus.class), articleId(article),
                CommentResource.newestFirst(sort), paging.request()));
    }

    @GET
    @Path("/{id}")
    @Operation(operationId = "getAdminComment", summary = "Lire un commentaire", description = "L'ETag de la réponse sert d'If-Match à la modération.")
    @APIResponse(responseCode = "200", description = "Le commentaire")
    @APIResponse(responseCode = "404", description = "Commentaire inconnu ou supprimé")
    public RestResponse<CommentAdminView> get(@Parameter(example = "1043") @PathParam("id") long id) {
        CommentAdminView comment = service.get(id);
        return StaffResponses.ok(comment.version(), comment);
    }

    @PATCH
    @Path("/{id}")
    @Consumes({ MediaType.APPLICATION_JSON, JsonMergePatch.MEDIA_TYPE })
    @Operation(operationId = "moderateComment", summary = "Modérer un commentaire",
            description = "Change son statut : APPROVED le publie, REJECTED ou SPAM le retire (ses réponses publiées restent, sous"
                    + " « commentaire supprimé »), PENDING le remet en file. Demande If-Match.")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON,
            examples = @ExampleObject(name = "Approuver", value = CommentExamples.STATUS)))
    @APIResponse(responseCode = "200", description = "Le commentaire, avec son nouvel ETag")
    @APIResponse(responseCode = "400", description = "Statut absent ou invalide")
    @APIResponse(responseCode = "404", description = "Commentaire inconnu ou supprimé")
    @APIResponse(responseCode = "415", description = "Content-Type non pris en charge")
    public RestResponse<CommentAdminView> moderate(@Parameter(example = "1043") @PathParam("id") long id,
            @Parameter(description = Preconditions.IF_MATCH_DESCRIPTION, required = true, example = "\"v0\"") @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Valid @NotNull StatusChange request) {
        CommentAdminView comment = service.moderate(id, ifMatch, request.status());
        return StaffResponses.ok(comment.version(), comment);
    }

    @POST
    @Path("/bulk")
    @Operation(operationId = "moderateComments", summary = "Modérer plusieurs commentaires",
            description = "Un même statut pour 1 à 100 commentaires, en une transaction (tout ou rien). Sans If-Match : la réponse dit,"
                    + " pour chacun, s'il a changé (UPDATED), avait déjà ce statut (UNCHANGED) ou est introuvable (NOT_FOUND), et sa version.")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON,
            examples = @ExampleObject(name = "Marquer comme spam", value = CommentExamples.BULK)))
    @APIResponse(responseCode = "200", description = "Le compte rendu, commentaire par commentaire")
    @APIResponse(responseCode = "400", description = "ids vide, trop long ou invalide ; statut absent ou invalide")
    public BulkReport bulk(@Valid @NotNull Bulk request) {
        return service.moderateAll(request);
    }

    @DELETE
    @Path("/{id}")
    @Operation(operationId = "deleteAdminComment", summary = "Supprimer un commentaire",
            description = "Comme la suppression par son auteur : s'il a des réponses, il reste à sa place en « commentaire supprimé »,"
                    + " sans auteur ni texte. Demande If-Match.")
    @APIResponse(responseCode = "404", description = "Commentaire inconnu ou déjà supprimé")
    public void delete(@Parameter(example = "1043") @PathParam("id") long id,
            @Parameter(description = Preconditions.IF_MATCH_DESCRIPTION, required = true, example = "\"v0\"") @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        service.delete(id, ifMatch);
    }

    private static Long articleId(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            long id = Long.parseLong(value.strip());
            if (id > 0) {
                return id;
            }
        } catch (NumberFormatException e) {
            // answered below
        }
        throw ProblemException.invalidParameter("article", "integer");
    }
}
