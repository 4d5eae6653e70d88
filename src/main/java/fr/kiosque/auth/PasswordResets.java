package fr.kiosque.auth;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.jboss.logging.Logger;

import fr.kiosque.common.error.ProblemException;
import fr.kiosque.common.mail.MailSender;
import fr.kiosque.common.ratelimit.RateLimit;
import fr.kiosque.common.ratelimit.RateLimiter;
import fr.kiosque.common.security.SecretTokens;
import fr.kiosque.common.time.Now;
import io.quarkus.elytron.security.common.BcryptUtil;
import io.quarkus.mailer.Mail;
import io.quarkus.narayana.jta.QuarkusTransaction;

/**
 * Forgotten passwords (docs/security.md, "Forgotten passwords"). A request answers the same, in
 * about the same time, whether an account has the address or not: both make a token and its hash
 * and read the account; only an enabled account gets a token stored and an e-mail, handed to the
 * mailer without waiting for it. The token (32 random bytes, kept hashed) works once, for
 * {@code kiosque.auth.password-reset.token-lifetime}; setting the password with it ends every
 * session of the account and forgets its devices. Requests are limited per client address and per
 * e-mail address.
 */
@ApplicationScoped
class PasswordResets {

    private static final Logger LOG = Logger.getLogger(PasswordResets.class);
    /** A token that can no longer set a password: spent, or past its lifetime at {@code :now}. */
    private static final String UNUSABLE = "(used_at is not null or expires_at <= :now)";

    @Inject EntityManager em;
    @Inject UserAccountRepository users;
    @Inject StaffSessions sessions;
    @Inject DeviceTokens devices;
    @Inject MailSender mail;
    @Inject RateLimiter limiter;
    @Inject StaffAuthConfig config;
    @Inject Clock clock;
    private RateLimit perClient;
    private RateLimit perAccount;

    /** The limits, from the settings (beans are injected into fields, so not in a constructor). */
    @PostConstruct
    void limits() {
        this.perClient = new RateLimit("password-reset-client", config.passwordReset().maxPerClient(), config.passwordReset().window());
        this.perAccount = new RateLimit("password-reset-account", config.passwordReset().maxPerAccount(), config.passwordReset().window());
    }

    private record Recipient(String email, String displayName) {
    }

    void request(String email, String client) {
        limiter.enforce(perClient, client, "Trop de demandes de réinitialisation depuis votre adresse.");
        limiter.enforce(perAccount, email.strip().toLowerCase(Locale.ROOT), "Trop de demandes de réinitialisation pour cette adresse e-mail.");
        // the same work whether the account exists or not
        String token = SecretTokens.newToken();
        byte[] hash = SecretTokens.hash(token);
        Instant now = Now.of(clock);
        Optional<Recipient> recipient = QuarkusTransaction.joiningExisting().call(() -> {
            Optional<UserAccount> account = users.findByEmail(email).filter(a -> a.enabled);
            if (account.isEmpty()) {
                return Optional.<Recipient> empty();
            }
            long id = account.get().id;
            em.createNativeQuery("delete from password_reset where account_id = :account and " + UNUSABLE)
                    .setParameter("account", id).setParameter("now", SessionStore.utc(now)).executeUpdate();
            em.createNativeQuery("insert into password_reset (token_hash, account_id, created_at, expires_at) values (?1, ?2, ?3, ?4)")
                    .setParameter(1, hash).setParameter(2, id).setParameter(3, SessionStore.utc(now))
                    .setParameter(4, SessionStore.utc(now.plus(config.passwordReset().tokenLifetime()))).executeUpdate();
            return Optional.of(new Recipient(account.get().email, account.get().displayName));
        });
        if (recipient.isPresent()) {
            mail.send(message(recipient.get(), token), "password reset");
        } else {
            LOG.debug("Password reset asked for an address without an enabled account");
        }
    }

    /** Sets the password with a reset token; the token is spent, every session of the account ends. */
    void confirm(String token, String password) {
        String hash = BcryptUtil.bcryptHash(password); // before the transaction: it holds no connection meanwhile
        if (!SecretTokens.wellFormed(token)) {
            throw unusable();
        }
        QuarkusTransaction.joiningExisting().run(() -> {
            Instant now = Now.of(clock);
            List<?> rows = em.createNativeQuery("""
                    select account_id from password_reset
                    where token_hash = ?1 and used_at is null and expires_at > ?2 for update
                    """).setParameter(1, SecretTokens.hash(token)).setParameter(2, SessionStore.utc(now)).getResultList();
            if (rows.isEmpty()) {
                throw unusable();
            }
            long accountId = ((Number) rows.get(0)).longValue();
            UserAccount account = users.findByIdOptional(accountId).filter(a -> a.enabled).orElseThrow(PasswordResets::unusable);
            em.createNativeQuery("update password_reset set used_at = ?2 where account_id = ?1 and used_at is null")
                    .setParameter(1, accountId).setParameter(2, SessionStore.utc(now)).executeUpdate();
            account.passwordHash = hash;
            account.credentialVersion++;
            users.flush();
            sessions.endAll(accountId, null, StaffSessions.ENDED_BY_PASSWORD_RESET);
            devices.forgetAll(accountId);
            LOG.infof("Account %d set a new password with a reset e-mail: its sessions are ended", accountId);
        });
    }

    /** Deletes every token that can no longer be used, whatever its account (the purge); returns how many. */
    int forgetUnusable(Instant now) {
        return em.createNativeQuery("delete from password_reset where " + UNUSABLE)
                .setParameter("now", SessionStore.utc(now)).executeUpdate();
    }

    private static ProblemException unusable() {
        return ProblemException.unprocessableField("token", "lien de réinitialisation inconnu, expiré ou déjà utilisé");
    }

    private Mail message(Recipient to, String token) {
        String link = config.resetUrl() + "#token=" + token;
        long minutes = config.passwordReset().tokenLifetime().toMinutes();
        String text = """
                Bonjour %s,

                Quelqu'un (vous, sans doute) a demandé à réinitialiser le mot de passe de votre compte Kiosque.
                Pour choisir un nouveau mot de passe, ouvrez ce lien dans les %d minutes :

                %s

                Le lien ne sert qu'une fois. Si vous n'avez rien demandé, ignorez ce message : votre mot de passe ne change pas.

                -- 
                La rédaction de Kiosque
                """.formatted(to.displayName(), minutes, link);
        String html = """
                <!DOCTYPE html>
                <html lang="fr"><body>
                <p>Bonjour %s,</p>
                <p>Quelqu'un (vous, sans doute) a demandé à réinitialiser le mot de passe de votre compte Kiosque.
                Pour choisir un nouveau mot de passe, ouvrez ce lien dans les %d minutes :</p>
                <p><a href="%s">Choisir un nouveau mot de passe</a></p>
                <p>Le lien ne sert qu'une fois. Si vous n'avez rien demandé, ignorez ce message : votre mot de passe ne change pas.</p>
                <p>La rédaction de Kiosque</p>
                </body></html>
                """.formatted(escape(to.displayName()), minutes, escape(link));
        return Mail.withText(to.email(), "Réinitialisation de votre mot de passe Kiosque", text).setHtml(html);
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;").replace("'", "&#39;");
    }
}
