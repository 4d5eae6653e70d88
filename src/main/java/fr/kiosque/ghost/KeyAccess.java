package fr.kiosque.ghost;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import fr.kiosque.common.http.cache.ResponseCache;
import fr.kiosque.common.ratelimit.Decision;
import fr.kiosque.common.ratelimit.RateLimit;
import fr.kiosque.common.ratelimit.RateLimiter;
import fr.kiosque.common.time.Now;
import io.quarkus.narayana.jta.QuarkusTransaction;

/**
 * The gate of every Content API request, before anything is read (the response cache included):
 * the key's shape, then the key itself, kept in memory once read from PostgreSQL and read again
 * after any change of any key, here or on another instance ({@link #TAG}, through the response
 * cache's invalidation channel; with the cache disabled, read at each request), its use counted in
 * memory ({@link KeyUsage}), then its {@code requestsPerMinute} counted by the shared
 * {@link RateLimiter} (so across instances). Past the limit: 429 with {@code Retry-After}. Every
 * answer to a known key carries the IETF {@code RateLimit-Policy} and {@code RateLimit} headers.
 */
@ApplicationScoped
class KeyAccess {

    /** A checked caller: its key's id and rights, the origins its browsers may call from, and its rate-limit headers. */
    record Caller(long keyId, KeyRights rights, List<String> allowedOrigins, Map<String, String> rateLimitHeaders) {
    }

    /** The invalidation tag of every key change ({@link ContentApiKeys}): the keys held in memory are read again. */
    static final String TAG = "content-api-keys";
    /** Keys held in memory at most (unknown keys are never held: a stream of random keys cannot fill it). */
    private static final int HELD = 10_000;

    /** A key as read under a response-cache snapshot: current while no key changed since. */
    private record Held(ContentApiKeyRepository.Presented presented, long snapshot) {
    }

    private final Cache<ByteKey, Held> held = Caffeine.newBuilder().maximumSize(HELD).build();

    static final String BUCKET = "content-api-key";
    private static final Duration WINDOW = Duration.ofMinutes(1);
    private static final String POLICY = "\"minute\"";

    @Inject ContentApiKeyRepository keys;
    @Inject KeyHashes hashes;
    @Inject RateLimiter limiter;
    @Inject Clock clock;
    @Inject KeyUsage usage;
    @Inject ResponseCache cache;

    /** The caller of this key; a 401 for a missing or unknown key, a 429 past its limit. */
    Caller check(String key) {
        ContentApiKeyRepository.Presented presented = known(key);
        usage.count(presented.id(), LocalDate.ofInstant(Now.of(clock), ZoneOffset.UTC));
        Decision decision = limiter.hit(new RateLimit(BUCKET, presented.requestsPerMinute(), WINDOW), "key:" + presented.id());
        Map<String, String> headers = headers(presented.requestsPerMinute(), decision);
        if (!decision.allowed()) {
            Map<String, String> refused = new LinkedHashMap<>(headers);
            refused.put("Retry-After", String.valueOf(decision.retryAfterSeconds()));
            throw new GhostException(429, "TooManyRequestsError", "Too many requests: this key allows "
                    + presented.requestsPerMinute() + " per minute. Retry in " + decision.retryAfterSeconds() + " s.", refused);
        }
        return new Caller(presented.id(), presented.rights(), presented.allowedOrigins(), headers);
    }

    /** The origins a key's browsers may call from (for a preflight: neither counted nor limited); a 401 for an unknown key. */
    List<String> origins(String key) {
        return known(key).allowedOrigins();
    }

    private ContentApiKeyRepository.Presented known(String key) {
        if (key == null || key.isBlank()) {
            throw GhostException.unauthorized("Authorization failed: send your Content API key as the key query parameter.");
        }
        if (!KeyHashes.wellFormed(key)) {
            throw GhostException.unauthorized("Unknown Content API Key");
        }
        return present(hashes.lookupHash(key).orElseThrow(() -> GhostException.unauthorized("Unknown Content API Key")));
    }

    private ContentApiKeyRepository.Presented present(byte[] hash) {
        ByteKey id = new ByteKey(hash);
        Held known = held.getIfPresent(id);
        if (known != null && cache.enabled() && cache.current(TAGS, known.snapshot())) {
            return known.presented();
        }
        long snapshot = cache.snapshot(); // before the read: a change committed meanwhile makes the copy old at once
        ContentApiKeyRepository.Presented presented = read(hash)
                .orElseThrow(() -> GhostException.unauthorized("Unknown Content API Key"));
        held.put(id, new Held(presented, snapshot));
        return presented;
    }

    private Optional<ContentApiKeyRepository.Presented> read(byte[] hash) {
        return QuarkusTransaction.requiringNew().call(() -> keys.present(hash));
    }

    private static final String[] TAGS = { TAG };

    /** A hash as a map key. */
    private record ByteKey(byte[] bytes) {
        @Override
        public boolean equals(Object other) {
            return other instanceof ByteKey key && java.util.Arrays.equals(bytes, key.bytes);
        }

        @Override
        public int hashCode() {
            return java.util.Arrays.hashCode(bytes);
        }

        @Override
        public String toString() {
            return "ByteKey";
        }
    }

    /** draft-ietf-httpapi-ratelimit-headers: the policy (quota, window) and what remains of it. */
    static Map<String, String> headers(int quota, Decision decision) {
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("RateLimit-Policy", POLICY + ";q=" + quota + ";w=" + WINDOW.toSeconds());
        headers.put("RateLimit", POLICY + ";r=" + decision.remaining() + ";t=" + decision.retryAfterSeconds());
        return headers;
    }
}
