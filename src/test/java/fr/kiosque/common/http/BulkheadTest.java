package fr.kiosque.common.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import fr.kiosque.common.error.ProblemException;
import fr.kiosque.common.error.ProblemType;
import io.vertx.core.Vertx;

class BulkheadTest {

    private static Vertx vertx;

    @BeforeAll
    static void start() {
        vertx = Vertx.vertx();
    }

    @AfterAll
    static void stop() {
        vertx.close().toCompletionStage().toCompletableFuture().join();
    }

    /** What one request gets: a permit, or the refusal. */
    private static CompletableFuture<Object> ask(Bulkhead bulkhead) {
        CompletableFuture<Object> outcome = new CompletableFuture<>();
        vertx.runOnContext(v -> bulkhead.enter(vertx, outcome::complete, outcome::complete));
        return outcome;
    }

    @Test
    void pastItsPlacesAndQueueARequestIsRefusedAtOnceWithRetryAfter() throws Exception {
        Bulkhead bulkhead = new Bulkhead("feeds", 2, 0, Duration.ofSeconds(30), Duration.ofSeconds(7));
        Bulkhead.Permit first = bulkhead.tryEnter();
        Bulkhead.Permit second = (Bulkhead.Permit) ask(bulkhead).get(5, TimeUnit.SECONDS);
        assertThat(bulkhead.inUse()).isEqualTo(2);
        assertThat(bulkhead.tryEnter()).isNull();
        // no queue: refused without waiting for the 30 s
        Object refused = ask(bulkhead).get(5, TimeUnit.SECONDS);
        assertThat(refused).isInstanceOfSatisfying(ProblemException.class, e -> {
            assertThat(e.type()).isEqualTo(ProblemType.SERVICE_UNAVAILABLE);
            assertThat(e.headers()).containsEntry("Retry-After", "7");
            assertThat(e.getMessage()).contains("feeds");
        });
        assertThat(bulkhead.refused()).isEqualTo(1);
        first.close();
        first.close(); // twice releases once
        assertThat(bulkhead.inUse()).isEqualTo(1);
        second.close();
        assertThat(bulkhead.inUse()).isZero();
    }

    @Test
    void aWaiterGetsThePlaceThatFreesUpAndAnotherGivesUpAfterItsWait() throws Exception {
        Bulkhead bulkhead = new Bulkhead("sitemaps", 1, 1, Duration.ofSeconds(10), Duration.ofSeconds(5));
        Bulkhead.Permit held = bulkhead.tryEnter();
        CompletableFuture<Object> waiting = ask(bulkhead);
        for (int i = 0; i < 200 && bulkhead.waiting() < 1; i++) {
            Thread.sleep(5);
        }
        assertThat(bulkhead.waiting()).isEqualTo(1);
        // the queue (1) is taken: the next is refused at once
        assertThat(ask(bulkhead).get(5, TimeUnit.SECONDS)).isInstanceOf(ProblemException.class);
        assertThat(waiting).isNotDone();
        held.close();
        Object granted = waiting.get(5, TimeUnit.SECONDS);
        assertThat(granted).isInstanceOf(Bulkhead.Permit.class);
        assertThat(bulkhead.inUse()).as("the place was handed over").isEqualTo(1);
        ((Bulkhead.Permit) granted).close();
        assertThat(bulkhead.inUse()).isZero();
        assertThat(bulkhead.waiting()).isZero();

        // a place that does not free up in time: 503 after max-wait
        Bulkhead brief = new Bulkhead("threads", 1, 1, Duration.ofMillis(100), Duration.ofSeconds(5));
        Bulkhead.Permit again = brief.tryEnter();
        assertThat(ask(brief).get(5, TimeUnit.SECONDS)).isInstanceOf(ProblemException.class);
        assertThat(brief.waiting()).isZero();
        again.close();
        assertThat(brief.inUse()).isZero();
    }

    @Test
    void manyAtOnceNeverRunMoreThanItsConcurrencyAndEveryOneRuns() throws Exception {
        Bulkhead bulkhead = new Bulkhead("search", 3, 100, Duration.ofSeconds(10), Duration.ofSeconds(5));
        AtomicInteger running = new AtomicInteger();
        AtomicInteger most = new AtomicInteger();
        List<CompletableFuture<Void>> all = new CopyOnWriteArrayList<>();
        for (int i = 0; i < 60; i++) {
            CompletableFuture<Void> done = new CompletableFuture<>();
            all.add(done);
            vertx.runOnContext(v -> bulkhead.enter(vertx, permit -> {
                most.accumulateAndGet(running.incrementAndGet(), Math::max);
                // the work runs elsewhere and gives the place back when it ends, as an answer being written
                vertx.setTimer(2, t -> {
                    running.decrementAndGet();
                    permit.close();
                    done.complete(null);
                });
            }, refusal -> done.completeExceptionally(refusal)));
        }
        CompletableFuture.allOf(all.toArray(CompletableFuture[]::new)).get(20, TimeUnit.SECONDS);
        assertThat(most.get()).isBetween(1, 3);
        assertThat(bulkhead.refused()).isZero();
        assertThat(bulkhead.inUse()).isZero();
    }

    @Test
    void settingsOutOfRangeAreRefused() {
        assertThatThrownBy(() -> new Bulkhead("x", 0, 0, Duration.ZERO, Duration.ofSeconds(1)))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
