package fr.kiosque.webhook.api;

import java.time.Instant;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A webhook endpoint as admins see it: never its secret, only the end of it. */
@Schema(name = "WebhookResponse")
public record WebhookResponse(
        @Schema(examples = "3") long id,
        @Schema(examples = "https://front.kiosque.fr/api/revalidate") String url,
        @Schema(nullable = true, examples = "Reconstruction du site Next.js") String description,
        @Schema(maxItems = WebhookRequest.MAX_EVENTS, examples = "[\"article.published\", \"article.updated\"]") List<String> events,
        @Schema(description = "Les quatre derniers caractères du secret", examples = "…5f60") String secretHint,
        @Schema(examples = "true") boolean active,
        @Schema(examples = "2026-11-20T08:00:00Z") Instant createdAt,
        @Schema(examples = "2026-11-21T10:30:00Z") Instant updatedAt,
        @Schema(description = "Version, l'ETag de l'endpoint", examples = "2") long version) {
}
