package fr.kiosque.article;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Proxy;
import java.time.Duration;

import org.junit.jupiter.api.Test;

import fr.kiosque.article.api.ArticleRequest;

/** The array bounds the contract states for articles, against what the code can hold. */
class ArticleBoundsTest {

    @Test
    void aRevisionChangesNoMoreFieldsThanAnArticleHas() {
        assertThat(ArticleRequest.class.getRecordComponents()).hasSize(ArticleRequest.FIELD_COUNT);
    }

    @Test
    void automaticRelatedArticlesStayWithinTheBoundOfChosenOnes() {
        assertThat(ArticlesConfigCheck.check(config(3)).problems()).isEmpty();
        assertThat(ArticlesConfigCheck.check(config(ArticleRequest.MAX_RELATED)).problems()).isEmpty();
        assertThat(ArticlesConfigCheck.check(config(ArticleRequest.MAX_RELATED + 1)).problems())
                .containsExactly("kiosque.articles.related-count must be at most 10 (it is 11)");
    }

    @Test
    void thePagesBackgroundRenderingTakesOneToEightThreads() {
        assertThat(ArticlesConfigCheck.check(config(3, 8)).problems()).isEmpty();
        assertThat(ArticlesConfigCheck.check(config(3, 0)).problems()).hasSize(1);
        assertThat(ArticlesConfigCheck.check(config(3, 9)).problems()).hasSize(1);
    }

    @Test
    void revisionsAreMergedWithinAWindowThatCannotBeNegative() {
        assertThat(ArticlesConfigCheck.check(config(3, 1, Duration.ZERO)).problems()).isEmpty();
        assertThat(ArticlesConfigCheck.check(config(3, 1, Duration.ofMinutes(-1))).problems())
                .containsExactly("kiosque.articles.revisions.merge-within (in seconds) must be at least 0 (it is -60)");
    }

    private static ArticlesConfig config(int relatedCount) {
        return config(relatedCount, 1);
    }

    private static ArticlesConfig config(int relatedCount, int backfillThreads) {
        return config(relatedCount, backfillThreads, Duration.ofMinutes(10));
    }

    private static ArticlesConfig config(int relatedCount, int backfillThreads, Duration mergeWithin) {
        ArticlesConfig.Revisions revisions = (ArticlesConfig.Revisions) Proxy.newProxyInstance(ArticlesConfig.class.getClassLoader(),
                new Class<?>[] { ArticlesConfig.Revisions.class },
                (proxy, method, args) -> method.getName().equals("mergeWithin") ? mergeWithin : null);
        ArticlesConfig.Pages pages = (ArticlesConfig.Pages) Proxy.newProxyInstance(ArticlesConfig.class.getClassLoader(),
                new Class<?>[] { ArticlesConfig.Pages.class },
                (proxy, method, args) -> switch (method.getName()) {
                    case "backfillThreads" -> backfillThreads;
                    case "refreshPerSecond" -> 10;
                    default -> null;
                });
        return (ArticlesConfig) Proxy.newProxyInstance(ArticlesConfig.class.getClassLoader(), new Class<?>[] { ArticlesConfig.class },
                (proxy, method, args) -> switch (method.getName()) {
                    case "relatedCount" -> relatedCount;
                    case "pages" -> pages;
                    case "revisions" -> revisions;
                    default -> null;
                });
    }
}
