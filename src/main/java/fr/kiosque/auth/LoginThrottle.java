package fr.kiosque.auth;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;

import org.jboss.logging.Logger;

import fr.kiosque.common.error.ProblemException;
import fr.kiosque.common.error.ProblemType;
import io.quarkus.scheduler.Scheduled;

/**
 * Refuses password guessing: after {@code kiosque.login.max-failures} failed logins for an e-mail
 * within {@code kiosque.login.window}, further attempts for it get 429 with {@code Retry-After}
 * until the window ends, whether the account exists or not. Counters live in PostgreSQL, so
 * every instance sees the same ones; each update runs in its own transaction so that it counts
 * even though the login itself fails.
 */
@ApplicationScoped
class LoginThrottle {

    private static final Logger LOG = Logger.getLogger(LoginThrottle.class);

    private final EntityManager em;
    private final LoginThrottleConfig config;

    LoginThrottle(EntityManager em, LoginThrottleConfig config) {
        this.em = em;
        this.config = config;
    }

    /** 429 when this e-mail has used up its failures for the current window. */
    @Transactional(TxType.REQUIRES_NEW)
    void check(String email, Instant now) {
        List<?> rows = em.createNativeQuery("select failures, window_start from login_throttle where key_hash = ?1")
                .setParameter(1, key(email)).getResultList();
        if (rows.isEmpty()) {
            return;
        }
        Object[] row = (Object[]) rows.get(0);
        int failures = ((Number) row[0]).intValue();
        Instant windowEnd = toInstant(row[1]).plus(config.window());
        if (failures >= config.maxFailures() && windowEnd.isAfter(now)) {
            long retryAfter = Math.max(1, windowEnd.getEpochSecond() - now.getEpochSecond());
            throw new ProblemException(ProblemType.TOO_MANY_REQUESTS,
                    "Trop de tentatives de connexion échouées pour ce compte : réessayez dans "
                            + Math.max(1, retryAfter / 60) + " minute(s).",
                    null, Map.of("Retry-After", String.valueOf(retryAfter)));
        }
    }

    @Transactional(TxType.REQUIRES_NEW)
    void recordFailure(String email, Instant now) {
        em.createNativeQuery("""
                insert into login_throttle (key_hash, failures, window_start) values (?1, 1, ?2)
                on conflict (key_hash) do update set
                    failures = case when login_throttle.window_start < ?3 then 1 else login_throttle.failures + 1 end,
                    window_start = case when login_throttle.window_start < ?3 then excluded.window_start
                                        else login_throttle.window_start end
                """)
                .setParameter(1, key(email))
                .setParameter(2, now)
                .setParameter(3, now.minus(config.window()))
                .executeUpdate();
    }

    @Transactional(TxType.REQUIRES_NEW)
    void reset(String email) {
        em.createNativeQuery("delete from login_throttle where key_hash = ?1").setParameter(1, key(email)).executeUpdate();
    }

    @Scheduled(identity = "purge-login-throttle", every = "${kiosque.login.purge-every}", delayed = "1m")
    @Transactional
    void purgeExpired() {
        int purged = em.createNativeQuery("delete from login_throttle where window_start < ?1")
                .setParameter(1, Instant.now().minus(config.window())).executeUpdate();
        LOG.debugf("Purged %d expired login counters", purged);
    }

    static String key(String email) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest(email.strip().toLowerCase(Locale.ROOT).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Instant toInstant(Object value) {
        if (value instanceof Instant instant) {
            return instant;
        }
        if (value instanceof java.time.OffsetDateTime offset) {
            return offset.toInstant();
        }
        if (value instanceof java.sql.Timestamp timestamp) {
            return timestamp.toInstant();
        }
        throw new IllegalStateException("Unexpected timestamp type " + value.getClass());
    }
}
