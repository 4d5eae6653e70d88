package fr.kiosque.common.http;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * HTTP dates, IMF-fixdate (RFC 9110, 5.6.7): {@code Thu, 05 Nov 2026 15:30:00 GMT}, the day on two
 * digits ({@code RFC_1123_DATE_TIME} writes {@code 5 Nov}). The current one is formatted once a second.
 */
public final class HttpDate {

    private static final DateTimeFormatter FORMAT = DateTimeFormatter.ofPattern("EEE, dd MMM yyyy HH:mm:ss 'GMT'", Locale.ENGLISH)
            .withZone(ZoneOffset.UTC);

    private record Formatted(long second, String value) {
    }

    private static volatile Formatted last = new Formatted(-1, "");

    private HttpDate() {
    }

    public static String format(Instant instant) {
        return FORMAT.format(instant);
    }

    /** Now, for the {@code Date} header. */
    static String now() {
        long second = System.currentTimeMillis() / 1000;
        Formatted formatted = last;
        if (formatted.second() != second) {
            formatted = new Formatted(second, format(Instant.ofEpochSecond(second)));
            last = formatted;
        }
        return formatted.value();
    }
}
