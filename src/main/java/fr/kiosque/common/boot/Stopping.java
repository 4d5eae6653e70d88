package fr.kiosque.common.boot;

import java.time.Duration;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import io.quarkus.runtime.ShutdownDelayInitiatedEvent;

/**
 * Whether the application is stopping (SIGTERM) and so refuses new requests, while those in flight
 * finish within {@code quarkus.shutdown.timeout} (common/error/RouterProblems answers the new ones
 * 503). Quarkus itself would still serve them, each with {@code Connection: close}, until the
 * listener closes.
 *
 * <p>Quarkus announces the start of its graceful shutdown, before it waits for requests in flight,
 * with {@link ShutdownDelayInitiatedEvent}, fired when {@code quarkus.shutdown.delay-enabled} is
 * on (it also turns {@code /q/health/ready} DOWN then). New requests are served until
 * {@code quarkus.shutdown.delay} (none by default) is over: that delay is there for a load
 * balancer to see the readiness change before anything is refused.
 */
@ApplicationScoped
public class Stopping {

    private final long delayNanos;
    private volatile boolean initiated;
    private volatile long refusingFrom;

    Stopping(@ConfigProperty(name = "quarkus.shutdown.delay") Optional<Duration> delay) {
        this.delayNanos = delay.filter(d -> !d.isNegative()).orElse(Duration.ZERO).toNanos();
    }

    void begin(@Observes ShutdownDelayInitiatedEvent event) {
        refusingFrom = System.nanoTime() + delayNanos;
        initiated = true;
    }

    /** Whether a request arriving now is refused: the application is stopping and its delay, if any, is over. */
    public boolean refusesNewRequests() {
        return initiated && System.nanoTime() - refusingFrom >= 0;
    }
}
