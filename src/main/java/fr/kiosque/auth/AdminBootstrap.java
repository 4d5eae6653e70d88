package fr.kiosque.auth;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.jboss.logging.Logger;

import io.quarkus.runtime.LaunchMode;
import io.quarkus.runtime.StartupEvent;

/**
 * At start, when no enabled admin exists and {@code KIOSQUE_ADMIN_EMAIL} /
 * {@code KIOSQUE_ADMIN_PASSWORD} are set, creates that admin. Also warns when Kiosque signs
 * tokens with a key pair it generated itself.
 */
@ApplicationScoped
class AdminBootstrap {

    private static final Logger LOG = Logger.getLogger(AdminBootstrap.class);

    void onStart(@Observes StartupEvent event, AdminBootstrapConfig config, UserService users) {
        if (GeneratedJwtKeys.inUse()) {
            LOG.log(LaunchMode.current() == LaunchMode.NORMAL ? Logger.Level.WARN : Logger.Level.INFO,"No JWT key pair is configured (MP_JWT_VERIFY_PUBLICKEY_LOCATION, SMALLRYE_JWT_SIGN_KEY_LOCATION):"
                    + " Kiosque generated one for this process. Tokens will not survive a restart and will not work"
                    + " across instances; configure a key pair in production.");
        }
        if (config.email().isEmpty() || config.password().isEmpty()) {
            return;
        }
        String password = config.password().get();
        if (password.length() < 12) {
            LOG.error("KIOSQUE_ADMIN_PASSWORD is shorter than 12 characters: the first admin was not created.");
            return;
        }
        if (users.bootstrapAdmin(config.email().get(), password)) {
            LOG.infof("Created the first admin account from KIOSQUE_ADMIN_EMAIL");
        }
    }
}
