package fr.kiosque.common.http;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;

import fr.kiosque.common.error.ProblemException;
import fr.kiosque.common.error.ProblemType;
import io.vertx.core.Context;
import io.vertx.core.Vertx;

/**
 * A bound on how many expensive answers of one kind (sitemap files, feeds, searches, long comment
 * threads) are computed at once: at most {@code concurrency} run, at most {@code queue} more wait
 * (each at most {@code maxWait}), and any other is refused at once with a 503 problem and
 * {@code Retry-After}: a burst costs a bounded amount of memory, threads and connections, never the
 * instance. Waiting holds no thread: a waiter is a callback and a timer on its event loop. A
 * permit is held until {@link Permit#close()}, when the answer has been written (a streamed
 * sitemap file's last byte), and then handed to the oldest waiter.
 * <p>
 * Written here rather than taken from SmallRye Fault Tolerance, whose guards wrap a method call:
 * their permit is released when the method returns, before a streamed body is written, and their
 * queue holds a thread per waiter.
 */
public final class Bulkhead {

    /**
     * A request's own writer of a refusal ({@code Consumer<ProblemException>}, in the request's data), for a
     * route whose clients read another error shape than a problem (Ghost's Content API).
     */
    public static final String REFUSAL_WRITER = Bulkhead.class.getName() + ".refusalWriter";

    private final String name;
    private final int concurrency;
    private final int queue;
    private final Duration maxWait;
    private final Duration retryAfter;
    private final ArrayDeque<Waiter> waiters = new ArrayDeque<>();
    private final AtomicLong refused = new AtomicLong();
    private int running;

    public Bulkhead(String name, int concurrency, int queue, Duration maxWait, Duration retryAfter) {
        if (concurrency < 1 || queue < 0 || maxWait.isNegative()) {
            throw new IllegalArgumentException("bulkhead " + name + ": concurrency >= 1, queue >= 0, max-wait >= 0");
        }
        this.name = name;
        this.concurrency = concurrency;
        this.queue = queue;
        this.maxWait = maxWait;
        this.retryAfter = retryAfter;
    }

    /** A permit if a place is free now; null otherwise. */
    public Permit tryEnter() {
        synchronized (waiters) {
            if (running < concurrency) {
                running++;
                return new Permit();
            }
            return null;
        }
    }

    /**
     * Asks for a place: {@code granted} gets the permit at once or when a place frees up within
     * {@code maxWait} (on the caller's Vert.x context), else {@code refused} gets the 503 (at once
     * when the queue is full).
     */
    public void enter(Vertx vertx, Consumer<Permit> granted, Consumer<ProblemException> refusedHandler) {
        Waiter waiter;
        synchronized (waiters) {
            if (running < concurrency) {
                running++;
                waiter = null;
            } else if (waiters.size() >= queue) {
                refusedHandler.accept(refusal());
                return;
            } else {
                waiter = new Waiter(Vertx.currentContext(), granted, refusedHandler);
                waiters.addLast(waiter);
            }
        }
        if (waiter == null) {
            granted.accept(new Permit());
            return;
        }
        long timer = vertx.setTimer(Math.max(1, maxWait.toMillis()), id -> giveUp(waiter));
        waiter.timer = timer;
        if (waiter.done.get()) {
            vertx.cancelTimer(timer); // granted between the queueing and the timer
        }
        waiter.vertx = vertx;
    }

    private void giveUp(Waiter waiter) {
        synchronized (waiters) {
            if (!waiters.remove(waiter)) {
                return; // granted meanwhile
            }
        }
        if (waiter.done.compareAndSet(false, true)) {
            waiter.run(() -> waiter.refused.accept(refusal()));
        }
    }

    private void release() {
        Waiter next;
        synchronized (waiters) {
            next = waiters.pollFirst();
            if (next == null) {
                running--;
                return;
            }
        }
        // the place goes to the oldest waiter as it is (running unchanged)
        if (next.done.compareAndSet(false, true)) {
            if (next.vertx != null) {
                next.vertx.cancelTimer(next.timer);
            }
            next.run(() -> next.granted.accept(new Permit()));
        } else {
            release();
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

    /** Places in use now. */
    public int inUse() {
        synchronized (waiters) {
            return running;
        }
    }

    /** Requests waiting now. */
    public int waiting() {
        synchronized (waiters) {
            return waiters.size();
        }
    }

    /** Requests refused since the start. */
    public long refused() {
        return refused.get();
    }

    /** One running answer's place; closing it more than once releases it once. */
    public final class Permit implements AutoCloseable {

        private final AtomicBoolean released = new AtomicBoolean();

        private Permit() {
        }

        @Override
        public void close() {
            if (released.compareAndSet(false, true)) {
                release();
            }
        }
    }

    private static final class Waiter {
        final Context context;
        final Consumer<Permit> granted;
        final Consumer<ProblemException> refused;
        final AtomicBoolean done = new AtomicBoolean();
        volatile Vertx vertx;
        volatile long timer;

        Waiter(Context context, Consumer<Permit> granted, Consumer<ProblemException> refused) {
            this.context = context;
            this.granted = granted;
            this.refused = refused;
        }

        void run(Runnable action) {
            if (context != null) {
                context.runOnContext(v -> action.run());
            } else {
                action.run();
            }
        }
    }
}
