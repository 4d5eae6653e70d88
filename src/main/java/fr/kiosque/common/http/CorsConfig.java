package fr.kiosque.common.http;

import java.util.List;

import io.smallrye.config.ConfigMapping;

/**
 * {@code kiosque.cors.origins}: the browser origins allowed to call the API (comma-separated).
 * Quarkus's CORS filter reads it through {@code quarkus.http.cors.origins}; it exposes
 * {@code ETag}, {@code Link} and {@code Location} to scripts.
 */
@ConfigMapping(prefix = "kiosque.cors")
public interface CorsConfig {
    List<String> origins();
}
