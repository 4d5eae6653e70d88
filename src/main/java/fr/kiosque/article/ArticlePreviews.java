package fr.kiosque.article;

import java.time.Clock;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import fr.kiosque.article.api.ArticleDetail;
import fr.kiosque.article.api.RevisionViews.PreviewToken;
import fr.kiosque.common.error.ProblemException;
import fr.kiosque.common.error.ProblemType;
import fr.kiosque.common.time.Now;

/** Signed preview links: an article as it stands, whatever its status, for whoever holds the link (docs/previews.md). */
@ApplicationScoped
class ArticlePreviews {

    @Inject ArticleRepository articles;
    @Inject PreviewTokens previews;
    @Inject ArticlePages pages;
    @Inject Clock clock;

    /** A signed link that shows this article as it stands, whatever its status, until it expires. */
    @Transactional
    public PreviewToken previewToken(long id) {
        Article article = articles.existing(id);
        PreviewTokens.Issued issued = previews.issue(article.id);
        return new PreviewToken(issued.token(), issued.expiresAt(),
                "/api/v1/articles/" + article.slug + "?preview=" + issued.token());
    }

    /**
     * The article a preview token opens, as it stands now whatever its status: 401 for a
     * malformed, forged or expired token, 403 when the token opens another article (or the
     * article's slug changed since), 404 when the article no longer exists.
     */
    @Transactional
    public ArticleDetail preview(String slug, String token) {
        long id = previews.verify(token);
        Article article = articles.findWithRelations(id)
                .orElseThrow(() -> ProblemException.notFound("L'article de ce jeton d'aperçu n'existe plus."));
        if (!article.slug.equals(slug)) {
            throw new ProblemException(ProblemType.FORBIDDEN,
                    "Ce jeton d'aperçu ouvre un autre article (ou le slug de l'article a changé depuis : suivez le lien du jeton).");
        }
        return pages.detail(article, Now.of(clock));
    }
}
