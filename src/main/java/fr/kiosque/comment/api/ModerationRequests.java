package fr.kiosque.comment.api;

import java.util.List;

import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import fr.kiosque.comment.CommentStatus;

/** What moderators send. */
public final class ModerationRequests {

    private ModerationRequests() {
    }

    /** The new status of one comment. */
    @Schema(name = "CommentModerationRequest")
    public record StatusChange(
            @NotNull @Schema(required = true, examples = "APPROVED") CommentStatus status) {
    }

    /** One status for several comments, in one transaction. */
    @Schema(name = "CommentBulkModerationRequest")
    public record Bulk(
            @NotEmpty @Size(max = MAX_IDS)
            @Schema(required = true, description = "1 à " + MAX_IDS + " identifiants de commentaires", examples = "[1043, 1044, 1051]")
            List<@NotNull @Positive Long> ids,
            @NotNull @Schema(required = true, examples = "SPAM") CommentStatus status) {

        /** Most comments one bulk action names. */
        public static final int MAX_IDS = 100;
    }

    /** What a bulk action did, comment by comment, in the order of the request. */
    @Schema(name = "CommentBulkModerationReport")
    public record BulkReport(
            @Schema(examples = "SPAM") CommentStatus status,
            @Schema(maxItems = Bulk.MAX_IDS, description = "Un résultat par identifiant de la requête, dans son ordre") List<BulkItem> results) {
    }

    @Schema(name = "CommentBulkModerationItem")
    public record BulkItem(
            @Schema(examples = "1043") long id,
            @Schema(description = "UPDATED : statut changé ; UNCHANGED : il l'avait déjà ; NOT_FOUND : aucun commentaire (ou supprimé)",
                    examples = "UPDATED") Outcome outcome,
            @Schema(nullable = true, description = "La version du commentaire après l'action ; null si introuvable", examples = "1") Long version) {
    }

    @Schema(name = "CommentBulkModerationOutcome")
    public enum Outcome {
        UPDATED, UNCHANGED, NOT_FOUND
    }
}
