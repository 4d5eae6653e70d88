package fr.kiosque.comment.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The answer to a posted comment. The deletion token is shown this once: keep it to erase the
 * comment. The commenter token names the reader across posts: send it back in X-Commenter-Token.
 */
@Schema(name = "CommentAccepted")
public record CommentAccepted(
        @Schema(examples = "1043") long id,
        @Schema(description = "PENDING : en attente de modération ; APPROVED : déjà visible") Status status,
        @Schema(description = "À envoyer dans X-Deletion-Token pour supprimer ce commentaire (DELETE /api/v1/comments/{id});"
                + " il n'est donné qu'une fois et n'est conservé que haché", examples = "q3Xk9pQ2n0mZl7YvR1tB8wEo5aHf4cJs6dUgK2iN0xM") String deletionToken,
        @Schema(description = "Le jeton du commentateur, à garder (stockage du navigateur) et à renvoyer dans l'en-tête"
                + " X-Commenter-Token avec les commentaires suivants : c'est celui qui a été envoyé s'il désignait un commentateur,"
                + " sinon un nouveau. En modération FIRST, les commentaires envoyés avec le jeton d'un commentateur déjà approuvé"
                + " paraissent aussitôt. Conservé seulement haché.",
                examples = "Vb7nR2xK9qLm4TzA1wPe8sYcH5dJ3uFg6oNi0jQ2kEw") String commenterToken) {

    @Schema(name = "CommentAcceptedStatus")
    public enum Status {
        PENDING, APPROVED
    }
}
