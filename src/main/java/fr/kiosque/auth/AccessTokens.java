package fr.kiosque.auth;

import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.jboss.logging.Logger;

import io.quarkus.runtime.StartupEvent;
import io.smallrye.jwt.build.Jwt;

/**
 * Signs access tokens: short-lived (kiosque.jwt.token-lifetime, 15 minutes at most), bound to
 * the account's credential version (claim {@code cv}) and to their session (claim {@code sid}),
 * both checked on every request ({@link AccountStateAugmentor}).
 */
@ApplicationScoped
class AccessTokens {

    private static final Logger LOG = Logger.getLogger(AccessTokens.class);
    static final long MAX_LIFETIME_SECONDS = 15 * 60;
    static final String SESSION_CLAIM = "sid";

    @Inject AuthConfig config;
    @Inject JwtKeys keys;

    void onStart(@jakarta.enterprise.event.Observes StartupEvent event) {
        if (config.tokenLifetime().toSeconds() > MAX_LIFETIME_SECONDS) {
            LOG.warnf("kiosque.jwt.token-lifetime (%s) is longer than 15 minutes: access tokens are given 15 minutes;"
                    + " clients stay logged in with refresh tokens", config.tokenLifetime());
        }
    }

    /** Seconds an access token lives. */
    long lifetime() {
        return Math.max(1, Math.min(config.tokenLifetime().toSeconds(), MAX_LIFETIME_SECONDS));
    }

    String sign(AccountSnapshot account, UUID sessionId) {
        return keys.sign(Jwt.issuer(config.issuer())
                .subject(String.valueOf(account.id()))
                .upn(account.email())
                .groups(Set.copyOf(account.roles()))
                .claim("name", account.displayName())
                .claim(AccountStateAugmentor.CREDENTIAL_VERSION_CLAIM, account.credentialVersion())
                .claim(SESSION_CLAIM, sessionId.toString())
                .expiresIn(lifetime()));
    }
}
