package fr.kiosque.common.mail;

import java.lang.reflect.InvocationTargetException;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Priority;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;

import org.eclipse.microprofile.config.ConfigProvider;
import org.jboss.logging.Logger;

import io.quarkus.arc.profile.IfBuildProfile;
import io.quarkus.runtime.StartupEvent;

/**
 * Zero-setup SMTP for dev mode and the tests, the way they get an embedded PostgreSQL and Redis:
 * a real SMTP server (GreenMail) on {@code quarkus.mailer.host}:{@code quarkus.mailer.port}
 * (127.0.0.1:54393 in dev mode, 54394 in the tests), so that e-mails really leave through Quarkus
 * Mailer and the tests read what arrived. Set {@code QUARKUS_MAILER_HOST} to another server and
 * none is started.
 * <p>
 * The bean exists in the dev and test builds only, and GreenMail is a {@code provided}
 * dependency (pom.xml): the packaged application has neither. It starts only when GreenMail is on
 * the class path, and the library is reached by reflection so that nothing outside dev and test
 * links against it.
 */
@Singleton
@IfBuildProfile(anyOf = { "dev", "test" })
public class EmbeddedSmtp {

    private static final Logger LOG = Logger.getLogger(EmbeddedSmtp.class);
    static final String GREENMAIL = "com.icegreen.greenmail.util.GreenMail";

    private Object server;

    void onStart(@Observes @Priority(10) StartupEvent event) {
        String host = ConfigProvider.getConfig().getOptionalValue("quarkus.mailer.host", String.class).orElse("");
        int port = ConfigProvider.getConfig().getOptionalValue("quarkus.mailer.port", Integer.class).orElse(0);
        if (!(host.equals("127.0.0.1") || host.equals("localhost")) || port <= 0) {
            return;
        }
        start(port);
    }

    synchronized void start(int port) {
        if (server != null) {
            return;
        }
        try {
            Class<?> setupClass = Class.forName("com.icegreen.greenmail.util.ServerSetup");
            Object setup = setupClass.getConstructor(int.class, String.class, String.class).newInstance(port, "127.0.0.1", "smtp");
            Class<?> greenMail = Class.forName(GREENMAIL);
            Object started = greenMail.getConstructor(setupClass).newInstance(setup);
            greenMail.getMethod("start").invoke(started);
            server = started;
            LOG.infof("Embedded SMTP server (GreenMail) listening on 127.0.0.1:%d (set QUARKUS_MAILER_HOST to use another)", port);
        } catch (ClassNotFoundException e) {
            LOG.debugf("GreenMail is not on the class path: no embedded SMTP server");
        } catch (InvocationTargetException e) {
            LOG.warnf("Could not start the embedded SMTP server on port %d: %s", port, e.getCause());
        } catch (ReflectiveOperationException e) {
            LOG.warnf("Could not start the embedded SMTP server: %s", e);
        }
    }

    /** The running GreenMail ({@code com.icegreen.greenmail.util.GreenMail}), for tests to read what arrived; null when none. */
    public synchronized Object server() {
        return server;
    }

    @PreDestroy
    synchronized void stop() {
        if (server != null) {
            try {
                server.getClass().getMethod("stop").invoke(server);
            } catch (ReflectiveOperationException e) {
                LOG.debugf(e, "Could not stop the embedded SMTP server");
            }
            server = null;
        }
    }
}
