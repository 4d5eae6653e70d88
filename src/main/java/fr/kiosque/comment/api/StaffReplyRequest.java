package fr.kiosque.comment.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Positive;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import fr.kiosque.common.text.PlainText;

/** A reply of the editorial team, signed with the team's name and the staff badge. */
@Schema(name = "StaffReplyRequest")
public record StaffReplyRequest(
        @NotBlank @PlainText.Size(min = 2, max = 5000)
        @Schema(required = true, description = "Texte brut (2 à 5000 caractères)",
                examples = "Merci pour les commentaires. @Sandra : oui c’est ça « the social dilemna »") String body,
        @Positive
        @Schema(nullable = true, description = "Le commentaire auquel la rédaction répond (approuvé, du même article)", examples = "1042") Long parentId) {

    public StaffReplyRequest {
        body = PlainText.normalize(body);
    }
}
