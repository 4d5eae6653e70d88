package fr.kiosque.article.api;

import java.time.Instant;
import java.util.List;

/**
 * A filter on the articles the public sees, as other features state it (the Ghost Content API's
 * NQL filters, parsed in ghost/): a tree of conditions that article/ turns into one parameterized
 * HQL condition, never into text holding the values. Visibility is not part of it: every read
 * composes {@code ArticleVisibility} whatever the filter.
 */
public sealed interface ArticleCriteria {

    /** The properties a filter names. */
    enum Field {
        /** the section or one of the tags, by slug */
        TAG,
        /** the section, by slug */
        PRIMARY_TAG,
        /** one of the authors, by slug */
        AUTHOR,
        SLUG,
        /** the article's id (text that is not a number matches none) */
        ID
    }

    enum Comparison {
        EQ, GT, GTE, LT, LTE
    }

    /** The field equals one of the values. */
    record In(Field field, List<String> values) implements ArticleCriteria {
        public In {
            values = List.copyOf(values);
        }
    }

    /** The editor's featured flag has this value. */
    record Featured(boolean value) implements ArticleCriteria {
    }

    /** The publication date compares so with the instant. */
    record PublishedAt(Comparison comparison, Instant value) implements ArticleCriteria {
    }

    /** Always true or always false (a property every public article has, or none has). */
    record Constant(boolean value) implements ArticleCriteria {
    }

    record Not(ArticleCriteria criteria) implements ArticleCriteria {
    }

    record All(List<ArticleCriteria> criteria) implements ArticleCriteria {
        public All {
            criteria = List.copyOf(criteria);
        }
    }

    record Any(List<ArticleCriteria> criteria) implements ArticleCriteria {
        public Any {
            criteria = List.copyOf(criteria);
        }
    }

    /** No condition beyond visibility. */
    ArticleCriteria NONE = new Constant(true);

    /** An order of the list: a field, ascending or descending. */
    record Order(OrderField field, boolean descending) {
    }

    enum OrderField {
        PUBLISHED_AT, UPDATED_AT, CREATED_AT, TITLE, SLUG, ID, FEATURED
    }
}
