package fr.kiosque.auth;

import java.time.Duration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/**
 * {@code kiosque.login.*}: how many failed login attempts are allowed before 429 (a successful
 * login counts against none of them). Checked on every attempt (docs/api-guide.md, "Logins and rate limits"):
 * <ul>
 * <li>per account and client address, so that a stranger guessing an account's password only
 * locks out their own address, never the owner logging in from elsewhere;</li>
 * <li>per client address, whatever the accounts, so that one client cannot spray passwords
 * over many accounts;</li>
 * <li>per account, whatever the addresses, against guessing spread over many addresses; a login
 * presenting a device token of the account (given at each successful login) is judged by that
 * device's own counter instead, so that the owner is never locked out.</li>
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

    /**
     * Failed attempts allowed for one account within {@link #accountWindow()}, whatever the
     * addresses they come from; past it, only a login that presents a device token of the account
     * is tried (judged by that device's own counter).
     */
    @WithDefault("20")
    int maxFailuresPerAccount();

    @WithDefault("PT1H")
    Duration accountWindow();

    /** Failed attempts allowed for one device token within {@link #window()}. */
    @WithDefault("5")
    int maxFailuresPerDevice();
}
