package fr.kiosque.common.ratelimit;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import fr.kiosque.support.Concurrently;
import fr.kiosque.support.TestClock;
import io.quarkus.test.junit.QuarkusTest;
import io.vertx.mutiny.core.Vertx;
import io.vertx.mutiny.redis.client.Redis;
import io.vertx.mutiny.redis.client.RedisAPI;

/**
 * The Redis store against a real Redis: the embedded one the tests start (common/ratelimit/EmbeddedRedis),
 * or QUARKUS_REDIS_HOSTS. Buckets are random, so runs never see each other's counts.
 */
@QuarkusTest
class RedisRateLimitStoreTest {

    @Inject
    RedisAPI redis;

    @Inject
    PostgresRateLimitStore postgres;

    @Inject
    TestClock clock;

    @Inject
    Vertx vertx;

    @Test
    void parallelHitsAreEachCountedOnceInRedisAndOnlyTheLimitPasses() throws Exception {
        RateLimiter limiter = new RateLimiter(store(redis), clock);
        RateLimit limit = new RateLimit(bucket(), 10, Duration.ofMinutes(5));
        List<Callable<Decision>> hits = new ArrayList<>();
        for (int i = 0; i < 100; i++) {
            hits.add(() -> limiter.hit(limit, "même clé"));
        }

        List<Decision> decisions = Concurrently.run(hits);

        assertThat(decisions).filteredOn(Decision::allowed).hasSize(10);
        assertThat(decisions).extracting(Decision::hits).containsExactlyInAnyOrderElementsOf(range(100));
        assertThat(decisions).extracting(Decision::resetAt).containsOnly(decisions.get(0).resetAt());
        // counted in Redis, under the key's hash; nothing in PostgreSQL
        String key = RedisRateLimitStore.key(limit.bucket(), RateLimiter.hash("même clé"));
        assertThat(redis.hget(key, "h").await().atMost(Duration.ofSeconds(5)).toLong()).isEqualTo(100);
        assertThat(redis.pttl(key).await().atMost(Duration.ofSeconds(5)).toLong()).isBetween(1L, 300_000L);
    }

    @Test
    void aWindowEndsOnTheApplicationsClockAndAResetForgetsIt() {
        RateLimiter limiter = new RateLimiter(store(redis), clock);
        RateLimit limit = new RateLimit(bucket(), 2, Duration.ofMinutes(10));
        try {
            assertThat(limiter.hit(limit, "k").hits()).isEqualTo(1);
            assertThat(limiter.hit(limit, "k").allowed()).isTrue();
            Decision refused = limiter.hit(limit, "k");
            assertThat(refused.allowed()).isFalse();
            assertThat(refused.retryAfterSeconds()).isBetween(595L, 600L);

            clock.advance(Duration.ofMinutes(9));
            assertThat(limiter.hit(limit, "k").allowed()).isFalse();
            clock.advance(Duration.ofMinutes(1));
            Decision renewed = limiter.hit(limit, "k");
            assertThat(renewed.allowed()).isTrue();
            assertThat(renewed.hits()).isEqualTo(1);
            assertThat(renewed.retryAfterSeconds()).isEqualTo(600L);

            limiter.hit(limit, "k");
            assertThat(limiter.hit(limit, "k").allowed()).isFalse();
            limiter.reset(limit, "k");
            assertThat(limiter.hit(limit, "k").hits()).isEqualTo(1);
        } finally {
            clock.reset();
        }
    }

    @Test
    void anUnreachableRedisFallsBackOnPostgresWithoutFailing() throws IOException {
        int closed;
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            closed = socket.getLocalPort();
        }
        RedisAPI unreachable = RedisAPI.api(Redis.createClient(vertx, "redis://127.0.0.1:" + closed));
        try {
            RateLimiter limiter = new RateLimiter(store(unreachable), clock);
            RateLimit limit = new RateLimit(bucket(), 2, Duration.ofMinutes(5));

            assertThat(limiter.hit(limit, "k").allowed()).isTrue();
            assertThat(limiter.hit(limit, "k").allowed()).isTrue();
            Decision refused = limiter.hit(limit, "k");
            assertThat(refused.allowed()).isFalse();
            assertThat(refused.hits()).isEqualTo(3);
            limiter.reset(limit, "k");
            assertThat(limiter.hit(limit, "k").hits()).isEqualTo(1);
            limiter.purgeExpired();
        } finally {
            unreachable.close();
        }
    }

    private RedisRateLimitStore store(RedisAPI api) {
        return new RedisRateLimitStore(() -> api, postgres, Duration.ofSeconds(2), Duration.ofSeconds(10));
    }

    private static String bucket() {
        return "test-redis-" + UUID.randomUUID().toString().substring(0, 8);
    }

    private static List<Integer> range(int to) {
        List<Integer> values = new ArrayList<>();
        for (int i = 1; i <= to; i++) {
            values.add(i);
        }
        return values;
    }
}
