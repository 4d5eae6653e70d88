package fr.kiosque.auth;

import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.jboss.logging.Logger;

import fr.kiosque.auth.SessionStore.SessionRow;
import fr.kiosque.auth.api.AuthDtos.SessionResponse;
import fr.kiosque.common.error.ProblemException;
import fr.kiosque.common.error.ProblemType;
import fr.kiosque.common.paging.Page;
import fr.kiosque.common.paging.PageRequest;
import fr.kiosque.common.security.SecretTokens;
import fr.kiosque.common.time.Now;

/**
 * Staff sessions (docs/security.md, "Sessions"): opened by a login, kept alive by refresh tokens
 * that are each spent once, ended by a logout, a password change or reset, an admin, reuse of a
 * spent refresh token, or their idle and absolute expiries ({@code kiosque.auth.session.*}).
 * <p>
 * A refresh locks its session's row ({@code select … for update}): parallel refreshes of one
 * token are served one at a time, the first rotates it, the others find it spent within the
 * leeway and get 409, and nothing is revoked.
 */
@ApplicationScoped
class StaffSessions {

    private static final Logger LOG = Logger.getLogger(StaffSessions.class);

    static final String ENDED_BY_LOGOUT = "LOGOUT";
    static final String ENDED_BY_OWNER = "OWNER";
    static final String ENDED_BY_ADMIN = "ADMIN";
    static final String ENDED_BY_PASSWORD_CHANGE = "PASSWORD_CHANGE";
    static final String ENDED_BY_PASSWORD_RESET = "PASSWORD_RESET";
    static final String ENDED_BY_REUSE = "REFRESH_TOKEN_REUSE";
    static final String ENDED_BY_EXPIRY = "EXPIRED";
    static final String ENDED_BY_ACCOUNT = "ACCOUNT_DISABLED";

    /** A session just opened or refreshed: what the access token and the client need. */
    record Issued(AccountSnapshot account, UUID sessionId, String refreshToken, Instant expiresAt) {
    }

    @Inject SessionStore store;
    @Inject UserAccountRepository users;
    @Inject StaffAuthConfig config;
    @Inject Clock clock;

    /** Opens a session for an account whose password was just checked. */
    @Transactional
    Issued open(AccountSnapshot account, String userAgent, String address) {
        Instant now = Now.of(clock);
        Instant absolute = now.plus(config.session().absoluteTimeout());
        SessionRow session = new SessionRow(UUID.randomUUID(), account.id(), DeviceLabels.of(userAgent),
                address.length() > 64 ? address.substring(0, 64) : address, now, now, idleEnd(now, absolute), absolute, null);
        store.insertSession(session);
        String refresh = SecretTokens.newToken();
        store.insertRefreshToken(SecretTokens.hash(refresh), session.id(), now);
        return new Issued(account, session.id(), refresh, absolute);
    }

    /**
     * Spends a refresh token and gives its session a new one. A spent token presented within the
     * leeway: 409, nothing changes; later: the whole session ends (reuse detection) and 401.
     * The revocation is committed although the request fails.
     */
    @Transactional(dontRollbackOn = ProblemException.class)
    Issued refresh(String token) {
        if (!SecretTokens.wellFormed(token)) {
            throw invalid();
        }
        byte[] hash = SecretTokens.hash(token);
        UUID sessionId = store.sessionOfRefreshToken(hash).orElseThrow(StaffSessions::invalid);
        SessionRow session = store.lock(sessionId).orElseThrow(StaffSessions::invalid);
        Instant now = Now.of(clock);
        if (session.endedAt() != null) {
            throw invalid();
        }
        Optional<Instant> spent = store.spentAt(hash);
        if (spent.isPresent()) {
            if (!spent.get().plus(config.session().reuseLeeway()).isBefore(now)) {
                throw ProblemException.conflict("Ce jeton de rafraîchissement vient d'être utilisé par une autre requête :"
                        + " utilisez le nouveau jeton qu'elle a reçu.");
            }
            store.end(session.accountId(), sessionId, now, ENDED_BY_REUSE);
            LOG.warnf("A spent refresh token of session %s was presented again: the session is ended", sessionId);
            throw invalid();
        }
        if (!session.liveAt(now)) {
            store.end(session.accountId(), sessionId, now, ENDED_BY_EXPIRY);
            throw invalid();
        }
        Optional<AccountSnapshot> account = users.findByIdOptional(session.accountId()).map(AccountSnapshot::of);
        if (account.isEmpty() || !account.get().enabled()) {
            store.end(session.accountId(), sessionId, now, ENDED_BY_ACCOUNT);
            throw invalid();
        }
        store.spend(hash, now);
        String next = SecretTokens.newToken();
        store.insertRefreshToken(SecretTokens.hash(next), sessionId, now);
        store.touch(sessionId, now, idleEnd(now, session.absoluteExpiresAt()));
        return new Issued(account.get(), sessionId, next, session.absoluteExpiresAt());
    }

    /**
     * Logs out: ends the session of a refresh token (the current one or one it spent); 401 when
     * the token is of no session. Ending a session already ended changes nothing (parallel
     * logouts all succeed, the session is ended once).
     */
    @Transactional
    void logout(String token) {
        if (!SecretTokens.wellFormed(token)) {
            throw invalid();
        }
        UUID sessionId = store.sessionOfRefreshToken(SecretTokens.hash(token)).orElseThrow(StaffSessions::invalid);
        SessionRow session = store.find(sessionId).orElseThrow(StaffSessions::invalid);
        if (store.end(session.accountId(), sessionId, Now.of(clock), ENDED_BY_LOGOUT)) {
            LOG.infof("Session %s of account %d ended (%s)", sessionId, session.accountId(), ENDED_BY_LOGOUT);
        }
    }

    /** Ends a session of the account; false when it was not open. Parallel calls end it once. */
    @Transactional
    boolean end(long accountId, UUID sessionId, String reason) {
        boolean ended = store.end(accountId, sessionId, Now.of(clock), reason);
        if (ended) {
            LOG.infof("Session %s of account %d ended (%s)", sessionId, accountId, reason);
        }
        return ended;
    }

    /** Ends every session of the account but {@code except} (null: every one), within the caller's transaction. */
    @Transactional
    int endAll(long accountId, UUID except, String reason) {
        int ended = store.endAll(accountId, except, Now.of(clock), reason);
        if (ended > 0) {
            LOG.infof("%d session(s) of account %d ended (%s)", ended, accountId, reason);
        }
        return ended;
    }

    @Transactional
    Page<SessionResponse> list(long accountId, UUID current, PageRequest page) {
        Instant now = Now.of(clock);
        return Page.of(store.live(accountId, now, (page.number() - 1) * page.size(), page.size()).stream()
                .map(s -> new SessionResponse(s.id(), s.deviceLabel(), s.address(), s.createdAt(), s.lastUsedAt(),
                        s.idleExpiresAt(), s.absoluteExpiresAt(), s.id().equals(current)))
                .toList(), page, store.countLive(accountId, now));
    }

    /**
     * The roles of an enabled account whose credential version is still {@code credentialVersion}
     * and whose session {@code sessionId} is still open; empty otherwise. One statement.
     */
    @Transactional
    Optional<Set<String>> activeRoles(long accountId, long credentialVersion, UUID sessionId) {
        return store.activeRoles(accountId, credentialVersion, sessionId)
                .map(roles -> Arrays.stream(roles.split(",")).filter(r -> !r.isEmpty()).collect(Collectors.toUnmodifiableSet()));
    }

    private Instant idleEnd(Instant now, Instant absolute) {
        Instant idle = now.plus(config.session().idleTimeout());
        return idle.isAfter(absolute) ? absolute : idle;
    }

    static ProblemException invalid() {
        return new ProblemException(ProblemType.INVALID_CREDENTIALS,
                "Jeton de rafraîchissement inconnu, expiré ou révoqué : reconnectez-vous.", null,
                Map.of("WWW-Authenticate", "Bearer"));
    }

}
