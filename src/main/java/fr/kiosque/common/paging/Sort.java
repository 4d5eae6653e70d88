package fr.kiosque.common.paging;

import java.util.Map;

import fr.kiosque.common.error.ProblemException;

/**
 * A {@code sort=-publishedAt} parameter checked against an allow-list that maps API field names
 * to query expressions. Anything else is a 400 naming {@code sort}.
 */
public record Sort(String field, boolean descending, String expression) {

    public static Sort parse(String value, String defaultValue, Map<String, String> allowed) {
        String raw = value == null || value.isBlank() ? defaultValue : value.trim();
        boolean descending = raw.startsWith("-");
        String field = descending || raw.startsWith("+") ? raw.substring(1) : raw;
        String expression = allowed.get(field);
        if (expression == null) {
            throw ProblemException.invalidParameter("sort", "sort.allowed",
                    String.join(", ", allowed.keySet().stream().sorted().toList()));
        }
        return new Sort(field, descending, expression);
    }

    /** {@code a.publishedAt desc}, ready for an ORDER BY clause. */
    public String orderBy() {
        return expression + (descending ? " desc" : " asc");
    }
}
