package fr.kiosque.cv.api;

import java.time.Instant;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import fr.kiosque.cv.CvStatus;

/** The answer to a CV submission. The deletion token is given with it only (and to a retry with the same Idempotency-Key). */
@Schema(name = "CvReceipt")
public record CvReceipt(
        @Schema(examples = "0b4f6a52-8d1e-4c57-9a61-3f2b7c9d1e08") UUID id,
        @Schema(examples = "2026-11-26T09:30:00Z") Instant receivedAt,
        @Schema(examples = "NEW") CvStatus status,
        @Schema(description = "À envoyer dans X-Deletion-Token pour effacer la candidature et son CV"
                + " (DELETE /api/v1/cv-submissions/{id}) ; conservé seulement haché : à garder",
                examples = "Zr4nT0q9cV2kLx7pW1mE8sYbH3dJ6uFa5oGiN0eQ2wA") String deletionToken) {
}
