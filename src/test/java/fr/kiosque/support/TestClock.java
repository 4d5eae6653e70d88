package fr.kiosque.support;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

import jakarta.inject.Singleton;

/**
 * The clock of the test application: real time plus an offset that a test moves forward
 * instead of sleeping. Replaces the application's default {@link Clock} bean. A test that
 * moves it calls {@link #reset()} when it ends (try/finally or @AfterEach), because every
 * test class shares the one application.
 */
@Singleton
public class TestClock extends Clock {

    private volatile Duration offset = Duration.ZERO;

    /** Moves "now" forward (or back, with a negative duration) for the whole application. */
    public void advance(Duration duration) {
        offset = offset.plus(duration);
    }

    public void reset() {
        offset = Duration.ZERO;
    }

    @Override
    public Instant instant() {
        return Instant.now().plus(offset);
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return this;
    }
}
