package fr.kiosque.auth;

import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.json.JsonNumber;

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
 * and on every instance. The account's current roles replace the token's. One primary-key
 * lookup per authenticated request.
 */
@ApplicationScoped
class AccountStateAugmentor implements SecurityIdentityAugmentor {

    static final String CREDENTIAL_VERSION_CLAIM = "cv";

    private final UserService users;

    AccountStateAugmentor(UserService users) {
        this.users = users;
    }

    @Override
    public Uni<SecurityIdentity> augment(SecurityIdentity identity, AuthenticationRequestContext context) {
        if (identity.isAnonymous() || !(identity.getPrincipal() instanceof JsonWebToken token)) {
            return Uni.createFrom().item(identity);
        }
        return context.runBlocking(() -> {
            Optional<Long> id = accountId(token);
            OptionalLong version = credentialVersion(token);
            Optional<Set<String>> roles = id.isPresent() && version.isPresent()
                    ? users.activeRoles(id.get(), version.getAsLong())
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
