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
 * Correctness rests on one sequence: every committed write invalidates the tags it changed
 * ({@link CacheInvalidator}, here and, through PostgreSQL {@code NOTIFY}, on every other
 * instance), which records, per tag, the sequence number of its last invalidation. A request
 * notes the sequence before it reads the database ({@link #snapshot()}), and its answer is stored
 * with it and with the tags it depends on: a namespace ({@link CacheNamespaces}) or one item of it
 * ({@code article:<slug>}). An answer one of whose tags was invalidated after its snapshot is
 * never served, so an answer computed while a write was in flight is thrown away rather than
 * served. The record of invalidations is bounded: when one is evicted, every answer older than it
 * stops being served (the {@code floor}). Visibility that changes with time alone
 * ({@link VisibilitySchedule}) sets when the answers of a namespace expire.
 */
@ApplicationScoped
public class ResponseCache {

    /** When a namespace's answers next change by time alone, as known at a sequence number. */
    private record Horizon(long sequence, Instant computedAt, Instant at) {
    }

    private static final Instant NEVER = Instant.MAX;
    /** Invalidation records kept; past it the oldest go, and raise the floor. */
    private static final int MAX_INVALIDATION_RECORDS = 200_000;

    private final AtomicLong sequence = new AtomicLong();
    /** Tag → sequence number of its last invalidation. */
    private final Cache<String, Long> invalidatedAt;
    /** Answers snapshotted before this are never served (an evicted invalidation record, a lost channel). */
    private final AtomicLong floor = new AtomicLong();
    private final Map<String, Horizon> horizons = new ConcurrentHashMap<>();
    private final Map<String, VisibilitySchedule> schedules = new ConcurrentHashMap<>();
    private final Cache<String, CachedAnswer> answers;
    /** Answers that stopped being fresh without a write: served only when the database cannot be reached. */
    private final Cache<String, CachedAnswer> stale;
    /**
     * Keys asked for recently (4,096 at most, about 0.5 MB): the second tier's answers are kept from
     * their second request among that many, so that a crawler's walk through 100,000 pages stores
     * few of them (about 4 %) while any page asked again soon is kept.
     */
    private final Cache<String, Boolean> sightings;
    static final int SIGHTINGS = 4_096;
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
        this.invalidatedAt = Caffeine.newBuilder()
                .maximumSize(MAX_INVALIDATION_RECORDS)
                .executor(Runnable::run) // the floor is raised before the eviction is visible
                .evictionListener((String tag, Long at, com.github.benmanes.caffeine.cache.RemovalCause cause) -> {
                    if (at != null) {
                        floor.accumulateAndGet(at, Math::max);
                    }
                })
                .build();
        this.sightings = Caffeine.newBuilder().maximumSize(SIGHTINGS).build();
        this.stale = Caffeine.newBuilder()
                .maximumWeight(config.maxSize().asLongValue())
                .weigher((String key, CachedAnswer answer) -> answer.weight(key))
                .expireAfterWrite(config.staleIfError().isZero() ? java.time.Duration.ofNanos(1) : config.staleIfError())
                .build();
        this.answers = Caffeine.newBuilder()
                .maximumWeight(config.maxSize().asLongValue())
                .weigher((String key, CachedAnswer answer) -> answer.weight(key))
                .expireAfterWrite(config.ttl())
                .evictionListener((String key, CachedAnswer answer, com.github.benmanes.caffeine.cache.RemovalCause cause) -> {
                    if (cause == com.github.benmanes.caffeine.cache.RemovalCause.EXPIRED && key != null && answer != null
                            && answer.status() == 200) {
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

    /** Whether {@code key} was asked for recently; remembers it if not. */
    boolean seenBefore(String key) {
        return sightings.asMap().putIfAbsent(key, Boolean.TRUE) != null;
    }

    /** The sequence now: note it before reading the database. */
    public long snapshot() {
        return sequence.get();
    }

    /** The stored answer for this key, if it is still current. Never touches the database. */
    Optional<CachedAnswer> lookup(String key) {
        CachedAnswer answer = answers.getIfPresent(key);
        if (answer == null) {
            return Optional.empty();
        }
        if (!current(answer.namespaces(), answer.snapshot())) {
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
     * Keeps an answer computed under {@code snapshot}, unless one of its tags was invalidated since
     * (the answer may then be stale). May read the database once per invalidation to learn when
     * visibility next changes by time alone.
     */
    void store(String key, byte[] body, String contentType, String etag, String cacheControl, Map<String, String> headers,
            String[] tags, long snapshot) {
        store(key, 200, body, HttpCaching.gzip(body, contentType), contentType, etag, cacheControl, headers, tags, snapshot,
                null);
    }

    /**
     * {@link #store} with the gzipped body already made (null: none worth keeping), for a status
     * (200, or a 404 kept briefly) and, if not null, a lifetime shorter than the cache's.
     */
    void store(String key, int status, byte[] body, byte[] gzipped, String contentType, String etag, String cacheControl,
            Map<String, String> headers, String[] tags, long snapshot, java.time.Duration lifetime) {
        store(key, status, body, gzipped, contentType, etag, cacheControl, headers, tags, snapshot, lifetime, true);
    }

    /**
     * {@link #store} on the event loop: false, and nothing stored, when it would first have to read
     * the database (a tag whose next change by time alone is not known since its last invalidation).
     */
    boolean storeWithoutReading(String key, int status, byte[] body, byte[] gzipped, String contentType, String etag,
            String cacheControl, Map<String, String> headers, String[] tags, long snapshot) {
        return store(key, status, body, gzipped, contentType, etag, cacheControl, headers, tags, snapshot, null, false);
    }

    /** Whether {@link #storeWithoutReading} can keep an answer with these tags now (it may still not, if one changes meanwhile). */
    boolean storesWithoutReading(String[] tags, long snapshot) {
        Instant now = clock.instant();
        for (String tag : tags) {
            if (horizon(tag, snapshot, now, false) == null) {
                return false;
            }
        }
        return true;
    }

    private boolean store(String key, int status, byte[] body, byte[] gzipped, String contentType, String etag,
            String cacheControl, Map<String, String> headers, String[] tags, long snapshot, java.time.Duration lifetime,
            boolean mayRead) {
        if (!config.enabled() || !current(tags, snapshot)) {
            misses.increment();
            return true;
        }
        Instant now = clock.instant();
        Instant expiresAt = lifetime == null ? NEVER : now.plus(lifetime);
        for (String tag : tags) {
            Instant next = horizon(tag, snapshot, now, mayRead);
            if (next == null) {
                return false;
            }
            if (next.isBefore(expiresAt)) {
                expiresAt = next;
            }
        }
        misses.increment();
        if (!now.isBefore(expiresAt)) {
            return true;
        }
        CachedAnswer answer = new CachedAnswer(status, CachedAnswer.direct(body), CachedAnswer.direct(gzipped),
                contentType, etag, cacheControl, Map.copyOf(headers), tags, snapshot, now, expiresAt);
        if (current(tags, snapshot)) {
            answers.put(key, answer);
        }
        return true;
    }

    /**
     * Drops the answers that depend on this tag on this instance (see {@link CacheInvalidator}
     * for all instances): a write changed them, so not even a stale copy is kept.
     */
    public void invalidateLocally(String tag) {
        long at = sequence.incrementAndGet();
        invalidatedAt.asMap().merge(tag, at, Math::max);
        horizons.remove(tag);
        stale.asMap().values().removeIf(answer -> List.of(answer.namespaces()).contains(tag));
    }

    /**
     * Stops serving everything on this instance (after a lost connection to the invalidation
     * channel: writes may have been missed). What was held is kept as stale copies, served only
     * while the database cannot be reached.
     */
    public void invalidateAllLocally() {
        floor.accumulateAndGet(sequence.incrementAndGet(), Math::max);
        horizons.clear();
        answers.asMap().forEach((key, answer) -> {
            if (answer.status() == 200) {
                keepStale(key, answer);
            }
        });
        answers.invalidateAll();
    }

    /**
     * Whether an answer read under {@code snapshot} and depending on these tags is still what the
     * public would get now (as far as this instance knows): for callers that keep renders of their
     * own, such as a second tier.
     */
    public boolean current(String[] tags, long snapshot) {
        if (snapshot < floor.get()) {
            return false;
        }
        for (String tag : tags) {
            Long at = invalidatedAt.getIfPresent(tag);
            if (at != null && at > snapshot) {
                return false;
            }
        }
        return true;
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

    long size() {
        answers.cleanUp();
        return answers.estimatedSize();
    }

    /** When the namespace's answers next change by time alone; null if that needs a read and {@code mayRead} is false. */
    private Instant horizon(String namespace, long snapshot, Instant now, boolean mayRead) {
        VisibilitySchedule schedule = schedules.get(namespace);
        if (schedule == null) {
            return NEVER;
        }
        Horizon known = horizons.get(namespace);
        if (known != null && current(new String[] { namespace }, known.sequence()) && now.isBefore(known.at())
                && !now.isBefore(known.computedAt())) {
            return known.at();
        }
        if (!mayRead) {
            return null;
        }
        Instant next = schedule.nextChangeAfter(now).orElse(NEVER);
        if (current(new String[] { namespace }, snapshot)) {
            horizons.put(namespace, new Horizon(snapshot, now, next));
        }
        return next;
    }
}
