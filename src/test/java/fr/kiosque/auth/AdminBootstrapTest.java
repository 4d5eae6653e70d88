package fr.kiosque.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;

/**
 * An empty database with no {@code KIOSQUE_ADMIN_*} starts, but nobody can log in: the start
 * says so in a warning, with the fix. Checked inside a transaction that disables every admin and
 * is rolled back, so that nothing else sees it.
 */
@QuarkusTest
class AdminBootstrapTest {

    @Inject
    AdminBootstrap bootstrap;

    @Inject
    UserService users;

    @Inject
    EntityManager entityManager;

    @Test
    void withoutAnAdminNorKioskAdminSettingsTheStartWarnsThatNobodyCanLogIn() {
        List<String> warnings = warningsOf(() -> assertThatThrownBy(() -> QuarkusTransaction.requiringNew().run(() -> {
            entityManager.createNativeQuery("update user_account set enabled = false where enabled").executeUpdate();
            bootstrap.onStart(null, notConfigured(), users);
            throw new RolledBack();
        })).isInstanceOf(RolledBack.class));
        assertThat(warnings).hasSize(1);
        assertThat(warnings.get(0)).contains("nobody can log in").contains("KIOSQUE_ADMIN_EMAIL")
                .contains("KIOSQUE_ADMIN_PASSWORD").contains("restart");
    }

    @Test
    void withAnEnabledAdminThereIsNothingToSay() {
        assertThat(warningsOf(() -> bootstrap.onStart(null, notConfigured(), users))).isEmpty();
    }

    /** Ends the transaction with a rollback. */
    private static final class RolledBack extends RuntimeException {
    }

    private static List<String> warningsOf(Runnable action) {
        List<String> warnings = new CopyOnWriteArrayList<>();
        Handler handler = new Handler() {
            @Override
            public void publish(LogRecord record) {
                if (record.getLevel().intValue() >= Level.WARNING.intValue()) {
                    warnings.add(record.getMessage());
                }
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        };
        java.util.logging.Logger logger = java.util.logging.Logger.getLogger(AdminBootstrap.class.getName());
        logger.addHandler(handler);
        try {
            action.run();
        } finally {
            logger.removeHandler(handler);
        }
        return warnings;
    }

    private static AdminBootstrapConfig notConfigured() {
        return new AdminBootstrapConfig() {
            @Override
            public Optional<String> email() {
                return Optional.empty();
            }

            @Override
            public Optional<String> password() {
                return Optional.empty();
            }
        };
    }
}
