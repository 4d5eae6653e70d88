package fr.kiosque.common.ratelimit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import fr.kiosque.common.error.ProblemException;
import fr.kiosque.common.error.ProblemType;
import fr.kiosque.support.Concurrently;
import fr.kiosque.support.TestClock;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;

/** The shared rate limiter, against the real PostgreSQL store. Each test uses buckets of its own. */
@QuarkusTest
class RateLimiterTest {

    @Inject
    RateLimiter limiter;

    @Inject
    TestClock clock;

    @Inject
    DataSource dataSource;

    @Test
    void hitsAreAllowedUpToTheLimitThenRefusedUntilTheWindowEnds() {
        RateLimit limit = new RateLimit(bucket(), 3, Duration.ofMinutes(10));
        try {
            for (int hit = 1; hit <= 3; hit++) {
                Decision decision = limiter.hit(limit, "client");
                assertThat(decision.allowed()).isTrue();
                assertThat(decision.hits()).isEqualTo(hit);
                assertThat(decision.remaining()).isEqualTo(3 - hit);
            }
            Decision refused = limiter.hit(limit, "client");
            assertThat(refused.allowed()).isFalse();
            assertThat(refused.remaining()).isZero();
            assertThat(refused.retryAfterSeconds()).isBetween(595L, 600L);

            // other keys have windows of their own
            assertThat(limiter.hit(limit, "autre client").allowed()).isTrue();

            clock.advance(Duration.ofMinutes(9));
            assertThat(limiter.hit(limit, "client").allowed()).isFalse();
            clock.advance(Duration.ofMinutes(1));
            Decision renewed = limiter.hit(limit, "client");
            assertThat(renewed.allowed()).isTrue();
            assertThat(renewed.hits()).isEqualTo(1);
            assertThat(renewed.retryAfterSeconds()).isEqualTo(600L);
        } finally {
            clock.reset();
        }
    }

    @Test
    void aResetForgetsTheKeysHits() {
        RateLimit limit = new RateLimit(bucket(), 2, Duration.ofMinutes(5));
        limiter.hit(limit, "k");
        limiter.hit(limit, "k");
        assertThat(limiter.hit(limit, "k").allowed()).isFalse();
        limiter.reset(limit, "k");
        assertThat(limiter.hit(limit, "k").hits()).isEqualTo(1);
    }

    @Test
    void parallelHitsAreEachCountedOnceAndOnlyTheLimitPasses() throws Exception {
        RateLimit limit = new RateLimit(bucket(), 10, Duration.ofMinutes(5));

        List<Decision> decisions = Concurrently.times(100, i -> limiter.hit(limit, "même clé"));

        assertThat(decisions).filteredOn(Decision::allowed).hasSize(10);
        assertThat(decisions).extracting(Decision::hits).containsExactlyInAnyOrderElementsOf(range(1, 100));
        assertThat(decisions).extracting(Decision::resetAt).containsOnly(decisions.get(0).resetAt());
    }

    @Test
    void enforceAnswers429WithRetryAfterAndAFrenchDetail() {
        RateLimit limit = new RateLimit(bucket(), 1, Duration.ofMinutes(15));
        limiter.enforce(limit, "x", "Trop de commentaires.");

        assertThatThrownBy(() -> limiter.enforce(limit, "x", "Trop de commentaires."))
                .isInstanceOfSatisfying(ProblemException.class, problem -> {
                    assertThat(problem.type()).isEqualTo(ProblemType.TOO_MANY_REQUESTS);
                    assertThat(problem.toProblem().status()).isEqualTo(429);
                    assertThat(problem.toProblem().detail()).isEqualTo("Trop de commentaires. Réessayez dans 15 minutes.");
                    assertThat(Long.parseLong(problem.headers().get("Retry-After"))).isBetween(895L, 900L);
                });
        assertThat(RateLimiter.inWords(1)).isEqualTo("1 seconde");
        assertThat(RateLimiter.inWords(59)).isEqualTo("59 secondes");
        assertThat(RateLimiter.inWords(61)).isEqualTo("2 minutes");
    }

    @Test
    void keysAreStoredAsHashesNeverInClear() throws SQLException {
        String bucket = bucket();
        limiter.hit(new RateLimit(bucket, 5, Duration.ofMinutes(5)), "redaction@example.org 203.0.113.7");

        List<String> stored = select("select key_hash from rate_limit where bucket = ?", bucket);
        assertThat(stored).containsExactly(RateLimiter.hash("redaction@example.org 203.0.113.7"));
        assertThat(stored.get(0)).hasSize(64).doesNotContain("redaction").doesNotContain("203.0.113");
    }

    @Test
    void thePurgeDeletesEndedWindowsOnly() throws SQLException {
        String bucket = bucket();
        limiter.hit(new RateLimit(bucket, 5, Duration.ofMinutes(1)), "court");
        limiter.hit(new RateLimit(bucket, 5, Duration.ofHours(1)), "long");
        try {
            clock.advance(Duration.ofMinutes(2));
            limiter.purgeExpired();
            assertThat(select("select key_hash from rate_limit where bucket = ?", bucket))
                    .containsExactly(RateLimiter.hash("long"));
        } finally {
            clock.reset();
        }
    }

    @Test
    void itRefusesToRunInsideATransaction() {
        RateLimit limit = new RateLimit(bucket(), 5, Duration.ofMinutes(5));
        assertThatThrownBy(() -> QuarkusTransaction.requiringNew().run(() -> limiter.hit(limit, "k")))
                .hasStackTraceContaining("outside transactions");
    }

    @Test
    void policiesAreChecked() {
        assertThatThrownBy(() -> new RateLimit("b", 0, Duration.ofMinutes(1))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new RateLimit("b", 1, Duration.ZERO)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new RateLimit(" ", 1, Duration.ofMinutes(1))).isInstanceOf(IllegalArgumentException.class);
    }

    // ---- helpers ---------------------------------------------------------------------------

    private static String bucket() {
        return "test-" + UUID.randomUUID();
    }

    private List<String> select(String sql, String bucket) throws SQLException {
        List<String> result = new ArrayList<>();
        try (Connection connection = dataSource.getConnection(); PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setString(1, bucket);
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    result.add(rows.getString(1));
                }
            }
        }
        return result;
    }

    private static List<Integer> range(int from, int to) {
        List<Integer> values = new ArrayList<>();
        for (int i = from; i <= to; i++) {
            values.add(i);
        }
        return values;
    }
}
