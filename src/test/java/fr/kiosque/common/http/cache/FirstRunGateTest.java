package fr.kiosque.common.http.cache;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class FirstRunGateTest {

    private final ExecutorService pool = Executors.newFixedThreadPool(16);

    @AfterEach
    void stop() {
        pool.shutdownNow();
    }

    @Test
    void theFirstRunGoesAloneThenEveryoneRunsTogether() throws Exception {
        FirstRunGate gate = new FirstRunGate(Duration.ofSeconds(30));
        FirstRunGate.Pass first = gate.enter("article");
        assertThat(first).isNotSameAs(FirstRunGate.NO_PASS);

        // sixteen requests arrive during the first run: none may start before it ends
        AtomicInteger running = new AtomicInteger();
        AtomicInteger mostAtOnce = new AtomicInteger();
        CountDownLatch allInside = new CountDownLatch(16);
        CountDownLatch release = new CountDownLatch(1);
        List<Future<FirstRunGate.Pass>> waiting = new ArrayList<>();
        for (int i = 0; i < 16; i++) {
            waiting.add(pool.submit(() -> {
                FirstRunGate.Pass pass = gate.enter("article");
                mostAtOnce.accumulateAndGet(running.incrementAndGet(), Math::max);
                allInside.countDown();
                release.await(30, TimeUnit.SECONDS);
                running.decrementAndGet();
                return pass;
            }));
        }
        Thread.sleep(300);
        assertThat(running.get()).as("requests started during the first run").isZero();
        assertThat(gate.isWarm("article")).isFalse();

        first.close();
        // after the first run they all run at once: the gate holds nobody once the route is warm
        assertThat(allInside.await(10, TimeUnit.SECONDS)).isTrue();
        assertThat(mostAtOnce.get()).isEqualTo(16);
        release.countDown();
        for (Future<FirstRunGate.Pass> pass : waiting) {
            assertThat(pass.get(10, TimeUnit.SECONDS)).isSameAs(FirstRunGate.NO_PASS);
        }
        assertThat(gate.isWarm("article")).isTrue();
        assertThat(gate.enter("article")).isSameAs(FirstRunGate.NO_PASS);
    }

    @Test
    void routesWarmUpIndependently() {
        FirstRunGate gate = new FirstRunGate(Duration.ofSeconds(30));
        FirstRunGate.Pass article = gate.enter("article");
        // another route's first run is not held back by this one's
        FirstRunGate.Pass list = gate.enter("list");
        assertThat(list).isNotSameAs(FirstRunGate.NO_PASS);
        list.close();
        assertThat(gate.isWarm("list")).isTrue();
        assertThat(gate.isWarm("article")).isFalse();
        article.close();
        assertThat(gate.isWarm("article")).isTrue();
    }

    @Test
    void aRequestWaitsNoLongerThanTheLimitThenRunsAnyway() throws Exception {
        FirstRunGate gate = new FirstRunGate(Duration.ofMillis(200));
        FirstRunGate.Pass first = gate.enter("feed");
        long start = System.nanoTime();
        FirstRunGate.Pass late = pool.submit(() -> gate.enter("feed")).get(10, TimeUnit.SECONDS);
        long waitedMillis = (System.nanoTime() - start) / 1_000_000;
        assertThat(late).isSameAs(FirstRunGate.NO_PASS);
        assertThat(waitedMillis).isBetween(150L, 5_000L);
        assertThat(gate.isWarm("feed")).as("only the end of the first run warms the route").isFalse();
        first.close();
        assertThat(gate.isWarm("feed")).isTrue();
    }

    @Test
    void closingAPassTwiceIsHarmless() {
        FirstRunGate gate = new FirstRunGate(Duration.ofSeconds(30));
        FirstRunGate.Pass first = gate.enter("jobs");
        first.close();
        first.close(); // the end handler and a failure path may both give it back
        assertThat(gate.isWarm("jobs")).isTrue();
        assertThat(gate.enter("jobs")).isSameAs(FirstRunGate.NO_PASS);
    }

    @Test
    void anInterruptedWaiterRunsWithoutThePassAndKeepsItsInterrupt() throws Exception {
        FirstRunGate gate = new FirstRunGate(Duration.ofSeconds(30));
        FirstRunGate.Pass first = gate.enter("comments");
        AtomicInteger outcome = new AtomicInteger();
        Thread waiter = new Thread(() -> {
            FirstRunGate.Pass pass = gate.enter("comments");
            outcome.set(pass == FirstRunGate.NO_PASS && Thread.currentThread().isInterrupted() ? 1 : 2);
        });
        waiter.start();
        Thread.sleep(200);
        assertThat(outcome.get()).as("still waiting for the first run").isZero();
        waiter.interrupt();
        waiter.join(10_000);
        assertThat(outcome.get()).isEqualTo(1);
        assertThat(gate.isWarm("comments")).isFalse();
        first.close();
        assertThat(gate.isWarm("comments")).isTrue();
    }
}
