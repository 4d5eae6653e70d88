package fr.kiosque.common.http.cache;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;

/**
 * The server-side cache of rendered public answers, bounded in bytes (Caffeine).
 * <p>
 * Correctness rests on generations: each namespace ({@link CacheNamespaces}) has a counter that
 * every committed write bumps ({@link CacheInvalidator}, here and, through PostgreSQL
 * {@code NOTIFY}, on every other instance). A request notes the generations before it reads the
 * database, and its answer is stored with them; an answer whose generations are no longer
 * current is never served. So an answer computed from data that a write changed meanwhile is
 * thrown away rather than served. Visibility that changes with time alone
 * ({@link VisibilitySchedule}) sets when the answers of a namespace expire.
 */
@ApplicationScoped
public class ResponseCache {

    /** When a namespace's answers next change by time alone, as known at a generation. */
    private record Horizon(long generation, Instant computedAt, Instant at) {
    }

    private static final Instant NEVER = Instant.MAX;

    private final Map<String, AtomicLong> generations = new ConcurrentHashMap<>();
    private final Map<String, Horizon> horizons = new ConcurrentHashMap<>();
    private final Map<String, VisibilitySchedule> schedules = new ConcurrentHashMap<>();
    private final Cache<String, CachedAnswer> answers;
    /** Answers that stopped being fresh without a write: served only when the database cannot be reached. */
    private final Cache<String, CachedAnswer> stale;
    private final CacheConfig config;
    private final Clock clock;
    private final Counter hits;
    private final Counter misses;

    ResponseCache(CacheConfig config, Clock clock, Instance<VisibilitySchedule> schedules, MeterRegistry metrics) {
        this.config = config;
        this.clock = clock;
        for (VisibilitySchedule schedule : schedules) {
            this.schedules.put(schedule.namespace(), schedule);
        }
        this.stale = Caffeine.newBuilder()
                .maximumWeight(config.maxSize().asLongValue())
                .weigher((String key, CachedAnswer answer) -> answer.weight())
                .expireAfterWrite(config.staleIfError().isZero() ? java.time.Duration.ofNanos(1) : config.staleIfError())
                .build();
        this.answers = Caffeine.newBuilder()
                .maximumWeight(config.maxSize().asLongValue())
                .weigher((String key, CachedAnswer answer) -> answer.weight())
                .expireAfterWrite(config.ttl())
                .evictionListener((String key, CachedAnswer answer, com.github.benmanes.caffeine.cache.RemovalCause cause) -> {
                    if (cause == com.github.benmanes.caffeine.cache.RemovalCause.EXPIRED && key != null && answer != null) {
                        keepStale(key, answer); // the safety-net TTL, not a write
                    }
                })
                .build();
        this.hits = Counter.builder("kiosque.cache.requests").tag("result", "hit")
                .description("Public GETs answered from the response cache").register(metrics);
        this.misses = Counter.builder("kiosque.cache.requests").tag("result", "miss")
                .description("Cacheable public GETs that had to be computed").register(metrics);
        metrics.gauge("kiosque.cache.entries", answers, c -> c.estimatedSize());
    }

    public boolean enabled() {
        return config.enabled();
    }

    /** The generations of these namespaces now: note them before reading the database. */
    long[] snapshot(String[] namespaces) {
        long[] snapshot = new long[namespaces.length];
        for (int i = 0; i < namespaces.length; i++) {
            snapshot[i] = generation(namespaces[i]).get();
        }
        return snapshot;
    }

    /** The stored answer for this key, if it is still current. Never touches the database. */
    Optional<CachedAnswer> lookup(String key) {
        CachedAnswer answer = answers.getIfPresent(key);
        if (answer == null) {
            return Optional.empty();
        }
        if (!current(answer.namespaces(), answer.generations())) {
            answers.invalidate(key);
            return Optional.empty();
        }
        Instant now = clock.instant();
        if (!now.isBefore(answer.expiresAt()) || now.isBefore(answer.storedAt())) {
            answers.invalidate(key);
            for (String namespace : answer.namespaces()) {
                Horizon horizon = horizons.get(namespace);
                if (horizon != null && (!now.isBefore(horizon.at()) || now.isBefore(horizon.computedAt()))) {
                    invalidateLocally(namespace); // time alone changed what the public sees
                }
            }
            return Optional.empty();
        }
        hits.increment();
        return Optional.of(answer);
    }

    /**
     * Keeps an answer computed under {@code snapshot}, unless a write has bumped one of its
     * namespaces since (the answer may then be stale). May read the database once per
     * generation to learn when visibility next changes by time alone.
     */
    void store(String key, byte[] body, String contentType, String etag, String cacheControl, Map<String, String> headers,
            String[] namespaces, long[] snapshot) {
        store(key, body, HttpCaching.gzip(body, contentType), contentType, etag, cacheControl, headers, namespaces, snapshot);
    }

    /** {@link #store} with the gzipped body already made (null: none worth keeping). */
    void store(String key, byte[] body, byte[] gzipped, String contentType, String etag, String cacheControl,
            Map<String, String> headers, String[] namespaces, long[] snapshot) {
        misses.increment();
        if (!config.enabled() || !current(namespaces, snapshot)) {
            return;
        }
        Instant now = clock.instant();
        Instant expiresAt = NEVER;
        for (int i = 0; i < namespaces.length; i++) {
            Instant next = horizon(namespaces[i], snapshot[i], now);
            if (next.isBefore(expiresAt)) {
                expiresAt = next;
            }
        }
        if (!now.isBefore(expiresAt)) {
            return;
        }
        CachedAnswer answer = new CachedAnswer(CachedAnswer.direct(body), CachedAnswer.direct(gzipped),
                contentType, etag, cacheControl,
                Map.copyOf(headers), namespaces, snapshot, now, expiresAt);
        if (current(namespaces, snapshot)) {
            answers.put(key, answer);
        }
    }

    /**
     * Drops this namespace's answers on this instance (see {@link CacheInvalidator} for all
     * instances): a write changed them, so not even a stale copy is kept.
     */
    public void invalidateLocally(String namespace) {
        bump(namespace);
        stale.asMap().values().removeIf(answer -> List.of(answer.namespaces()).contains(namespace));
    }

    /**
     * Stops serving everything on this instance (after a lost connection to the invalidation
     * channel: writes may have been missed). What was held is kept as stale copies, served only
     * while the database cannot be reached.
     */
    public void invalidateAllLocally() {
        List.copyOf(generations.keySet()).forEach(this::bump);
        answers.asMap().forEach(this::keepStale);
        answers.invalidateAll();
    }

    /**
     * The copy of an answer that is no longer fresh, for {@code stale-if-error}: held at most
     * {@code kiosque.cache.stale-if-error} after it stopped being fresh.
     */
    Optional<CachedAnswer> staleCopy(String key) {
        return config.enabled() && !config.staleIfError().isZero() ? Optional.ofNullable(stale.getIfPresent(key))
                : Optional.empty();
    }

    long staleIfErrorSeconds() {
        return config.staleIfError().toSeconds();
    }

    private void keepStale(String key, CachedAnswer answer) {
        if (!config.staleIfError().isZero()) {
            stale.put(key, answer);
        }
    }

    private void bump(String namespace) {
        generation(namespace).incrementAndGet();
        horizons.remove(namespace);
    }

    long size() {
        answers.cleanUp();
        return answers.estimatedSize();
    }

    private Instant horizon(String namespace, long generation, Instant now) {
        VisibilitySchedule schedule = schedules.get(namespace);
        if (schedule == null) {
            return NEVER;
        }
        Horizon known = horizons.get(namespace);
        if (known != null && known.generation() == generation && now.isBefore(known.at())
                && !now.isBefore(known.computedAt())) {
            return known.at();
        }
        Instant next = schedule.nextChangeAfter(now).orElse(NEVER);
        if (generation(namespace).get() == generation) {
            horizons.put(namespace, new Horizon(generation, now, next));
        }
        return next;
    }

    private boolean current(String[] namespaces, long[] snapshot) {
        for (int i = 0; i < namespaces.length; i++) {
            if (generation(namespaces[i]).get() != snapshot[i]) {
                return false;
            }
        }
        return true;
    }

    private AtomicLong generation(String namespace) {
        return generations.computeIfAbsent(namespace, n -> new AtomicLong());
    }
}
