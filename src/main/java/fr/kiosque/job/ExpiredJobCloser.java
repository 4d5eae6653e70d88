package fr.kiosque.job;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.scheduler.Scheduled;

/**
 * Marks open listings past their validThrough CLOSED. The public API already stops showing a
 * listing at its validThrough; this job makes its status say so (staff lists, the CV feature),
 * and queues the {@code job.closed} webhook. It locks the expired listings with
 * {@code FOR UPDATE SKIP LOCKED}, so every instance may run it at once and each listing is
 * closed, and announced, once.
 */
@ApplicationScoped
class ExpiredJobCloser {

    private final JobService service;

    ExpiredJobCloser(JobService service) {
        this.service = service;
    }

    @Scheduled(identity = "close-expired-job-listings", every = "${kiosque.jobs.close-expired-every}",
            delayed = "10s", concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    void closeExpired() {
        service.closeExpired();
    }
}
