package fr.kiosque.common.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

import fr.kiosque.common.error.ProblemException;
import fr.kiosque.common.error.ProblemType;

class BulkheadTest {

    @Test
    void pastItsPlacesAndQueueARequestIsRefusedAtOnceWithRetryAfter() {
        Bulkhead bulkhead = new Bulkhead("feeds", 2, 0, Duration.ofSeconds(30), Duration.ofSeconds(7));
        Bulkhead.Permit first = bulkhead.enter();
        Bulkhead.Permit second = bulkhead.enter();
        assertThat(bulkhead.inUse()).isEqualTo(2);
        long start = System.nanoTime();
        assertThatThrownBy(bulkhead::enter).isInstanceOfSatisfying(ProblemException.class, e -> {
            assertThat(e.type()).isEqualTo(ProblemType.SERVICE_UNAVAILABLE);
            assertThat(e.headers()).containsEntry("Retry-After", "7");
            assertThat(e.getMessage()).contains("feeds");
        });
        // no queue: refused without waiting for the 30 s
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(5));
        assertThat(bulkhead.refused()).isEqualTo(1);
        first.close();
        first.close(); // twice releases once
        assertThat(bulkhead.inUse()).isEqualTo(1);
        bulkhead.enter().close();
        second.close();
        assertThat(bulkhead.inUse()).isZero();
    }

    @Test
    void aQueuedRequestRunsWhenAPlaceFreesUpAndGivesUpAfterItsWait() throws Exception {
        Bulkhead bulkhead = new Bulkhead("sitemaps", 1, 1, Duration.ofSeconds(10), Duration.ofSeconds(5));
        Bulkhead.Permit held = bulkhead.enter();
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            CountDownLatch queued = new CountDownLatch(1);
            Future<Boolean> waiting = pool.submit(() -> {
                queued.countDown();
                try (Bulkhead.Permit permit = bulkhead.enter()) {
                    return true;
                }
            });
            queued.await();
            // the queue (1) is taken by the one waiting: the next is refused at once
            awaitWaiting(bulkhead, 1);
            assertThatThrownBy(bulkhead::enter).isInstanceOf(ProblemException.class);
            held.close();
            assertThat(waiting.get(5, TimeUnit.SECONDS)).isTrue();

            assertThat(bulkhead.waiting()).isZero();
            assertThat(bulkhead.inUse()).isZero();

            // a place that does not free up in time: 503 after max-wait
            Bulkhead brief = new Bulkhead("threads", 1, 1, Duration.ofMillis(100), Duration.ofSeconds(5));
            Bulkhead.Permit again = brief.enter();
            Future<?> late = pool.submit(() -> brief.enter());
            assertThatThrownBy(() -> late.get(5, TimeUnit.SECONDS)).hasCauseInstanceOf(ProblemException.class);
            again.close();
            assertThat(brief.waiting()).isZero();
            assertThat(brief.inUse()).isZero();
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void manyAtOnceNeverRunMoreThanItsConcurrency() throws Exception {
        Bulkhead bulkhead = new Bulkhead("search", 3, 100, Duration.ofSeconds(10), Duration.ofSeconds(5));
        ExecutorService pool = Executors.newFixedThreadPool(16);
        java.util.concurrent.atomic.AtomicInteger running = new java.util.concurrent.atomic.AtomicInteger();
        java.util.concurrent.atomic.AtomicInteger most = new java.util.concurrent.atomic.AtomicInteger();
        try {
            List<Future<?>> all = new ArrayList<>();
            for (int i = 0; i < 48; i++) {
                all.add(pool.submit(() -> {
                    try (Bulkhead.Permit permit = bulkhead.enter()) {
                        most.accumulateAndGet(running.incrementAndGet(), Math::max);
                        Thread.sleep(2);
                        running.decrementAndGet();
                    }
                    return null;
                }));
            }
            for (Future<?> f : all) {
                f.get(20, TimeUnit.SECONDS);
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(most.get()).isBetween(1, 3);
        assertThat(bulkhead.refused()).isZero();
        assertThat(bulkhead.inUse()).isZero();
    }

    @Test
    void settingsOutOfRangeAreRefused() {
        assertThatThrownBy(() -> new Bulkhead("x", 0, 0, Duration.ZERO, Duration.ofSeconds(1)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private static void awaitWaiting(Bulkhead bulkhead, int count) throws InterruptedException {
        for (int i = 0; i < 200 && bulkhead.waiting() < count; i++) {
            Thread.sleep(5);
        }
        assertThat(bulkhead.waiting()).isEqualTo(count);
    }
}
