package fr.kiosque.common.http;

import java.util.List;
import java.util.Optional;

import io.smallrye.config.ConfigMapping;

/**
 * {@code kiosque.cors.origins}: the browser origins allowed to call the API (comma-separated);
 * none unless configured (dev and test allow localhost:3000 and :5173).
 * Quarkus's CORS filter reads it through {@code quarkus.http.cors.origins}; it exposes
 * {@code ETag}, {@code Link} and {@code Location} to scripts.
 */
@ConfigMapping(prefix = "kiosque.cors")
public interface CorsConfig {
    /** None by default in production: set KIOSQUE_CORS_ORIGINS to the frontends' origins. */
    Optional<List<String>> origins();
}
