package fr.kiosque.common.text;

import java.text.Normalizer;
import java.util.Locale;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * URL slugs with French accents folded: "Fiches métiers" → {@code fiches-metiers},
 * "Quitter X : un dilemme" → {@code quitter-x-un-dilemme}.
 */
public final class Slugs {

    public static final int MAX_LENGTH = 120;
    public static final String PATTERN = "^[a-z0-9]+(?:-[a-z0-9]+)*$";

    private static final Pattern COMBINING_MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern NON_ALPHANUMERIC = Pattern.compile("[^a-z0-9]+");
    private static final Pattern VALID = Pattern.compile(PATTERN);
    private static final Pattern TRAILING_NUMBERS = Pattern.compile("(-[0-9]+)+$");

    private Slugs() {
    }

    public static String slugify(String text) {
        if (text == null) {
            return "";
        }
        String folded = text.strip()
                .replace("œ", "oe").replace("Œ", "Oe")
                .replace("æ", "ae").replace("Æ", "Ae")
                .replace("ß", "ss");
        folded = COMBINING_MARKS.matcher(Normalizer.normalize(folded, Normalizer.Form.NFD)).replaceAll("");
        String slug = NON_ALPHANUMERIC.matcher(folded.toLowerCase(Locale.ROOT)).replaceAll("-");
        slug = trimDashes(slug);
        if (slug.length() > MAX_LENGTH) {
            slug = slug.substring(0, MAX_LENGTH);
            int lastDash = slug.lastIndexOf('-');
            if (lastDash > MAX_LENGTH / 2) {
                slug = slug.substring(0, lastDash);
            }
            slug = trimDashes(slug);
        }
        return slug;
    }

    /**
     * The first of {@code base}, {@code base-2}, {@code base-3}… that is not taken, at most
     * {@code maxLength} long (the base is cut to make room for the number).
     */
    public static String firstFree(String base, int maxLength, Predicate<String> taken) {
        String candidate = base;
        for (int n = 2; taken.test(candidate); n++) {
            String suffix = "-" + n;
            String stem = base.length() + suffix.length() > maxLength
                    ? trimDashes(base.substring(0, maxLength - suffix.length())) : base;
            candidate = stem + suffix;
        }
        return candidate;
    }

    /**
     * What {@link #firstFree} numbers: {@code quitter-x} for {@code quitter-x}, {@code quitter-x-2}
     * and {@code quitter-x-2-3}. Two writers that might pick the same slug share it, so they can take
     * turns on a lock named after it.
     */
    public static String family(String slug) {
        String stem = TRAILING_NUMBERS.matcher(slug).replaceFirst("");
        return stem.isEmpty() ? slug : stem;
    }

    public static boolean isValid(String slug) {
        return slug != null && slug.length() <= MAX_LENGTH && VALID.matcher(slug).matches();
    }

    private static String trimDashes(String slug) {
        int start = 0;
        int end = slug.length();
        while (start < end && slug.charAt(start) == '-') {
            start++;
        }
        while (end > start && slug.charAt(end - 1) == '-') {
            end--;
        }
        return slug.substring(start, end);
    }
}
