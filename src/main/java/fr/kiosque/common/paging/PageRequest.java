package fr.kiosque.common.paging;

import fr.kiosque.common.error.ProblemException;

/**
 * A page asked for by a client: {@code page} starts at 1, {@code size} defaults to 20 and may not
 * exceed 100. Out-of-range or non-numeric values are a 400 naming the parameter, never clamped.
 * Parameters arrive as text so that "abc" gets that 400 rather than JAX-RS's 404.
 */
public record PageRequest(int number, int size) {

    public static final int DEFAULT_SIZE = 20;
    public static final int MAX_SIZE = 100;

    public static PageRequest of(String page, String size) {
        int number = parse("page", page, 1);
        int pageSize = parse("size", size, DEFAULT_SIZE);
        if (number < 1) {
            throw ProblemException.invalidParameter("page", "page.min");
        }
        if (pageSize < 1 || pageSize > MAX_SIZE) {
            throw ProblemException.invalidParameter("size", "page.size", MAX_SIZE);
        }
        if ((long) (number - 1) * pageSize > Integer.MAX_VALUE) {
            throw ProblemException.invalidParameter("page", "page.overflow");
        }
        return new PageRequest(number, pageSize);
    }

    private static int parse(String name, String value, int defaultValue) {
        if (value == null || value.isBlank()) {
            return defaultValue;
        }
        try {
            return Integer.parseInt(value.trim());
        } catch (NumberFormatException e) {
            throw ProblemException.invalidParameter(name, "integer");
        }
    }

    public int offset() {
        return (number - 1) * size;
    }
}
