package fr.kiosque.webhook.api;

import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A webhook endpoint as an admin registers it (POST) or replaces it (PUT). */
@Schema(name = "WebhookRequest")
public record WebhookRequest(
        @NotBlank @Size(max = 2048)
        @Schema(required = true, description = "URL http(s) publique qui recevra les POST signés", examples = "https://front.kiosque.fr/api/revalidate")
        String url,
        @Size(max = 200)
        @Schema(nullable = true, examples = "Reconstruction du site Next.js") String description,
        @NotEmpty @Size(max = MAX_EVENTS)
        @Schema(required = true, description = "Événements souscrits : article.published, article.updated, article.unpublished,"
                + " article.deleted, comment.created, comment.approved, job.published, job.closed, cv.received",
                examples = "[\"article.published\", \"article.updated\", \"article.unpublished\", \"article.deleted\"]")
        List<@NotBlank String> events,
        @Size(min = 16, max = 200)
        @Schema(nullable = true, description = "Secret de signature (16 caractères au moins). Obligatoire à la création ; absent d'un PUT, l'ancien est gardé."
                + " Jamais renvoyé : seule sa fin apparaît (secretHint).", examples = "whsec_9f2c4e7a1b3d5f60")
        String secret,
        @Schema(nullable = true, description = "true par défaut ; false suspend les envois (les livraisons en attente sont annulées)", examples = "true")
        Boolean active) {

    /** Most events one endpoint subscribes to. */
    public static final int MAX_EVENTS = 20;
}
