package fr.kiosque.cv;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.Period;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Locale;

import jakarta.enterprise.context.ApplicationScoped;

import org.jboss.logging.Logger;

import fr.kiosque.common.persistence.SkipLockedBatches;
import fr.kiosque.common.time.Now;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;

/**
 * Erases the submissions received before the retention period ({@code kiosque.cv.retention}),
 * files included, and forgets Idempotency-Keys past their window. Every instance may run it: the
 * batches go through {@link SkipLockedBatches}.
 */
@ApplicationScoped
class CvRetention {

    private static final Logger LOG = Logger.getLogger(CvRetention.class);
    /** Submissions erased per transaction. */
    static final int BATCH = 500;

    private final CvSubmissionRepository submissions;
    private final CvAuditRepository audit;
    private final CvConfig config;
    private final Clock clock;

    CvRetention(CvSubmissionRepository submissions, CvAuditRepository audit, CvConfig config, Clock clock) {
        this.submissions = submissions;
        this.audit = audit;
        this.config = config;
        this.clock = clock;
        cutoff(Instant.EPOCH.plus(Duration.ofDays(365 * 100))); // an invalid kiosque.cv.retention fails here
    }

    @Scheduled(identity = "cv-retention", every = "${kiosque.cv.purge-every}", delayed = "1m",
            skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    void scheduled() {
        eraseExpired();
    }

    /** Returns how many submissions were erased. */
    int eraseExpired() {
        Instant now = Now.of(clock);
        Instant cutoff = cutoff(now);
        int erased = SkipLockedBatches.drain(BATCH, limit -> submissions.lockDue(cutoff, limit), due -> {
            audit.recordAll(now, CvAuditRepository.SYSTEM, CvAuditAction.RETENTION_ERASE, due);
            submissions.erase(due);
        });
        int forgotten = QuarkusTransaction.requiringNew().call(() -> submissions.forgetIdempotencyKeys(now.minus(config.idempotencyWindow())));
        if (erased > 0 || forgotten > 0) {
            LOG.infof("CV retention: erased %d submission(s) received before %s; forgot %d idempotency key(s)", erased, cutoff, forgotten);
        } else {
            LOG.debugf("CV retention: nothing received before %s", cutoff);
        }
        return erased;
    }

    Instant cutoff(Instant now) {
        String value = config.retention().strip().toUpperCase(Locale.ROOT);
        try {
            if (value.contains("T")) {
                return now.minus(Duration.parse(value));
            }
            return now.atZone(ZoneOffset.UTC).minus(Period.parse(value)).toInstant();
        } catch (DateTimeParseException e) {
            throw new IllegalStateException("kiosque.cv.retention is not an ISO-8601 period (P24M, P730D) or duration: " + value);
        }
    }
}
