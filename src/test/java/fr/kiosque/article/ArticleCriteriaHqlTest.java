package fr.kiosque.article;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import fr.kiosque.article.api.ArticleCriteria;
import fr.kiosque.article.api.ArticleCriteria.Field;

/** Criteria become HQL whose values are all bound parameters: no value, however hostile, is ever query text. */
class ArticleCriteriaHqlTest {

    private static final List<String> HOSTILE = List.of("x' or '1'='1", "a) or (1=1", "' union select password_hash from user_account --",
            "x\"; delete from article; --");

    @Test
    void everyValueIsAParameter() {
        ArticleCriteria criteria = new ArticleCriteria.Any(List.of(
                new ArticleCriteria.All(List.of(new ArticleCriteria.In(Field.TAG, HOSTILE), new ArticleCriteria.Not(
                        new ArticleCriteria.In(Field.AUTHOR, HOSTILE)))),
                new ArticleCriteria.In(Field.SLUG, HOSTILE), new ArticleCriteria.In(Field.PRIMARY_TAG, HOSTILE),
                new ArticleCriteria.In(Field.ID, List.of("1 or 1=1", "42")), new ArticleCriteria.Featured(true),
                new ArticleCriteria.PublishedAt(ArticleCriteria.Comparison.LTE, Instant.parse("2026-11-20T08:00:00Z"))));
        Map<String, Object> parameters = new HashMap<>();
        String hql = SyndicatedArticles.condition(criteria, parameters);

        for (String value : HOSTILE) {
            assertThat(hql).doesNotContain(value);
        }
        assertThat(hql).doesNotContain("'").doesNotContain("1=1").doesNotContain("union").doesNotContain("--")
                .contains(":f0", ":f7");
        assertThat(parameters).hasSize(8).containsValue(HOSTILE).containsValue(List.of(-1L, 42L)).containsValue(true);
    }

    @Test
    void orderAlwaysEndsWithTheIdForAStablePage() {
        assertThat(SyndicatedArticles.order(List.of(new ArticleCriteria.Order(ArticleCriteria.OrderField.PUBLISHED_AT, true),
                new ArticleCriteria.Order(ArticleCriteria.OrderField.TITLE, false))))
                .isEqualTo("a.publishedAt desc, a.title asc, a.id desc");
    }
}
