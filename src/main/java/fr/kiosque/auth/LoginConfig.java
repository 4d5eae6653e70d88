package fr.kiosque.auth;

import java.time.Duration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/**
 * {@code kiosque.login.*}: how many login attempts are allowed before 429. Two limits, both
 * checked on every attempt (docs/api-guide.md, "Logins and rate limits"):
 * <ul>
 * <li>per account and client address, so that a stranger guessing an account's password only
 * locks out their own address, never the owner logging in from elsewhere;</li>
 * <li>per client address, whatever the accounts, so that one client cannot spray passwords
 * over many accounts.</li>
 * </ul>
 */
@ConfigMapping(prefix = "kiosque.login")
interface LoginConfig {

    /** Attempts allowed for one account from one client address within {@link #window()}; reset by a successful login. */
    @WithDefault("5")
    int maxAttemptsPerAccount();

    /** Attempts allowed from one client address within {@link #window()}, whatever the accounts. */
    @WithDefault("30")
    int maxAttemptsPerClient();

    /** How long attempts count; a client that used them up waits until the window ends. */
    @WithDefault("PT15M")
    Duration window();
}
