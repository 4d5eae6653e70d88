package fr.kiosque.common.http;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;

import fr.kiosque.common.error.ProblemException;

/**
 * Query parameters arrive as text and are parsed here, so that a wrong value gets a 400 that
 * names the parameter (JAX-RS would answer 404 for an unconvertible parameter).
 */
public final class QueryParams {

    private QueryParams() {
    }

    /** {@code 2026-11-20} (midnight UTC) or {@code 2026-11-20T08:00:00Z} / {@code …+01:00}. */
    public static Instant instant(String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String text = value.strip();
        try {
            if (text.length() == 10) {
                return LocalDate.parse(text).atStartOfDay(ZoneOffset.UTC).toInstant();
            }
            return OffsetDateTime.parse(text).toInstant();
        } catch (DateTimeParseException e) {
            throw ProblemException.invalidParameter(name, "date");
        }
    }

    public static <E extends Enum<E>> E enumValue(String name, String value, Class<E> type) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, value.strip());
        } catch (IllegalArgumentException e) {
            throw ProblemException.invalidParameter(name, "enum.allowed", java.util.Arrays.toString(type.getEnumConstants()));
        }
    }

    /** A slug filter: blank means none; anything else must look like a slug. */
    public static String slug(String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        if (!fr.kiosque.common.text.Slugs.isValid(value.strip())) {
            throw ProblemException.invalidParameter(name, "slug");
        }
        return value.strip();
    }

    /** The name of one {@code name=value} pair of a raw query string, decoded; null when it cannot be decoded. */
    public static String decodedName(String pair) {
        int equals = pair.indexOf('=');
        try {
            return URLDecoder.decode(equals < 0 ? pair : pair.substring(0, equals), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
