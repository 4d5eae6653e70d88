package fr.kiosque.job;

import java.time.Instant;
import java.util.Optional;
import java.util.stream.Stream;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import fr.kiosque.common.http.cache.CacheNamespaces;
import fr.kiosque.common.http.cache.VisibilitySchedule;

/**
 * What the public sees of jobs changes with time alone when an open listing reaches its
 * validThrough (it leaves the lists and answers 410), when a scheduled one reaches its
 * datePosted, and when a closed listing leaves a career sheet's salary benchmark window: the
 * cached job answers expire at the first of these.
 */
@ApplicationScoped
class JobVisibilitySchedule implements VisibilitySchedule {

    @Inject JobListingRepository listings;
    @Inject JobsConfig config;

    @Override
    public String namespace() {
        return CacheNamespaces.JOBS;
    }

    @Override
    @Transactional
    public Optional<Instant> nextChangeAfter(Instant now) {
        Instant[] next = listings.nextChanges(now, JobDates.minus(now, config.benchmarkWindow()));
        Instant leavesBenchmark = next[2] == null ? null : JobDates.plus(next[2], config.benchmarkWindow());
        return Stream.of(next[0], next[1], leavesBenchmark)
                .filter(instant -> instant != null && instant.isAfter(now))
                .min(Instant::compareTo);
    }
}
