package fr.kiosque.common.http.cache;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

/**
 * The first run of a public route goes alone (see {@link FirstRunGate}): through the HTTP stack,
 * the requests that arrive during it wait, then run; once the route is warm they run together.
 */
@QuarkusTest
class FirstRunFilterTest {

    private static final String PROBE = "/api/v1/test-only/first-run-probe";

    @Test
    void requestsArrivingDuringARoutesFirstRunWaitForItThenAllAreAnswered() throws Exception {
        ExecutorService clients = Executors.newFixedThreadPool(12);
        try {
            FirstRunProbeResource.proceed = new CountDownLatch(1);
            int before = FirstRunProbeResource.ENTERED.get();
            // distinct queries, so no request is answered from the response cache
            Future<Integer> first = clients.submit(call(0));
            awaitEntered(before + 1);
            List<Future<Integer>> during = new ArrayList<>();
            for (int i = 1; i <= 8; i++) {
                during.add(clients.submit(call(i)));
            }
            Thread.sleep(500);
            assertThat(FirstRunProbeResource.ENTERED.get()).as("runs started while the first is under way").isEqualTo(before + 1);

            FirstRunProbeResource.proceed.countDown();
            assertThat(first.get(30, TimeUnit.SECONDS)).isEqualTo(200);
            for (Future<Integer> status : during) {
                assertThat(status.get(30, TimeUnit.SECONDS)).isEqualTo(200);
            }

            // warm now: parallel requests run at the same time, none waits for another
            FirstRunProbeResource.proceed = new CountDownLatch(1);
            FirstRunProbeResource.MOST_AT_ONCE.set(0);
            int warmBefore = FirstRunProbeResource.ENTERED.get();
            List<Future<Integer>> warm = new ArrayList<>();
            for (int i = 100; i < 104; i++) {
                warm.add(clients.submit(call(i)));
            }
            awaitEntered(warmBefore + 4);
            assertThat(FirstRunProbeResource.MOST_AT_ONCE.get()).isEqualTo(4);
            FirstRunProbeResource.proceed.countDown();
            for (Future<Integer> status : warm) {
                assertThat(status.get(30, TimeUnit.SECONDS)).isEqualTo(200);
            }
        } finally {
            FirstRunProbeResource.proceed.countDown();
            clients.shutdownNow();
        }
    }

    private static Callable<Integer> call(int n) {
        return () -> given().queryParam("n", n).when().get(PROBE).then().extract().statusCode();
    }

    private static void awaitEntered(int count) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
        while (FirstRunProbeResource.ENTERED.get() < count) {
            assertThat(System.nanoTime()).as("the probe was not entered %d times", count).isLessThan(deadline);
            Thread.sleep(10);
        }
    }
}
