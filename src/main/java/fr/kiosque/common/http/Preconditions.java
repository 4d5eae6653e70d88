package fr.kiosque.common.http;

import fr.kiosque.common.error.ProblemException;
import fr.kiosque.common.error.ProblemType;

/**
 * Optimistic concurrency for staff writes. A resource's ETag is {@code "v<version>"}; every
 * update or delete of a versioned resource sends it back in {@code If-Match} (the bare version,
 * {@code 3} or {@code v3}, is accepted too). The comparison is strong (RFC 9110, 13.1.1): a weak
 * tag such as {@code W/"v3"} never matches.
 */
public final class Preconditions {

    /** The documentation of the If-Match header of every staff update and delete. */
    public static final String IF_MATCH_DESCRIPTION = "Obligatoire : l'ETag lu auparavant (\"v3\"). Sans lui : 428 ;"
            + " s'il ne correspond plus à la version actuelle, ou s'il est faible (W/\"v3\") : 412.";

    private Preconditions() {
    }

    public static String etag(long version) {
        return "\"v" + version + "\"";
    }

    /** 428 when If-Match is missing, 412 when none of its tags is the current version. */
    public static void requireMatch(String ifMatch, long currentVersion) {
        if (ifMatch == null || ifMatch.isBlank()) {
            throw new ProblemException(ProblemType.PRECONDITION_REQUIRED,
                    "Envoyez l'en-tête If-Match avec l'ETag de la ressource (" + etag(currentVersion)
                            + " pour sa version actuelle) afin de ne pas écraser une modification concurrente.");
        }
        for (String candidate : ifMatch.split(",")) {
            String value = candidate.strip();
            if (value.equals("*") || versionOf(value) == currentVersion) {
                return;
            }
        }
        throw new ProblemException(ProblemType.PRECONDITION_FAILED,
                "La ressource a été modifiée depuis votre lecture, ou l'ETag envoyé est faible : sa version actuelle est "
                        + etag(currentVersion) + ". Relisez-la avant de la modifier.");
    }

    /** The version a strong tag names; -1 for a weak or unreadable one. */
    private static long versionOf(String tag) {
        if (tag.startsWith("W/")) {
            return -1; // a weak tag never matches If-Match (strong comparison)
        }
        String value = tag;
        if (value.length() >= 2 && value.startsWith("\"") && value.endsWith("\"")) {
            value = value.substring(1, value.length() - 1);
        }
        if (value.startsWith("v")) {
            value = value.substring(1);
        }
        if (value.isEmpty() || !value.chars().allMatch(Character::isDigit)) {
            return -1;
        }
        try {
            return Long.parseLong(value);
        } catch (NumberFormatException e) {
            return -1;
        }
    }
}
