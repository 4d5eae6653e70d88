package fr.kiosque.ghost;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import fr.kiosque.article.api.ArticleCriteria;
import fr.kiosque.article.api.ArticleCriteria.Field;

/** The NQL subset: what parses into what, what is refused, and that values never reach query text. */
class NqlTest {

    @Test
    void aConditionAListANegationAndAComparison() {
        assertThat(Nql.parse("tag:photo")).isEqualTo(new Nql.Condition("tag", false, Nql.Op.EQ, List.of("photo")));
        assertThat(Nql.parse("tag:[a,b, c]")).isEqualTo(new Nql.Condition("tag", false, Nql.Op.EQ, List.of("a", "b", "c")));
        assertThat(Nql.parse("tag:-[a,b]")).isEqualTo(new Nql.Condition("tag", true, Nql.Op.EQ, List.of("a", "b")));
        assertThat(Nql.parse("published_at:>='2026-11-20 08:00:00'"))
                .isEqualTo(new Nql.Condition("published_at", false, Nql.Op.GTE, List.of("2026-11-20 08:00:00")));
        assertThat(Nql.parse("published_at:<2026-11-20")).isEqualTo(new Nql.Condition("published_at", false, Nql.Op.LT, List.of("2026-11-20")));
    }

    @Test
    void andBindsTighterThanOrAndParenthesesGroup() {
        Nql.Node node = Nql.parse("tag:a+featured:true,author:b");
        assertThat(node).isInstanceOf(Nql.Or.class);
        assertThat(((Nql.Or) node).nodes().get(0)).isInstanceOf(Nql.And.class);

        Nql.Node grouped = Nql.parse("tag:a+(featured:true,author:b)");
        assertThat(grouped).isInstanceOf(Nql.And.class);
        assertThat(((Nql.And) grouped).nodes().get(1)).isInstanceOf(Nql.Or.class);
    }

    @Test
    void postFiltersBecomeCriteria() {
        assertThat(PostFilters.criteria("primary_tag:le-magazine+tag:-[a,b]")).isEqualTo(new ArticleCriteria.All(List.of(
                new ArticleCriteria.In(Field.PRIMARY_TAG, List.of("le-magazine")),
                new ArticleCriteria.Not(new ArticleCriteria.In(Field.TAG, List.of("a", "b"))))));
        assertThat(PostFilters.criteria("authors.slug:anne,featured:true")).isEqualTo(new ArticleCriteria.Any(List.of(
                new ArticleCriteria.In(Field.AUTHOR, List.of("anne")), new ArticleCriteria.Featured(true))));
        assertThat(PostFilters.criteria("published_at:>'2026-11-20 08:00:00'")).isEqualTo(
                new ArticleCriteria.PublishedAt(ArticleCriteria.Comparison.GT, Instant.parse("2026-11-20T08:00:00Z")));
        assertThat(PostFilters.criteria("visibility:public")).isEqualTo(new ArticleCriteria.Constant(true));
    }

    @ParameterizedTest
    @ValueSource(strings = { "tag", "tag:", ":a", "tag:a+", "tag:[a,b", "(tag:a", "tag:a)", "tag:'a", "tag:~a",
            "tag:>[a,b]", "tag:a b", "tag:a;drop", "((((((((((tag:a))))))))))" })
    void malformedFiltersAreRefused(String filter) {
        assertThatThrownBy(() -> Nql.parse(filter)).isInstanceOf(Nql.InvalidFilter.class);
    }

    @ParameterizedTest
    @ValueSource(strings = { "title:x", "html:x", "status:>published", "featured:maybe", "published_at:[2026-01-01,2026-02-01]",
            "published_at:yesterday", "slug:>a", "primary_author:anne", "tag:a+body:x" })
    void unsupportedPropertiesAndValuesAreRefused(String filter) {
        assertThatThrownBy(() -> PostFilters.criteria(filter)).isInstanceOf(Nql.InvalidFilter.class);
    }

    @Test
    void aFilterOverTheBoundsIsRefused() {
        assertThatThrownBy(() -> Nql.parse("tag:" + "a".repeat(Nql.MAX_LENGTH))).isInstanceOf(Nql.InvalidFilter.class);
        StringBuilder many = new StringBuilder("tag:[a");
        for (int i = 0; i < Nql.MAX_VALUES; i++) {
            many.append(",a").append(i);
        }
        assertThatThrownBy(() -> Nql.parse(many.append(']').toString())).isInstanceOf(Nql.InvalidFilter.class);
    }

    /** Injection attempts: quoted text with SQL in it stays one value (article/ binds values as parameters: ArticleCriteriaHqlTest). */
    @Test
    void injectionAttemptsStayValues() {
        assertThat(PostFilters.criteria("slug:'x or 1=1 --'")).isEqualTo(new ArticleCriteria.In(Field.SLUG, List.of("x or 1=1 --")));
        assertThat(PostFilters.criteria("tag:'a) or (1=1'")).isEqualTo(new ArticleCriteria.In(Field.TAG, List.of("a) or (1=1")));
        assertThat(PostFilters.criteria("author:'\\' union select password_hash from user_account --'"))
                .isEqualTo(new ArticleCriteria.In(Field.AUTHOR, List.of("' union select password_hash from user_account --")));
        assertThatThrownBy(() -> Nql.parse("slug:'x'' or 1=1 --'")).isInstanceOf(Nql.InvalidFilter.class);
        assertThatThrownBy(() -> Nql.parse("slug:x;delete from article")).isInstanceOf(Nql.InvalidFilter.class);
    }
}
