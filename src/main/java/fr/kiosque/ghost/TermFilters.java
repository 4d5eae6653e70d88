package fr.kiosque.ghost;

import java.util.Locale;
import java.util.function.Predicate;

import fr.kiosque.article.api.Syndication;

/**
 * What an NQL filter of {@code tags} or {@code authors} means: {@code slug}, {@code id} and
 * {@code visibility} (every term shown is {@code public}). The lists are short (sections, used tags,
 * signing authors), so the filter is applied to them in memory. Anything else is an
 * {@link Nql.InvalidFilter}.
 */
final class TermFilters {

    private TermFilters() {
    }

    static Predicate<Syndication.Term> predicate(String filter) {
        return filter == null || filter.isBlank() ? term -> true : predicate(Nql.parse(filter));
    }

    static Predicate<Syndication.Term> predicate(Nql.Node node) {
        if (node instanceof Nql.And and) {
            return and.nodes().stream().map(TermFilters::predicate).reduce(t -> true, Predicate::and);
        }
        if (node instanceof Nql.Or or) {
            return or.nodes().stream().map(TermFilters::predicate).reduce(t -> false, Predicate::or);
        }
        Nql.Condition c = (Nql.Condition) node;
        PostFilters.equalsOnly(c);
        Predicate<Syndication.Term> test = switch (c.field().toLowerCase(Locale.ROOT)) {
            case "slug" -> term -> c.values().contains(term.slug());
            case "id" -> term -> c.values().contains(GhostIds.of(term));
            case "visibility" -> term -> c.values().contains("public");
            default -> throw new Nql.InvalidFilter("Filtering on '" + c.field() + "' is not supported here (docs/ghost.md lists what is)");
        };
        return c.negated() ? test.negate() : test;
    }
}
