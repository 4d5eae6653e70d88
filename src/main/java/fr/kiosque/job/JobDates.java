package fr.kiosque.job;

import java.time.Instant;
import java.time.Period;
import java.time.ZoneOffset;

/** Periods of the jobs' configuration (validity, benchmark window) added to instants, in UTC. */
final class JobDates {

    private JobDates() {
    }

    static Instant plus(Instant instant, Period period) {
        return instant.atZone(ZoneOffset.UTC).plus(period).toInstant();
    }

    static Instant minus(Instant instant, Period period) {
        return instant.atZone(ZoneOffset.UTC).minus(period).toInstant();
    }
}
