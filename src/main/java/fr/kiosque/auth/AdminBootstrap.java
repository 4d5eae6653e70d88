package fr.kiosque.auth;

import java.nio.charset.StandardCharsets;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.jboss.logging.Logger;

import fr.kiosque.auth.api.PasswordLength;

import io.quarkus.runtime.StartupEvent;

/**
 * At start, when no enabled admin exists and {@code KIOSQUE_ADMIN_EMAIL} /
 * {@code KIOSQUE_ADMIN_PASSWORD} are set, creates that admin; when they are not set, warns that
 * nobody can log in, and how to fix it.
 */
@ApplicationScoped
class AdminBootstrap {

    private static final Logger LOG = Logger.getLogger(AdminBootstrap.class);

    static final String NOBODY_CAN_LOG_IN = "No enabled admin account exists and KIOSQUE_ADMIN_EMAIL /"
            + " KIOSQUE_ADMIN_PASSWORD are not set: nobody can log in to the staff API. Set KIOSQUE_ADMIN_EMAIL and"
            + " KIOSQUE_ADMIN_PASSWORD (12 characters or more) and restart: the first admin is created at start.";

    void onStart(@Observes StartupEvent event, AdminBootstrapConfig config, UserService users) {
        if (config.email().isEmpty() || config.password().isEmpty()) {
            if (!users.anyEnabledAdmin()) {
                LOG.warn(NOBODY_CAN_LOG_IN);
            }
            return;
        }
        String password = config.password().get();
        if (password.length() < 12) {
            LOG.error("KIOSQUE_ADMIN_PASSWORD is shorter than 12 characters: the first admin was not created.");
            return;
        }
        if (password.getBytes(StandardCharsets.UTF_8).length > PasswordLength.MAX_BYTES) {
            LOG.error("KIOSQUE_ADMIN_PASSWORD is longer than 72 bytes (bcrypt reads no further): the first admin"
                    + " was not created.");
            return;
        }
        if (users.bootstrapAdmin(config.email().get(), password)) {
            LOG.infof("Created the first admin account from KIOSQUE_ADMIN_EMAIL");
        }
    }
}
