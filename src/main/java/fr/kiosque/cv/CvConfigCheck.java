package fr.kiosque.cv;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import fr.kiosque.common.boot.ConfigChecks;
import io.quarkus.runtime.StartupEvent;

/** Refuses to start with {@code kiosque.cv.*} out of range (see {@link ConfigChecks}). */
@ApplicationScoped
class CvConfigCheck {

    void onStart(@Observes StartupEvent event, CvConfig config) {
        check(config).orFail();
    }

    static ConfigChecks check(CvConfig config) {
        return new ConfigChecks()
                .atLeast("kiosque.cv.max-message-length", config.maxMessageLength(), 1)
                .atLeast("kiosque.cv.max-submissions-per-client", config.maxSubmissionsPerClient(), 1)
                .atLeast("kiosque.cv.max-submissions-per-email", config.maxSubmissionsPerEmail(), 1);
    }
}
