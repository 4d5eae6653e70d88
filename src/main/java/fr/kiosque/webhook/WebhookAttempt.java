package fr.kiosque.webhook;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One try at sending a delivery, as the log shows it. */
@Entity
@Table(name = "webhook_attempt")
class WebhookAttempt {

    @Id
    Long id;

    @Column(name = "delivery_id")
    long deliveryId;

    @Column(name = "attempted_at")
    Instant attemptedAt;

    @Column(name = "status_code")
    Integer statusCode;

    @Column(name = "duration_ms")
    int durationMs;

    String error;
}
