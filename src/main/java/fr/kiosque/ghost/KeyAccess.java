package fr.kiosque.ghost;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import fr.kiosque.common.ratelimit.Decision;
import fr.kiosque.common.ratelimit.RateLimit;
import fr.kiosque.common.ratelimit.RateLimiter;
import fr.kiosque.common.time.Now;

/**
 * The gate of every Content API request, before anything is read: the key's shape, then the key
 * itself read from PostgreSQL (a key deleted on any instance is refused at once on all; the same
 * statement counts the day's usage), then the key's {@code requestsPerMinute} counted by the shared
 * {@link RateLimiter} (so across instances). Past the limit: 429 with {@code Retry-After}. Every
 * answer to a known key carries the IETF {@code RateLimit-Policy} and {@code RateLimit} headers.
 */
@ApplicationScoped
class KeyAccess {

    /** A checked caller: its key's id and rights, the origins its browsers may call from, and its rate-limit headers. */
    record Caller(long keyId, KeyRights rights, List<String> allowedOrigins, Map<String, String> rateLimitHeaders) {
    }

    static final String BUCKET = "content-api-key";
    private static final Duration WINDOW = Duration.ofMinutes(1);
    private static final String POLICY = "\"minute\"";

    @Inject ContentApiKeyRepository keys;
    @Inject KeyHashes hashes;
    @Inject RateLimiter limiter;
    @Inject Clock clock;

    /** The caller of this key; a 401 for a missing or unknown key, a 429 past its limit. */
    Caller check(String key) {
        if (key == null || key.isBlank()) {
            throw GhostException.unauthorized("Authorization failed: send your Content API key as the key query parameter.");
        }
        if (!KeyHashes.wellFormed(key)) {
            throw GhostException.unauthorized("Unknown Content API Key");
        }
        ContentApiKeyRepository.Presented presented = present(hashes.hash(key));
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

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    ContentApiKeyRepository.Presented present(byte[] hash) {
        LocalDate today = LocalDate.ofInstant(Now.of(clock), ZoneOffset.UTC);
        return keys.presentAndCount(hash, today).orElseThrow(() -> GhostException.unauthorized("Unknown Content API Key"));
    }

    /** draft-ietf-httpapi-ratelimit-headers: the policy (quota, window) and what remains of it. */
    static Map<String, String> headers(int quota, Decision decision) {
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("RateLimit-Policy", POLICY + ";q=" + quota + ";w=" + WINDOW.toSeconds());
        headers.put("RateLimit", POLICY + ";r=" + decision.remaining() + ";t=" + decision.retryAfterSeconds());
        return headers;
    }
}
