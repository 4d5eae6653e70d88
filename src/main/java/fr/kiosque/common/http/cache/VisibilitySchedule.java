package fr.kiosque.common.http.cache;

import java.time.Instant;
import java.util.Optional;

/**
 * For data whose public visibility changes with time alone (a scheduled article goes live at
 * its {@code publishedAt}, a job listing leaves at its {@code validThrough}): the next instant at
 * which a namespace's public answers change without any write. The cache drops the namespace's
 * answers at that instant. A feature implements it as a CDI bean.
 */
public interface VisibilitySchedule {

    String namespace();

    /** The first instant after {@code now} at which something becomes visible or invisible. */
    Optional<Instant> nextChangeAfter(Instant now);
}
