package fr.kiosque.article;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

import fr.kiosque.common.error.ProblemException;

/** What a PUBLISHED or SCHEDULED article must have, without a database (the routes that apply it: ArticleAdminApiTest). */
class PublicationRulesTest {

    @Test
    void aCompleteArticleLacksNothing() {
        assertThat(PublicationRules.missingFields(complete())).isEmpty();
    }

    @Test
    void aBodyWithoutTextIsMissingAndEachMissingFieldIsNamedInTheOrderOfTheRequest() {
        Article article = complete();
        article.body = "<p> </p><script>alert('vide')</script>";
        article.standfirst = "  ";
        assertThat(PublicationRules.missingFields(article)).containsExactly("standfirst", "body");

        article = complete();
        article.section = null;
        assertThat(PublicationRules.missingFields(article)).containsExactly("section");

        article = complete();
        article.authors.clear();
        assertThat(PublicationRules.missingFields(article)).containsExactly("authors");

        assertThat(PublicationRules.missingFields(new Article())).containsExactly("title", "standfirst", "body", "section", "authors");
    }

    @Test
    void onlyPublishedAndScheduledArticlesMustBeComplete() {
        Article article = new Article();
        for (ArticleStatus status : ArticleStatus.values()) {
            article.status = status;
            if (status == ArticleStatus.PUBLISHED || status == ArticleStatus.SCHEDULED) {
                assertThatThrownBy(() -> PublicationRules.requireComplete(article)).as(status.name())
                        .isInstanceOf(ProblemException.class).hasMessageContaining(status.name());
            } else {
                assertThatCode(() -> PublicationRules.requireComplete(article)).as(status.name()).doesNotThrowAnyException();
            }
        }
    }

    private static Article complete() {
        Article article = new Article();
        article.title = "Quitter X ?";
        article.standfirst = "Un dilemme pour les communicants.";
        article.body = "<p>Le texte.</p>";
        article.section = new Section();
        article.authors.add(new Author());
        article.status = ArticleStatus.PUBLISHED;
        return article;
    }
}
