package fr.kiosque.ghost;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;

import fr.kiosque.article.api.ArticleCriteria;
import fr.kiosque.article.api.ArticleCriteria.Field;

/**
 * What an NQL filter of {@code posts} means on Kiosque's articles (docs/ghost.md): {@code tag},
 * {@code tags}, {@code tags.slug} (the section or a tag), {@code primary_tag} (the section),
 * {@code author}, {@code authors}, {@code authors.slug}, {@code slug}, {@code id}, {@code featured},
 * {@code published_at} comparisons; {@code visibility:public} and {@code status:published} hold for
 * every post the API shows. Any other property is an {@link Nql.InvalidFilter}, never ignored.
 */
final class PostFilters {

    private PostFilters() {
    }

    static ArticleCriteria criteria(String filter) {
        return filter == null || filter.isBlank() ? ArticleCriteria.NONE : criteria(Nql.parse(filter));
    }

    static ArticleCriteria criteria(Nql.Node node) {
        if (node instanceof Nql.And and) {
            return new ArticleCriteria.All(and.nodes().stream().map(PostFilters::criteria).toList());
        }
        if (node instanceof Nql.Or or) {
            return new ArticleCriteria.Any(or.nodes().stream().map(PostFilters::criteria).toList());
        }
        Nql.Condition condition = (Nql.Condition) node;
        ArticleCriteria criteria = condition(condition);
        return condition.negated() ? new ArticleCriteria.Not(criteria) : criteria;
    }

    private static ArticleCriteria condition(Nql.Condition c) {
        String field = c.field().toLowerCase(Locale.ROOT);
        switch (field) {
            case "tag", "tags", "tags.slug":
                return in(c, Field.TAG);
            case "primary_tag", "primary_tag.slug":
                return in(c, Field.PRIMARY_TAG);
            case "author", "authors", "authors.slug":
                return in(c, Field.AUTHOR);
            case "slug":
                return in(c, Field.SLUG);
            case "id":
                return in(c, Field.ID);
            case "featured":
                equalsOnly(c);
                return anyOf(c.values().stream().map(v -> (ArticleCriteria) new ArticleCriteria.Featured(bool(v))).toList());
            case "visibility":
                equalsOnly(c);
                return new ArticleCriteria.Constant(c.values().contains("public"));
            case "status":
                equalsOnly(c);
                return new ArticleCriteria.Constant(c.values().contains("published"));
            case "published_at":
                if (c.values().size() != 1) {
                    throw new Nql.InvalidFilter("published_at takes one date, not a list");
                }
                return new ArticleCriteria.PublishedAt(comparison(c.op()), instant(c.values().get(0)));
            default:
                throw new Nql.InvalidFilter("Posts are filtered on tag, tags, primary_tag, author, authors.slug, slug, id, featured,"
                        + " published_at and visibility only (docs/ghost.md)");
        }
    }

    private static ArticleCriteria in(Nql.Condition c, Field field) {
        equalsOnly(c);
        return new ArticleCriteria.In(field, c.values());
    }

    private static ArticleCriteria anyOf(List<ArticleCriteria> criteria) {
        return criteria.size() == 1 ? criteria.get(0) : new ArticleCriteria.Any(criteria);
    }

    static void equalsOnly(Nql.Condition c) {
        if (c.op() != Nql.Op.EQ) {
            throw new Nql.InvalidFilter("Only published_at takes a comparison operator");
        }
    }

    private static boolean bool(String value) {
        return switch (value) {
            case "true" -> true;
            case "false" -> false;
            default -> throw new Nql.InvalidFilter("featured is true or false");
        };
    }

    private static ArticleCriteria.Comparison comparison(Nql.Op op) {
        return switch (op) {
            case EQ -> ArticleCriteria.Comparison.EQ;
            case GT -> ArticleCriteria.Comparison.GT;
            case GTE -> ArticleCriteria.Comparison.GTE;
            case LT -> ArticleCriteria.Comparison.LT;
            case LTE -> ArticleCriteria.Comparison.LTE;
        };
    }

    /** {@code 2026-11-20}, {@code 2026-11-20 08:00:00} (UTC, Ghost's form) or ISO-8601 with an offset. */
    static Instant instant(String value) {
        try {
            if (value.length() == 10) {
                return LocalDate.parse(value).atStartOfDay(ZoneOffset.UTC).toInstant();
            }
            if (value.length() == 19) {
                return LocalDateTime.parse(value.replace(' ', 'T')).toInstant(ZoneOffset.UTC);
            }
            return OffsetDateTime.parse(value.replace(' ', 'T')).toInstant();
        } catch (DateTimeParseException e) {
            throw new Nql.InvalidFilter("published_at takes a date (2026-11-20 or '2026-11-20 08:00:00')");
        }
    }
}
