package fr.kiosque.common.http;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import fr.kiosque.common.error.ProblemException;
import fr.kiosque.common.error.ProblemType;

/**
 * A bound on how many expensive answers of one kind (sitemap files, feeds, searches, long comment
 * threads) are computed at once: at most {@code concurrency} run, at most {@code queue} more wait
 * (each at most {@code maxWait}), and any other is refused at once with a 503 problem and
 * {@code Retry-After}: a burst costs a bounded amount of memory, threads and connections, never the
 * instance. A permit is held until {@link Permit#close()}, which may come after the method that took
 * it has returned: a streamed answer releases it when its last byte is written.
 * <p>
 * Written here rather than taken from SmallRye Fault Tolerance, whose guards release the permit when
 * the guarded call returns, before a streamed body is written.
 */
public final class Bulkhead {

    private final String name;
    private final int concurrency;
    private final int queue;
    private final Duration maxWait;
    private final Duration retryAfter;
    private final Semaphore running;
    private final AtomicInteger waiting = new AtomicInteger();
    private final AtomicLong refused = new AtomicLong();

    public Bulkhead(String name, int concurrency, int queue, Duration maxWait, Duration retryAfter) {
        if (concurrency < 1 || queue < 0 || maxWait.isNegative()) {
            throw new IllegalArgumentException("bulkhead " + name + ": concurrency >= 1, queue >= 0, max-wait >= 0");
        }
        this.name = name;
        this.concurrency = concurrency;
        this.queue = queue;
        this.maxWait = maxWait;
        this.retryAfter = retryAfter;
        this.running = new Semaphore(concurrency, true);
    }

    /** Takes a permit, waiting at most {@code maxWait} in a queue of at most {@code queue}; else the 503. */
    public Permit enter() {
        if (running.tryAcquire()) {
            return new Permit(running);
        }
        if (waiting.incrementAndGet() > queue) {
            waiting.decrementAndGet();
            throw refusal();
        }
        try {
            if (running.tryAcquire(maxWait.toNanos(), TimeUnit.NANOSECONDS)) {
                return new Permit(running);
            }
            throw refusal();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw refusal();
        } finally {
            waiting.decrementAndGet();
        }
    }

    private ProblemException refusal() {
        refused.incrementAndGet();
        long seconds = Math.max(1, retryAfter.toSeconds());
        return new ProblemException(ProblemType.SERVICE_UNAVAILABLE, "Trop de demandes de ce genre sont en cours ("
                + name + ") : réessayez dans " + seconds + " s.", null, Map.of("Retry-After", String.valueOf(seconds)));
    }

    public String name() {
        return name;
    }

    public int concurrency() {
        return concurrency;
    }

    /** Permits in use now. */
    public int inUse() {
        return concurrency - running.availablePermits();
    }

    /** Requests waiting now. */
    public int waiting() {
        return waiting.get();
    }

    /** Requests refused since the start. */
    public long refused() {
        return refused.get();
    }

    /** One running answer's place; closing it more than once releases it once. */
    public static final class Permit implements AutoCloseable {

        private final Semaphore semaphore;
        private final AtomicBoolean released = new AtomicBoolean();

        private Permit(Semaphore semaphore) {
            this.semaphore = semaphore;
        }

        @Override
        public void close() {
            if (released.compareAndSet(false, true)) {
                semaphore.release();
            }
        }
    }
}
