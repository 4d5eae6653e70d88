package fr.kiosque.auth;

import java.util.Optional;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.jwt.JsonWebToken;

import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.SecurityIdentityAugmentor;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.smallrye.mutiny.Uni;

/**
 * A token is only as good as the account behind it: on every staff request the account named by
 * the token's {@code sub} must still exist and be enabled, and its current roles replace the
 * token's. Disabling, deleting or demoting an account takes effect at once, not when its tokens
 * expire. One primary-key lookup per authenticated request.
 */
@ApplicationScoped
class AccountStateAugmentor implements SecurityIdentityAugmentor {

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
            Optional<Set<String>> roles = accountId(token).flatMap(users::activeRoles);
            if (roles.isEmpty()) {
                throw new AuthenticationFailedException("The account of this token is disabled or deleted");
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
}
