package fr.kiosque.common.http;

import java.time.Duration;

import io.quarkus.runtime.configuration.MemorySize;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** {@code kiosque.http.*}: HTTP caching of public responses, request limits, security headers. */
@ConfigMapping(prefix = "kiosque.http")
public interface HttpConfig {

    Cache cache();

    /**
     * Largest request body of every route but those that name their own ({@link RequestBodyLimit},
     * the CV upload); a declared larger body gets 413 before it is read.
     */
    @WithDefault("2M")
    io.quarkus.runtime.configuration.MemorySize maxBodySize();

    Limits limits();

    Hsts hsts();

    /** {@code Retry-After} of the 503 answered while the database cannot be reached. */
    @WithDefault("PT10S")
    Duration unavailableRetryAfter();

    interface Cache {
        /** {@code Cache-Control: public, max-age=…} of public GET responses, in seconds. */
        @WithDefault("60")
        int maxAge();
    }

    /**
     * Limits checked on the router, before anything reads the request, and answered with a
     * problem ({@code quarkus.http.limits.max-initial-line-length} and {@code max-header-size},
     * set higher, are the connection layer's last resort, answered without a body).
     */
    interface Limits {
        /** Longest request target (path and query) accepted; longer gets 414. */
        @WithDefault("8192")
        int maxUriLength();

        /** Largest sum of header names and values accepted; larger gets 431. */
        @WithDefault("16K")
        MemorySize maxHeadersSize();

        /** Most header lines accepted; more gets 431. */
        @WithDefault("100")
        int maxHeaderCount();
    }

    /** {@code Strict-Transport-Security}, sent on answers to requests that came over HTTPS. */
    interface Hsts {
        /**
         * Also when Kiosque itself sees plain HTTP: for a TLS-terminating proxy that does not send
         * {@code X-Forwarded-Proto} (otherwise trust that header, see docs/operations.md).
         */
        @WithDefault("false")
        boolean always();

        @WithDefault("P365D")
        Duration maxAge();
    }
}
