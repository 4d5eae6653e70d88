package fr.kiosque.common.http;

import fr.kiosque.common.error.ProblemException;
import fr.kiosque.common.error.ProblemType;

/**
 * Optimistic concurrency for staff updates. A resource's ETag is {@code "v<version>"}; clients
 * send it back in {@code If-Match} (the bare version number is accepted too).
 */
public final class Preconditions {

    private Preconditions() {
    }

    public static String etag(long version) {
        return "\"v" + version + "\"";
    }

    /** 428 when If-Match is missing, 412 when it names another version. */
    public static void requireMatch(String ifMatch, long currentVersion) {
        if (ifMatch == null || ifMatch.isBlank()) {
            throw new ProblemException(ProblemType.PRECONDITION_REQUIRED,
                    "Envoyez l'en-tête If-Match avec l'ETag de la ressource (" + etag(currentVersion)
                            + " pour sa version actuelle) afin de ne pas écraser une modification concurrente.");
        }
        checkMatch(ifMatch, currentVersion);
    }

    /** 412 when If-Match is present and names another version; nothing when it is absent. */
    public static void checkMatch(String ifMatch, long currentVersion) {
        if (ifMatch == null || ifMatch.isBlank()) {
            return;
        }
        for (String candidate : ifMatch.split(",")) {
            String value = candidate.strip();
            if (value.equals("*") || versionOf(value) == currentVersion) {
                return;
            }
        }
        throw new ProblemException(ProblemType.PRECONDITION_FAILED,
                "La ressource a été modifiée depuis votre lecture : sa version actuelle est " + etag(currentVersion)
                        + ". Relisez-la avant de la modifier.");
    }

    private static long versionOf(String tag) {
        String value = tag;
        if (value.startsWith("W/")) {
            value = value.substring(2);
        }
        if (value.length() >= 2 && value.startsWith("\"") && value.endsWith("\"")) {
            value = value.substring(1, value.length() - 1);
        }
        if (value.startsWith("v")) {
            value = value.substring(1);
        }
        try {
            return Long.parseLong(value);
        } catch (NumberFormatException e) {
            return -1;
        }
    }
}
