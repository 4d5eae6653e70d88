package fr.kiosque.cv;

import java.time.Instant;

/**
 * What staff filter submissions on; every part is optional.
 *
 * @param text words searched in the name, e-mail and message (case-insensitive)
 */
public record CvFilter(CvStatus status, String job, String profile, Instant receivedFrom, Instant receivedTo, String text) {
}
