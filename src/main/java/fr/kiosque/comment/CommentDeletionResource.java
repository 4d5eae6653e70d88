package fr.kiosque.comment;

import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import fr.kiosque.common.security.DeletionTokens;

/** An author erases their comment with the token they got when posting it. */
@Path("/api/v1/comments")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Commentaires")
@PermitAll
class CommentDeletionResource {

    static final String TOKEN_HEADER = DeletionTokens.HEADER;

    @Inject WithdrawComment service;

    @DELETE
    @Path("/{id}")
    @Operation(operationId = "deleteComment", summary = "Supprimer son commentaire",
            description = "Avec le jeton de suppression reçu à la publication (en-tête X-Deletion-Token). Un commentaire qui a des réponses"
                    + " reste à sa place en « commentaire supprimé », sans auteur ni texte ; sinon il disparaît.")
    @APIResponse(responseCode = "401", description = "En-tête X-Deletion-Token absent")
    @APIResponse(responseCode = "403", description = "Ce jeton n'est pas celui de ce commentaire")
    @APIResponse(responseCode = "404", description = "Aucun commentaire à cet identifiant (ou déjà supprimé)")
    public void delete(@Parameter(example = "1043") @PathParam("id") long id,
            @Parameter(name = TOKEN_HEADER, description = "Le jeton de suppression reçu à la publication", required = true,
                    example = "q3Xk9pQ2n0mZl7YvR1tB8wEo5aHf4cJs6dUgK2iN0xM") @HeaderParam(TOKEN_HEADER) String token) {
        service.withToken(id, token);
    }
}
