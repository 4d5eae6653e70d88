package fr.kiosque.common.time;

import java.time.Clock;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

import io.quarkus.arc.DefaultBean;

/**
 * The application's clock: inject {@link Clock} wherever "now" decides something (visibility,
 * schedules, rate-limit windows, expiry). The tests replace it with a clock they can move, so
 * that nothing waits on real time.
 */
@ApplicationScoped
class ClockProducer {

    @Produces
    @Singleton
    @DefaultBean
    Clock clock() {
        return Clock.systemUTC();
    }
}
