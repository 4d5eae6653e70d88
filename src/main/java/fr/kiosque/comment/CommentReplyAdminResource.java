package fr.kiosque.comment;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.jwt.JsonWebToken;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

import fr.kiosque.comment.api.CommentAdminView;
import fr.kiosque.comment.api.CommentExamples;
import fr.kiosque.comment.api.StaffReplyRequest;
import fr.kiosque.common.http.StaffResponses;
import fr.kiosque.common.security.Roles;

/** The editorial team answers readers under an article, as "La rédaction". */
@Path("/api/v1/admin/articles/{id}/comments")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Administration : commentaires")
@RolesAllowed({ Roles.EDITOR, Roles.MODERATOR, Roles.ADMIN })
class CommentReplyAdminResource {

    @Inject ModerateComments service;
    @Inject JsonWebToken token;

    @POST
    @Operation(operationId = "createAdminReply", summary = "Répondre au nom de la rédaction",
            description = "Publié aussitôt, signé « La rédaction » avec staff: true, même si les commentaires de l'article sont fermés."
                    + " Les « @Nom » désignent les commentateurs précédents, comme pour les lecteurs.")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON,
            examples = @ExampleObject(name = "Réponse à plusieurs lecteurs", value = CommentExamples.STAFF_REPLY)))
    @APIResponse(responseCode = "201", description = "Publié ; Location et ETag renseignés",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CommentAdminView.class)))
    @APIResponse(responseCode = "400", description = "Texte absent, trop court ou trop long ; JSON illisible")
    @APIResponse(responseCode = "413", description = "Corps de requête trop volumineux")
    @APIResponse(responseCode = "422", description = "parentId ne désigne pas un commentaire approuvé de cet article")
    public RestResponse<CommentAdminView> reply(@Parameter(description = "Identifiant de l'article", example = "12") @PathParam("id") long id,
            @Valid @NotNull StaffReplyRequest request) {
        CommentAdminView reply = service.reply(id, request, token.getName());
        return StaffResponses.created(CommentAdminResource.PATH, reply.id(), reply.version(), reply);
    }
}
