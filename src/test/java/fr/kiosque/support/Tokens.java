package fr.kiosque.support;

import java.util.Set;

import io.smallrye.jwt.build.Jwt;

/** Bearer tokens for tests, signed with the key the application verifies with. */
public final class Tokens {

    private Tokens() {
    }

    public static String withRoles(String... roles) {
        return Jwt.issuer("https://kiosque.fr/api")
                .upn("test-" + String.join("-", roles) + "@kiosque.test")
                .subject("0")
                .groups(Set.of(roles))
                .expiresIn(600)
                .sign();
    }

    public static String editor() {
        return withRoles("editor");
    }

    public static String admin() {
        return withRoles("admin");
    }

    public static String bearer(String token) {
        return "Bearer " + token;
    }
}
