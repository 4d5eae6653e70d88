package fr.kiosque.auth;

import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonNumber;
import jakarta.json.JsonString;

import org.eclipse.microprofile.jwt.JsonWebToken;

import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.SecurityIdentityAugmentor;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.smallrye.mutiny.Uni;

/**
 * A token is only as good as the account behind it: on every staff request the account named by
 * the token's {@code sub} must still exist and be enabled, and its credential version must still
 * be the one the token carries (claim {@code cv}): changing the password, the e-mail or the
 * roles, or disabling the account, bumps it and so refuses every token issued before, at once
 * and on every instance. The token's session (claim {@code sid}) must still be open: a logout,
 * a password change or an admin ends it, and its access tokens stop at once. The account's
 * current roles replace the token's. One statement per authenticated request (the account and
 * its session by primary keys), in a transaction like every other read, so that a database
 * outage is a 503 as elsewhere.
 */
@ApplicationScoped
class AccountStateAugmentor implements SecurityIdentityAugmentor {

    static final String CREDENTIAL_VERSION_CLAIM = "cv";

    @Inject StaffSessions sessions;

    @Override
    public Uni<SecurityIdentity> augment(SecurityIdentity identity, AuthenticationRequestContext context) {
        if (identity.isAnonymous() || !(identity.getPrincipal() instanceof JsonWebToken token)) {
            return Uni.createFrom().item(identity);
        }
        return context.runBlocking(() -> {
            Optional<Long> id = accountId(token);
            OptionalLong version = credentialVersion(token);
            Optional<UUID> session = sessionId(token);
            Optional<Set<String>> roles = id.isPresent() && version.isPresent() && session.isPresent()
                    ? sessions.activeRoles(id.get(), version.getAsLong(), session.get())
                    : Optional.empty();
            if (roles.isEmpty()) {
                throw new AuthenticationFailedException("The account of this token is disabled, deleted or changed");
            }
            return QuarkusSecurityIdentity.builder()
                    .setPrincipal(identity.getPrincipal())
                    .addCredentials(identity.getCredentials())
                    .addAttributes(identity.getAttributes())
                    .addRoles(roles.get())
                    .build();
        });
    }

    private static Optional<Long> accountId(JsonWebToken token) {
        try {
            return Optional.of(Long.parseLong(token.getSubject()));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    private static Optional<UUID> sessionId(JsonWebToken token) {
        Object value = token.getClaim(AccessTokens.SESSION_CLAIM);
        if (value == null) {
            return Optional.empty();
        }
        String text = value instanceof JsonString string ? string.getString() : value.toString();
        try {
            return Optional.of(UUID.fromString(text));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private static OptionalLong credentialVersion(JsonWebToken token) {
        Object value = token.getClaim(CREDENTIAL_VERSION_CLAIM);
        if (value instanceof JsonNumber number && number.isIntegral()) {
            return OptionalLong.of(number.longValue());
        }
        if (value instanceof Long || value instanceof Integer) {
            return OptionalLong.of(((Number) value).longValue());
        }
        return OptionalLong.empty();
    }
}
