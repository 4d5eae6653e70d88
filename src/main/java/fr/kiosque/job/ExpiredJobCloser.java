package fr.kiosque.job;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.jboss.logging.Logger;

import fr.kiosque.common.http.cache.CacheInvalidator;
import fr.kiosque.common.http.cache.CacheNamespaces;
import fr.kiosque.common.persistence.SkipLockedBatches;
import fr.kiosque.common.time.Now;
import fr.kiosque.job.api.JobMapper;
import fr.kiosque.webhook.WebhookEvent;
import fr.kiosque.webhook.WebhookService;
import io.quarkus.scheduler.Scheduled;

/**
 * Marks open listings past their validThrough CLOSED. The public API already stops showing a
 * listing at its validThrough; this job makes its status say so (staff lists, the CV feature),
 * and queues the {@code job.closed} webhook. It claims the expired listings through
 * {@link SkipLockedBatches}, so every instance may run it at once and each listing is closed,
 * and announced, once.
 */
@ApplicationScoped
class ExpiredJobCloser {

    private static final Logger LOG = Logger.getLogger(ExpiredJobCloser.class);
    /** Expired listings closed per transaction. */
    static final int BATCH = 200;

    @Inject JobListingRepository listings;
    @Inject CacheInvalidator cache;
    @Inject Clock clock;
    @Inject WebhookService webhooks;

    @Scheduled(identity = "close-expired-job-listings", every = "${kiosque.jobs.close-expired-every}",
            delayed = "10s", concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    void scheduled() {
        closeExpired();
    }

    int closeExpired() {
        return closeExpired(BATCH);
    }

    /** Closes them {@code batch} per transaction; invalidates the cached answers only when it changed something. */
    int closeExpired(int batch) {
        Instant now = Now.of(clock);
        int closed = SkipLockedBatches.drain(batch, limit -> listings.lockExpired(now, limit), expired -> close(expired, now));
        if (closed > 0) {
            LOG.infof("Closed %d expired job listing(s)", closed);
        }
        return closed;
    }

    private void close(List<Long> expired, Instant now) {
        int closed = listings.closeAll(expired, now);
        webhooks.enqueueAll(WebhookEvent.JOB_CLOSED, listings.loadWithProfiles(expired).stream().map(JobMapper::summary).toList());
        if (closed > 0) {
            cache.invalidate(CacheNamespaces.JOBS);
        }
    }
}
