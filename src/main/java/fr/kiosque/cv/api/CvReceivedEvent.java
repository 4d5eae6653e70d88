package fr.kiosque.cv.api;

import java.time.Instant;
import java.util.UUID;

/**
 * The data of a {@code cv.received} webhook: which submission (for a recruiter's tool to fetch
 * through the staff API) and which listing, if any. Never anything about the candidate.
 *
 * @param jobSlug the listing applied to, or null for a spontaneous submission
 */
public record CvReceivedEvent(UUID id, String jobSlug, Instant receivedAt) {
}
