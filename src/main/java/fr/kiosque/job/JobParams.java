package fr.kiosque.job;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

import fr.kiosque.common.error.ProblemException;
import fr.kiosque.common.http.QueryParams;

/**
 * The query parameters of the job routes, read as text so that a bad value is a 400 naming
 * the parameter. Filters on a facet dimension take several values, repeated
 * ({@code contract=CDI&contract=CDD}) or comma-separated ({@code contract=CDI,CDD}): at most
 * {@value #MAX_VALUES} repetitions and {@value #MAX_VALUES} distinct values (the contract states
 * the first as the parameter's {@code maxItems}).
 */
final class JobParams {

    static final int MAX_TEXT = 200;
    static final int MAX_WORDS = 10;
    static final int MAX_VALUES = 20;

    private JobParams() {
    }

    static Set<Contract> contracts(List<String> values) {
        return several("contract", values, v -> QueryParams.enumValue("contract", v, Contract.class));
    }

    static Set<RemoteWork> remotes(List<String> values) {
        return several("remote", values, v -> QueryParams.enumValue("remote", v, RemoteWork.class));
    }

    static Set<Region> regions(List<String> values) {
        return several("region", values, v -> Region.fromSlug(v)
                .orElseThrow(() -> ProblemException.invalidParameter("region", "enum.allowed", Region.slugs())));
    }

    static Set<String> profiles(List<String> values) {
        return several("profile", values, v -> QueryParams.slug("profile", v));
    }

    /** {@code q}: the words of a free-text filter (at most 10, 200 characters in all); none when blank. */
    static List<String> words(String q) {
        if (q == null || q.isBlank()) {
            return List.of();
        }
        if (q.length() > MAX_TEXT) {
            throw ProblemException.invalidParameter("q", "text.max", MAX_TEXT);
        }
        List<String> words = new ArrayList<>(new LinkedHashSet<>(Arrays.asList(q.strip().split("\\s+"))));
        if (words.size() > MAX_WORDS) {
            throw ProblemException.invalidParameter("q", "words.max", MAX_WORDS);
        }
        return words;
    }

    static String text(String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        if (value.length() > MAX_TEXT) {
            throw ProblemException.invalidParameter(name, "text.max", MAX_TEXT);
        }
        return value.strip();
    }

    /** A whole number, 0 or more; none when blank. */
    static Long amount(String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        long amount;
        try {
            amount = Long.parseLong(value.strip());
        } catch (NumberFormatException e) {
            throw ProblemException.invalidParameter(name, "integer");
        }
        if (amount < 0) {
            throw ProblemException.invalidParameter(name, "number.min", 0);
        }
        return amount;
    }

    private static <T> Set<T> several(String name, List<String> values, Function<String, T> parse) {
        Set<T> parsed = new LinkedHashSet<>();
        if (values == null) {
            return parsed;
        }
        if (values.size() > MAX_VALUES) {
            throw ProblemException.invalidParameter(name, "values.max", MAX_VALUES);
        }
        for (String value : values) {
            if (value == null) {
                continue;
            }
            for (String part : value.split(",")) {
                if (!part.isBlank()) {
                    parsed.add(parse.apply(part.strip()));
                }
            }
        }
        if (parsed.size() > MAX_VALUES) {
            throw ProblemException.invalidParameter(name, "values.max", MAX_VALUES);
        }
        return parsed;
    }
}
