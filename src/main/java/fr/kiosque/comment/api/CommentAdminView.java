package fr.kiosque.comment.api;

import java.time.Instant;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import fr.kiosque.comment.CommentStatus;

/** A comment as moderators see it: with the author's e-mail and the hash of the client address. */
@Schema(name = "CommentAdmin")
public record CommentAdminView(
        @Schema(examples = "1043") long id,
        CommentArticle article,
        @Schema(nullable = true, examples = "1040") Long parentId,
        @Schema(examples = "Sandra") String authorName,
        @Schema(description = "E-mail de l'auteur (pour une réponse de la rédaction : celui du compte)", examples = "sandra@example.org") String authorEmail,
        @Schema(nullable = true, description = "HMAC-SHA256 de l'adresse du client (hexadécimal) : le même pour deux commentaires venus"
                + " de la même adresse ; null pour une réponse de la rédaction", examples = "9f2c1e0d4b7a…") String ipHash,
        @Schema(description = "Texte brut", examples = "Le film s’appelle The social dilemma il me semble") String body,
        @Schema(examples = "PENDING") CommentStatus status,
        @Schema(description = "Réponse de la rédaction", examples = "false") boolean staff,
        @Schema(examples = "2026-11-20T09:12:00Z") Instant createdAt,
        @Schema(examples = "2026-11-20T10:00:00Z") Instant updatedAt,
        @Schema(description = "Version, l'ETag \"v<version>\" à renvoyer dans If-Match", examples = "0") long version) {

    /** The article a comment belongs to. */
    @Schema(name = "CommentArticle")
    public record CommentArticle(
            @Schema(examples = "12") long id,
            @Schema(examples = "quitter-x-un-dilemme-pour-les-communicants-et-marketeurs") String slug,
            @Schema(examples = "Quitter X : un dilemme pour les communicants et marketeurs") String title) {
    }
}
