package fr.kiosque.ghost;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The query parameters Ghost's clients send, read as text (a value that is not valid is a 400 in
 * Ghost's shape): {@code limit} (a number, or {@code all} up to {@code kiosque.ghost.max-limit}),
 * {@code page}, {@code order}, {@code include}, {@code fields}, {@code formats}.
 */
record GhostParams(int limit, int page, List<Map.Entry<String, Boolean>> order, Set<String> include, Set<String> fields,
        Set<String> formats) {

    /** Ghost's default page size. */
    static final int DEFAULT_LIMIT = 15;

    static GhostParams of(String limit, String page, String order, String include, String fields, String formats, int maxLimit) {
        return new GhostParams(limit(limit, maxLimit), page(page), order(order), set(include), set(fields),
                formats == null || formats.isBlank() ? Set.of("html") : set(formats));
    }

    int offset() {
        return (page - 1) * limit;
    }

    boolean includes(String what) {
        return include.contains(what);
    }

    private static int limit(String value, int max) {
        if (value == null || value.isBlank()) {
            return Math.min(DEFAULT_LIMIT, max);
        }
        if ("all".equals(value.strip())) {
            return max;
        }
        int limit = number(value, "limit");
        if (limit < 1 || limit > max) {
            throw GhostException.badRequest("limit is a number from 1 to " + max + ", or all (at most " + max + " items then)");
        }
        return limit;
    }

    private static int page(String value) {
        if (value == null || value.isBlank()) {
            return 1;
        }
        int page = number(value, "page");
        if (page < 1 || page > 1_000_000) {
            throw GhostException.badRequest("page is a number from 1");
        }
        return page;
    }

    private static int number(String value, String name) {
        try {
            return Integer.parseInt(value.strip());
        } catch (NumberFormatException e) {
            throw GhostException.badRequest(name + " is not a number");
        }
    }

    /** {@code published_at desc, title asc}: field → descending, in order; the direction defaults to ascending. */
    private static List<Map.Entry<String, Boolean>> order(String value) {
        if (value == null || value.isBlank()) {
            return List.of();
        }
        Map<String, Boolean> order = new LinkedHashMap<>();
        for (String part : value.split(",")) {
            String[] words = part.strip().split("\\s+");
            if (words.length == 0 || words.length > 2 || words[0].isEmpty()) {
                throw GhostException.badRequest("order is a list of 'field asc|desc'");
            }
            String direction = words.length == 2 ? words[1].toLowerCase(Locale.ROOT) : "asc";
            if (!direction.equals("asc") && !direction.equals("desc")) {
                throw GhostException.badRequest("An order's direction is asc or desc");
            }
            order.putIfAbsent(words[0].toLowerCase(Locale.ROOT), direction.equals("desc"));
        }
        return new ArrayList<>(order.entrySet());
    }

    private static Set<String> set(String value) {
        if (value == null || value.isBlank()) {
            return Set.of();
        }
        return Arrays.stream(value.split(",")).map(String::strip).filter(s -> !s.isEmpty())
                .map(s -> s.toLowerCase(Locale.ROOT)).collect(Collectors.toUnmodifiableSet());
    }
}
