package fr.kiosque.common.http;

import java.util.Objects;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Pattern;

/**
 * A route whose requests in flight are counted from their head, before anything reads their body
 * (a file upload: bodies arrive in parallel, each holding buffers and a temporary file). A feature
 * declares one as a CDI bean (a producer method), like {@link RequestBodyLimit}; the HTTP layer
 * ({@code RouterProblems}) takes a place for each request of the route and answers 503 with
 * {@code Retry-After} at once, the body unread, when none is left. The place is given back when
 * the exchange is over: answered, failed, or its connection closed (a client leaving mid-body).
 *
 */
public final class InFlightLimit {

    private final String method;
    private final Pattern path;
    private final int max;
    private final AtomicInteger inFlight = new AtomicInteger();

    /**
     * @param method the HTTP method, {@code POST}
     * @param path   a regular expression the whole request path matches
     * @param max    the requests of the route in flight at most
     */
    public InFlightLimit(String method, Pattern path, int max) {
        if (max < 1) {
            throw new IllegalArgumentException("A limit of requests in flight is positive: " + max);
        }
        this.method = Objects.requireNonNull(method, "method");
        this.path = Objects.requireNonNull(path, "path");
        this.max = max;
    }

    /** The requests {@code POST path} (or {@code path/}), {@code max} at once. */
    public static InFlightLimit post(String path, int max) {
        return new InFlightLimit("POST", Pattern.compile(Pattern.quote(path) + "/?"), max);
    }

    public boolean appliesTo(String requestMethod, String requestPath) {
        return method.equalsIgnoreCase(requestMethod) && path.matcher(requestPath).matches();
    }

    /** A place, or {@code null} when {@code max} requests are in flight. */
    public Place tryEnter() {
        for (int n = inFlight.get(); n < max; n = inFlight.get()) {
            if (inFlight.compareAndSet(n, n + 1)) {
                return new Place(this);
            }
        }
        return null;
    }

    public int max() {
        return max;
    }

    /** The requests of the route in flight now. */
    public int current() {
        return inFlight.get();
    }

    /** One request's place; giving it back more than once gives it back once (several hooks may report the end). */
    public static final class Place implements AutoCloseable {
        private final InFlightLimit limit;
        private final AtomicBoolean released = new AtomicBoolean();

        private Place(InFlightLimit limit) {
            this.limit = limit;
        }

        @Override
        public void close() {
            if (released.compareAndSet(false, true)) {
                limit.inFlight.decrementAndGet();
            }
        }
    }
}
