package fr.kiosque.webhook;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * One event for one endpoint: a row of the outbox. Written by {@link WebhookService#enqueue} and
 * sent by {@link WebhookWorker}, both through SQL; the entity serves the delivery log.
 */
@Entity
@Table(name = "webhook_delivery")
class WebhookDelivery {

    enum Status {
        PENDING, DELIVERED, FAILED, CANCELLED
    }

    @Id
    Long id;

    @Column(name = "endpoint_id")
    long endpointId;

    @Column(name = "event_id")
    UUID eventId;

    String event;

    String body;

    @Enumerated(EnumType.STRING)
    Status status;

    int attempts;

    @Column(name = "next_attempt_at")
    Instant nextAttemptAt;

    @Column(name = "last_status")
    Integer lastStatus;

    @Column(name = "created_at")
    Instant createdAt;

    @Column(name = "updated_at")
    Instant updatedAt;

    @Column(name = "delivered_at")
    Instant deliveredAt;
}
