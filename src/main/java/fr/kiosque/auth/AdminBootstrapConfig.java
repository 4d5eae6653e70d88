package fr.kiosque.auth;

import java.util.Optional;

import io.smallrye.config.ConfigMapping;

/** {@code kiosque.admin.*} ({@code KIOSQUE_ADMIN_EMAIL}, {@code KIOSQUE_ADMIN_PASSWORD}): the first admin. */
@ConfigMapping(prefix = "kiosque.admin")
interface AdminBootstrapConfig {

    Optional<String> email();

    Optional<String> password();
}
