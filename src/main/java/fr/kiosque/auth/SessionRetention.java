package fr.kiosque.auth;

import java.time.Clock;
import java.time.Instant;

import jakarta.enterprise.context.ApplicationScoped;

import org.jboss.logging.Logger;

import fr.kiosque.common.persistence.SkipLockedBatches;
import fr.kiosque.common.time.Now;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;

/**
 * Deletes the sessions that ended or expired more than {@code kiosque.auth.session.keep-ended}
 * ago, with their refresh tokens (a session refreshed every 15 minutes leaves a spent token each
 * time), and the password-reset tokens that can no longer be used. Without it both tables only
 * grow. Every instance may run it: the batches go through {@link SkipLockedBatches}.
 */
@ApplicationScoped
class SessionRetention {

    private static final Logger LOG = Logger.getLogger(SessionRetention.class);
    /** Sessions deleted per transaction. */
    static final int BATCH = 500;

    private final SessionStore sessions;
    private final PasswordResets resets;
    private final StaffAuthConfig config;
    private final Clock clock;

    SessionRetention(SessionStore sessions, PasswordResets resets, StaffAuthConfig config, Clock clock) {
        this.sessions = sessions;
        this.resets = resets;
        this.config = config;
        this.clock = clock;
    }

    @Scheduled(identity = "purge-staff-sessions", every = "${kiosque.auth.session.purge-every}", delayed = "1m",
            skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    void scheduled() {
        purge();
    }

    /** Returns how many sessions were deleted. */
    int purge() {
        Instant now = Now.of(clock);
        Instant cutoff = now.minus(config.session().keepEnded());
        int deleted = SkipLockedBatches.drain(BATCH, limit -> sessions.lockEndedBefore(cutoff, limit), sessions::delete);
        int forgotten = QuarkusTransaction.requiringNew().call(() -> resets.forgetUnusable(now));
        if (deleted > 0 || forgotten > 0) {
            LOG.infof("Sessions: deleted %d ended before %s and %d spent or expired password-reset token(s)", deleted, cutoff, forgotten);
        }
        return deleted;
    }
}
