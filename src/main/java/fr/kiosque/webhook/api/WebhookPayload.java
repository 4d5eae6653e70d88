package fr.kiosque.webhook.api;

import java.time.Instant;
import java.util.UUID;

/** The JSON body of a delivery. {@code data} is the resource's public representation, as the feature built it. */
public record WebhookPayload(UUID id, String event, Instant occurredAt, Object data) {
}
