package fr.kiosque.common.http;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** {@code kiosque.http.*}: HTTP caching of public responses. */
@ConfigMapping(prefix = "kiosque.http")
public interface HttpConfig {

    Cache cache();

    interface Cache {
        /** {@code Cache-Control: public, max-age=…} of public GET responses, in seconds. */
        @WithDefault("60")
        int maxAge();
    }
}
