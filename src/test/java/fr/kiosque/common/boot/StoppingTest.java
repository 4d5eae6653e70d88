package fr.kiosque.common.boot;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import io.quarkus.runtime.ShutdownDelayInitiatedEvent;

/** When new requests are refused; the whole shutdown, on the packaged app, is {@link PackagedAppIT}. */
class StoppingTest {

    @Test
    void refusesFromTheStartOfShutdownWithoutADelay() {
        Stopping stopping = new Stopping(Optional.empty());
        assertThat(stopping.refusesNewRequests()).isFalse();
        stopping.begin(new ShutdownDelayInitiatedEvent());
        assertThat(stopping.refusesNewRequests()).isTrue();
    }

    @Test
    void aShutdownDelayKeepsServingUntilItIsOver() {
        Stopping stopping = new Stopping(Optional.of(Duration.ofHours(1)));
        stopping.begin(new ShutdownDelayInitiatedEvent());
        assertThat(stopping.refusesNewRequests()).isFalse();

        Stopping zero = new Stopping(Optional.of(Duration.ZERO));
        zero.begin(new ShutdownDelayInitiatedEvent());
        assertThat(zero.refusesNewRequests()).isTrue();
    }
}
