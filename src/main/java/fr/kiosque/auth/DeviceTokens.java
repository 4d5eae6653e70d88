package fr.kiosque.auth;

import java.time.Clock;
import java.time.Instant;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import fr.kiosque.common.security.SecretTokens;
import fr.kiosque.common.time.Now;

/**
 * Device tokens (OWASP "device cookie"): a successful login gives one, random and kept hashed,
 * bound to its account; a later login of that account presenting it is judged by that device's own
 * failure counter rather than the account-wide one, so that guessing spread over many addresses
 * cannot lock the owner out. Each account keeps its most recently used
 * {@code kiosque.auth.session.max-devices-per-account}.
 */
@ApplicationScoped
class DeviceTokens {

    @Inject EntityManager em;
    @Inject StaffAuthConfig config;
    @Inject Clock clock;

    /** Whether {@code token} is a device token of the account with this e-mail (within the caller's transaction). */
    boolean known(String email, String token) {
        if (!SecretTokens.wellFormed(token)) {
            return false;
        }
        return !em.createNativeQuery("""
                select 1 from device_token d join user_account a on a.id = d.account_id
                where d.token_hash = ?1 and lower(a.email) = lower(?2)
                """).setParameter(1, SecretTokens.hash(token)).setParameter(2, email.strip()).getResultList().isEmpty();
    }

    /**
     * After a successful login: marks the presented device token used when it is the account's,
     * otherwise makes a new one; returns the token the client should keep.
     */
    @Transactional
    String remember(long accountId, String presented) {
        Instant now = Now.of(clock);
        if (SecretTokens.wellFormed(presented) && em.createNativeQuery(
                "update device_token set last_used_at = ?3 where token_hash = ?1 and account_id = ?2")
                .setParameter(1, SecretTokens.hash(presented)).setParameter(2, accountId).setParameter(3, SessionStore.utc(now))
                .executeUpdate() > 0) {
            return presented;
        }
        String token = SecretTokens.newToken();
        em.createNativeQuery("insert into device_token (token_hash, account_id, created_at, last_used_at) values (?1, ?2, ?3, ?3)")
                .setParameter(1, SecretTokens.hash(token)).setParameter(2, accountId).setParameter(3, SessionStore.utc(now))
                .executeUpdate();
        em.createNativeQuery("""
                delete from device_token where account_id = ?1 and token_hash not in (
                    select token_hash from device_token where account_id = ?1 order by last_used_at desc limit ?2)
                """).setParameter(1, accountId).setParameter(2, config.session().maxDevicesPerAccount()).executeUpdate();
        return token;
    }

    /** Forgets every device of the account (a password reset: whoever held one may have been the intruder). */
    void forgetAll(long accountId) {
        em.createNativeQuery("delete from device_token where account_id = ?1").setParameter(1, accountId).executeUpdate();
    }
}
