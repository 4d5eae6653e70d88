package fr.kiosque.common.http;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** {@code kiosque.http.*}: HTTP caching of public responses, request body limits. */
@ConfigMapping(prefix = "kiosque.http")
public interface HttpConfig {

    Cache cache();

    /**
     * Largest request body of every route but those that name their own ({@link RequestBodyLimit},
     * the CV upload); a declared larger body gets 413 before it is read.
     */
    @WithDefault("2M")
    io.quarkus.runtime.configuration.MemorySize maxBodySize();

    interface Cache {
        /** {@code Cache-Control: public, max-age=…} of public GET responses, in seconds. */
        @WithDefault("60")
        int maxAge();
    }
}
