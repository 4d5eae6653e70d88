package fr.kiosque.auth;

import java.time.Duration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** {@code kiosque.jwt.*}: tokens. */
@ConfigMapping(prefix = "kiosque.jwt")
interface AuthConfig {

    /** {@code iss} of the tokens Kiosque signs and accepts. */
    String issuer();

    /** How long an access token lives. */
    @WithDefault("PT1H")
    Duration tokenLifetime();
}
