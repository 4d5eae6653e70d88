package fr.kiosque.support;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

/** Fires calls at the same moment, for the tests that every write path has against races. */
public final class Concurrently {

    /** Threads at most: more calls than that start as the first ones end. */
    private static final int MAX_THREADS = 64;

    private Concurrently() {
    }

    /** One call of an {@link #times} batch, given its index. */
    @FunctionalInterface
    public interface IndexedCall<T> {
        T call(int index) throws Exception;
    }

    /** Runs every call on its own thread, all released at once; returns their results in order. */
    public static <T> List<T> run(List<Callable<T>> calls) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, Math.min(calls.size(), MAX_THREADS)));
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<T>> futures = new ArrayList<>();
            for (Callable<T> call : calls) {
                futures.add(pool.submit(() -> {
                    start.await();
                    return call.call();
                }));
            }
            start.countDown();
            List<T> results = new ArrayList<>();
            for (Future<T> future : futures) {
                results.add(future.get(60, TimeUnit.SECONDS));
            }
            return results;
        } finally {
            pool.shutdownNow();
        }
    }

    /** {@code n} calls of one task, given their index 0 to n - 1, all released at once; results in order. */
    public static <T> List<T> times(int n, IndexedCall<T> task) throws Exception {
        List<Callable<T>> calls = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            int index = i;
            calls.add(() -> task.call(index));
        }
        return run(calls);
    }
}
