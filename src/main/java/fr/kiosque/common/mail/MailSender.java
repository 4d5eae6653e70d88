package fr.kiosque.common.mail;

import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import io.quarkus.mailer.Mail;
import io.quarkus.mailer.reactive.ReactiveMailer;
import io.quarkus.runtime.StartupEvent;

/**
 * Sends Kiosque's e-mails through Quarkus Mailer, configured by its standard keys
 * ({@code QUARKUS_MAILER_HOST}, {@code _PORT}, {@code _FROM}, {@code _USERNAME}, {@code _PASSWORD},
 * {@code _TLS}...). Sending never holds the request: the message is handed to the mailer and the
 * outcome is logged. Without a sender address ({@code QUARKUS_MAILER_FROM}) no e-mail can be sent:
 * the application starts all the same, warns once, and each e-mail it would have sent is logged
 * as not sent.
 */
@ApplicationScoped
public class MailSender {

    private static final Logger LOG = Logger.getLogger(MailSender.class);

    private final ReactiveMailer mailer;
    private final boolean configured;

    MailSender(ReactiveMailer mailer, @ConfigProperty(name = "quarkus.mailer.from") Optional<String> from) {
        this.mailer = mailer;
        this.configured = from.filter(value -> !value.isBlank()).isPresent();
    }

    void onStart(@Observes StartupEvent event) {
        if (!configured) {
            LOG.warn("No mail server is configured (QUARKUS_MAILER_HOST, QUARKUS_MAILER_PORT, QUARKUS_MAILER_FROM...):"
                    + " Kiosque sends no e-mail, so forgotten passwords cannot be reset by e-mail (docs/operations.md, \"E-mail\")");
        }
    }

    /** Whether e-mails can be sent at all. */
    public boolean configured() {
        return configured;
    }

    /**
     * Hands {@code mail} to the mailer and returns at once; {@code what} names it in the log (never
     * its recipient or content).
     */
    public void send(Mail mail, String what) {
        if (!configured) {
            LOG.warnf("No e-mail could be sent (%s): no mail server is configured (QUARKUS_MAILER_FROM)", what);
            return;
        }
        mailer.send(mail).subscribe().with(
                ignored -> LOG.debugf("E-mail sent (%s)", what),
                failure -> LOG.errorf("Could not send an e-mail (%s): %s", what, failure.toString()));
    }
}
