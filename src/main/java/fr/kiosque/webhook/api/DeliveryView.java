package fr.kiosque.webhook.api;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A delivery of the log: one event for one endpoint, and its attempts. */
@Schema(name = "WebhookDelivery")
public record DeliveryView(
        @Schema(examples = "481") long id,
        @Schema(description = "L'id de l'événement, envoyé dans le corps et l'en-tête Kiosque-Delivery ; le même à chaque nouvel essai",
                examples = "0b7f3c52-8a4e-4c1e-9f57-2f0e6c1d2a10") UUID eventId,
        @Schema(examples = "article.published") String event,
        @Schema(description = "PENDING (à envoyer ou à réessayer), DELIVERED, FAILED (essais épuisés), CANCELLED (endpoint désactivé)",
                examples = "DELIVERED") String status,
        @Schema(description = "Essais depuis la création ou le dernier rejeu", examples = "3") int attempts,
        @Schema(nullable = true, description = "Statut HTTP de la dernière réponse reçue", examples = "200") Integer lastStatus,
        @Schema(nullable = true, description = "Prochain essai (PENDING seulement)", examples = "2026-11-20T08:05:00Z") Instant nextAttemptAt,
        @Schema(examples = "2026-11-20T08:00:00Z") Instant createdAt,
        @Schema(nullable = true, examples = "2026-11-20T08:00:01Z") Instant deliveredAt,
        @Schema(maxItems = DeliveryView.MAX_LOG, description = "Les derniers essais (" + DeliveryView.MAX_LOG + " au plus), du plus ancien au plus récent")
        List<AttemptView> log) {

    /** Attempts shown with each delivery: the latest ones. */
    public static final int MAX_LOG = 20;

    @Schema(name = "WebhookAttempt")
    public record AttemptView(
            @Schema(examples = "2026-11-20T08:00:01Z") Instant attemptedAt,
            @Schema(nullable = true, description = "Statut HTTP reçu ; null sans réponse (délai, connexion refusée)", examples = "200") Integer statusCode,
            @Schema(examples = "84") int durationMs,
            @Schema(nullable = true, examples = "délai de réponse dépassé") String error) {
    }
}
