package fr.kiosque.comment.api;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import fr.kiosque.common.text.PlainText;

/**
 * A reader's comment. Text is plain text, kept as sent after NFC normalization and trimming
 * (done here, before validation, so that lengths count what is stored).
 */
@Schema(name = "CommentRequest")
public record CommentRequest(
        @NotBlank @PlainText.Size(min = 1, max = 80)
        @Schema(required = true, description = "Nom affiché (1 à 80 caractères)", examples = "Sandra") String authorName,
        @NotBlank @Email @Size(max = 320)
        @Schema(required = true, description = "Jamais publiée : sert à la modération pour joindre l'auteur", examples = "sandra@example.org") String authorEmail,
        @NotBlank @PlainText.Size(min = 2, max = 5000)
        @Schema(required = true, description = "Texte brut (2 à 5000 caractères), jamais interprété comme du HTML",
                examples = "Le film s’appelle The social dilemma il me semble") String body,
        @Positive
        @Schema(nullable = true, description = "Le commentaire auquel celui-ci répond (approuvé, du même article)", examples = "1042") Long parentId,
        @Size(max = 200)
        @Schema(nullable = true, description = "Pot de miel : champ caché du formulaire, à laisser vide. Rempli, le commentaire est accepté"
                + " comme les autres mais classé SPAM.", examples = "\"\"") String website) {

    public CommentRequest {
        authorName = PlainText.normalize(authorName);
        authorEmail = PlainText.normalize(authorEmail);
        body = PlainText.normalize(body);
    }
}
