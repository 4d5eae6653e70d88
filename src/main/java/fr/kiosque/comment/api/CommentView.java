package fr.kiosque.comment.api;

import java.time.Instant;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A public comment with its replies nested. Text fields are plain text: display them as text,
 * never as HTML. A deleted comment that still has replies reads "commentaire supprimé", with
 * {@code deleted: true} and no author.
 */
@Schema(name = "Comment")
public record CommentView(
        @Schema(examples = "1042") long id,
        @Schema(nullable = true, description = "Le commentaire auquel celui-ci répond ; null pour un commentaire de premier niveau."
                + " Au-delà de la profondeur d'imbrication, une réponse est rangée sous un ancêtre mais garde ici son vrai parent.",
                examples = "1040") Long parentId,
        @Schema(nullable = true, description = "Nom affiché ; null pour un commentaire supprimé", examples = "Sandra") String authorName,
        @Schema(description = "Réponse de la rédaction", examples = "false") boolean staff,
        @Schema(description = "Texte brut, à afficher comme du texte (jamais comme du HTML)",
                examples = "Le film s’appelle The social dilemma il me semble") String body,
        @Schema(description = "Supprimé par son auteur ou la modération, gardé pour ses réponses", examples = "false") boolean deleted,
        @Schema(examples = "2026-11-20T09:12:00Z") Instant createdAt,
        @Schema(description = "Réponses imbriquées sous celui-ci (toutes profondeurs), hors commentaires supprimés", examples = "1") int replyCount,
        @Schema(maxItems = MAX_MENTIONS, description = "Les « @Nom » du texte qui désignent un commentateur précédent du fil (les "
                + MAX_MENTIONS + " premiers)") List<Mention> mentions,
        @Schema(maxItems = MAX_REPLIES, description = "Réponses, de la plus ancienne à la plus récente : les " + MAX_REPLIES
                + " premières ; replyCount les compte toutes") List<CommentView> replies) {

    /** Mentions resolved in one comment: the first ones of its text. */
    public static final int MAX_MENTIONS = 20;
    /** Replies shown under one comment: the oldest ones; {@code replyCount} counts them all. */
    public static final int MAX_REPLIES = 100;

    /** "@Sandra" in a body, and the comment of Sandra it answers. */
    @Schema(name = "CommentMention")
    public record Mention(
            @Schema(description = "Le nom tel qu'écrit après @", examples = "Sandra") String name,
            @Schema(description = "Le dernier commentaire de ce nom publié avant celui-ci", examples = "1040") long commentId) {
    }
}
