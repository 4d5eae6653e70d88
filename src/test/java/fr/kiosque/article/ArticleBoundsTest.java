package fr.kiosque.article;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Proxy;

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

    private static ArticlesConfig config(int relatedCount) {
        return (ArticlesConfig) Proxy.newProxyInstance(ArticlesConfig.class.getClassLoader(), new Class<?>[] { ArticlesConfig.class },
                (proxy, method, args) -> method.getName().equals("relatedCount") ? relatedCount : null);
    }
}
