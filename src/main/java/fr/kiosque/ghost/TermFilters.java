package fr.kiosque.ghost;

import java.util.Locale;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * What an NQL filter of {@code tags}, {@code authors} or {@code pages} means: {@code slug},
 * {@code id} and {@code visibility} (everything shown is {@code public}). The lists are short
 * (sections, used tags, signing authors, standing pages), so the filter is applied to them in
 * memory. Anything else is an {@link Nql.InvalidFilter}.
 */
final class TermFilters {

    private TermFilters() {
    }

    /** The filter on records whose Ghost slug and id these functions read. */
    static <T> Predicate<T> predicate(String filter, Function<T, String> slug, Function<T, String> id) {
        return filter == null || filter.isBlank() ? t -> true : predicate(Nql.parse(filter), slug, id);
    }

    private static <T> Predicate<T> predicate(Nql.Node node, Function<T, String> slug, Function<T, String> id) {
        if (node instanceof Nql.And and) {
            return and.nodes().stream().map(n -> predicate(n, slug, id)).reduce(t -> true, Predicate::and);
        }
        if (node instanceof Nql.Or or) {
            return or.nodes().stream().map(n -> predicate(n, slug, id)).reduce(t -> false, Predicate::or);
        }
        Nql.Condition c = (Nql.Condition) node;
        PostFilters.equalsOnly(c);
        Predicate<T> test = switch (c.field().toLowerCase(Locale.ROOT)) {
            case "slug" -> t -> c.values().contains(slug.apply(t));
            case "id" -> t -> c.values().contains(id.apply(t));
            case "visibility" -> t -> c.values().contains("public");
            default -> throw new Nql.InvalidFilter("This list is filtered on slug, id and visibility only (docs/ghost.md)");
        };
        return c.negated() ? test.negate() : test;
    }
}
