package fr.kiosque.auth;

import java.time.Duration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** {@code kiosque.login.*}: how many failed logins an e-mail may have before it is refused for a while. */
@ConfigMapping(prefix = "kiosque.login")
interface LoginThrottleConfig {

    /** Failed logins allowed per e-mail within {@link #window()}; the next attempts get 429. */
    @WithDefault("5")
    int maxFailures();

    /** How long failures count, and how long an e-mail stays refused after too many. */
    @WithDefault("PT15M")
    Duration window();

    /** How often expired counters are deleted ("off" disables it on this instance). */
    @WithDefault("1h")
    String purgeEvery();
}
