package fr.kiosque.common.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;

import org.junit.jupiter.api.Test;

class HttpDateTest {

    @Test
    void theDayHasTwoDigitsAndTheZoneIsGmt() {
        assertThat(HttpDate.format(Instant.parse("2026-11-05T08:04:09Z"))).isEqualTo("Thu, 05 Nov 2026 08:04:09 GMT");
        assertThat(HttpDate.format(Instant.parse("2026-12-24T23:59:59.999Z"))).isEqualTo("Thu, 24 Dec 2026 23:59:59 GMT");
    }

    @Test
    void nowIsTheCurrentSecond() {
        Instant before = Instant.now().minusSeconds(1);
        String now = HttpDate.now();
        assertThat(java.time.ZonedDateTime.parse(now, java.time.format.DateTimeFormatter.RFC_1123_DATE_TIME).toInstant())
                .isBetween(before.truncatedTo(java.time.temporal.ChronoUnit.SECONDS), Instant.now());
    }
}
