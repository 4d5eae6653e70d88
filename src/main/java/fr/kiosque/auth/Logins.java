package fr.kiosque.auth;

import java.util.Locale;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;

import org.jboss.logging.Logger;

import fr.kiosque.common.error.ProblemException;
import fr.kiosque.common.error.ProblemType;
import fr.kiosque.common.ratelimit.Decision;
import fr.kiosque.common.ratelimit.RateLimit;
import fr.kiosque.common.ratelimit.RateLimiter;
import io.quarkus.elytron.security.common.BcryptUtil;
import io.quarkus.narayana.jta.QuarkusTransaction;

/**
 * Logging in (docs/security.md, "Logins"). Only failures count against the limits
 * ({@link LoginConfig}); a login is refused with 429 before its password is checked when a limit
 * it falls under is already used up:
 * <ul>
 * <li>without a device token of the account: failures from the client's address (any account),
 * for the account from that address, and for the account from anywhere (account-wide);</li>
 * <li>with a valid device token of the account: that device's own failures only.</li>
 * </ul>
 * A failure counts its hits atomically, one limit after the other, and is answered 429 rather than
 * 401 when it went past one: however parallel, exactly the allowed failures get a 401.
 * <p>
 * A login holds no transaction and at most one connection at a time: the account is read in a
 * short transaction, bcrypt runs after it has released its connection, and the session is opened
 * in another. A failed login answers the same, after the same bcrypt work, whether the e-mail
 * exists or not.
 */
@ApplicationScoped
class Logins {

    private static final Logger LOG = Logger.getLogger(Logins.class);

    /**
     * Compared against when the e-mail is unknown, so that both failures cost one bcrypt check.
     * Made on first use: bcrypt in a cold JVM would add about 0.4 s to start-up.
     */
    static final class Dummy {
        static final String HASH = BcryptUtil.bcryptHash("kiosque-timing-equalizer");
    }

    /** A successful login: the session and the device token the client should keep. */
    record LoggedIn(StaffSessions.Issued session, String deviceToken) {
    }

    private final UserAccountRepository users;
    private final DeviceTokens devices;
    private final StaffSessions sessions;
    private final RateLimiter limiter;
    private final RateLimit perAccountFromClient;
    private final RateLimit perClient;
    private final RateLimit perAccount;
    private final RateLimit perDevice;

    Logins(UserAccountRepository users, DeviceTokens devices, StaffSessions sessions, RateLimiter limiter, LoginConfig login) {
        this.users = users;
        this.devices = devices;
        this.sessions = sessions;
        this.limiter = limiter;
        this.perAccountFromClient = new RateLimit("login-account", login.maxAttemptsPerAccount(), login.window());
        this.perClient = new RateLimit("login-client", login.maxAttemptsPerClient(), login.window());
        this.perAccount = new RateLimit("login-account-wide", login.maxFailuresPerAccount(), login.accountWindow());
        this.perDevice = new RateLimit("login-device", login.maxFailuresPerDevice(), login.window());
    }

    private record Attempt(AccountSnapshot candidate, boolean knownDevice) {
    }

    /**
     * Checks the password and opens a session.
     *
     * @param client      the client's address ({@code ClientAddress})
     * @param deviceToken the device token presented (body or cookie), or null
     */
    LoggedIn login(String email, String password, String client, String userAgent, String deviceToken) {
        String account = email.strip().toLowerCase(Locale.ROOT);
        String accountFromClient = account + " " + client;
        Attempt attempt = QuarkusTransaction.joiningExisting().call(() -> new Attempt(
                users.findByEmail(email).map(AccountSnapshot::of).orElse(null),
                deviceToken != null && devices.known(email, deviceToken)));
        String device = attempt.knownDevice() ? account + " " + deviceToken : null;
        if (device != null) {
            limiter.requireRemaining(perDevice, device, "Trop de tentatives de connexion depuis cet appareil.");
        } else {
            limiter.requireRemaining(perClient, client, "Trop de tentatives de connexion depuis votre adresse.");
            limiter.requireRemaining(perAccountFromClient, accountFromClient,
                    "Trop de tentatives de connexion pour ce compte depuis votre adresse.");
            limiter.requireRemaining(perAccount, account, "Trop de tentatives de connexion pour ce compte.");
        }
        AccountSnapshot candidate = attempt.candidate();
        boolean passwordMatches = BcryptUtil.matches(password, candidate != null ? candidate.passwordHash() : Dummy.HASH);
        if (candidate == null || !passwordMatches || !candidate.enabled()) {
            LOG.debug("Failed login");
            if (device != null) {
                countFailure(perDevice, device, "Trop de tentatives de connexion depuis cet appareil.");
            } else {
                countFailure(perAccountFromClient, accountFromClient,
                        "Trop de tentatives de connexion pour ce compte depuis votre adresse.");
                countFailure(perAccount, account, "Trop de tentatives de connexion pour ce compte.");
                countFailure(perClient, client, "Trop de tentatives de connexion depuis votre adresse.");
            }
            throw new ProblemException(ProblemType.INVALID_CREDENTIALS, "E-mail ou mot de passe incorrect.", null,
                    Map.of("WWW-Authenticate", "Bearer"));
        }
        if (device != null) {
            limiter.reset(perDevice, device);
        } else {
            limiter.reset(perAccountFromClient, accountFromClient);
        }
        String keptDevice = devices.remember(candidate.id(), deviceToken);
        return new LoggedIn(sessions.open(candidate, userAgent, client), keptDevice);
    }

    private void countFailure(RateLimit limit, String key, String detail) {
        Decision decision = limiter.hit(limit, key);
        if (!decision.allowed()) {
            throw RateLimiter.tooManyRequests(decision, detail);
        }
    }
}
