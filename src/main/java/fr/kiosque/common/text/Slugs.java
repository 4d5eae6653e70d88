package fr.kiosque.common.text;

import java.text.Normalizer;
import java.util.Locale;
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
