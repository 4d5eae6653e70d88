package fr.kiosque.job;

/**
 * Where a listing stands. The public sees an OPEN listing from its {@code datePosted} until its
 * {@code validThrough}; a CLOSED one (closed by staff, or expired and closed by the scheduled
 * job) answers 410 Gone by slug.
 */
public enum JobStatus {
    DRAFT, OPEN, CLOSED
}
