package fr.kiosque.article.api;

import java.time.Instant;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import fr.kiosque.article.api.Refs.AuthorByline;
import fr.kiosque.article.api.Refs.CoverImageView;
import fr.kiosque.article.api.Refs.SectionRef;
import fr.kiosque.article.api.Refs.TagRef;

/** A whole published article, with what its page shows around it, so one call renders the page. */
@Schema(name = "ArticleDetail")
public record ArticleDetail(
        @Schema(examples = "quitter-x-un-dilemme-pour-les-communicants-et-marketeurs") String slug,
        @Schema(examples = "Quitter X : un dilemme pour les communicants et marketeurs") String title,
        @Schema(nullable = true, examples = "Abandonner la plateforme X, c’est 1 vraie question pour chacun.") String standfirst,
        @Schema(description = "HTML assaini", examples = "<p>Depuis le rachat de Twitter…</p>") String body,
        @Schema(maxItems = ArticleRequest.MAX_PULL_QUOTES, examples = "[\"Car on n’utilise pas X pour (seulement) rigoler, c’est bien plus que ça.\"]") List<String> pullQuotes,
        @Schema(nullable = true) CoverImageView coverImage,
        @Schema(nullable = true) SectionRef section,
        @Schema(maxItems = ArticleRequest.MAX_TAGS) List<TagRef> tags,
        @Schema(maxItems = ArticleRequest.MAX_AUTHORS) List<AuthorByline> authors,
        @Schema(nullable = true, description = "null seulement dans l'aperçu d'un brouillon sans date", examples = "2026-11-20T08:00:00Z") Instant publishedAt,
        @Schema(examples = "2026-11-21T10:30:00Z") Instant updatedAt,
        @Schema(examples = "4") int readingTimeMinutes,
        Seo seo,
        @Schema(description = "Les lecteurs peuvent-ils commenter ?", examples = "true") boolean commentsOpen,
        @Schema(description = "Commentaires approuvés (GET /api/v1/articles/{slug}/comments)", examples = "7") int commentCount,
        @Schema(maxItems = ArticleRequest.MAX_RELATED, description = "« À lire aussi » : ceux de la rédaction, sinon des articles proches")
        List<ArticleSummary> related) {

    @Schema(name = "Seo", description = "Balises pour les moteurs de recherche (valeurs par défaut : titre et chapô)")
    public record Seo(
            @Schema(examples = "Quitter X : le dilemme des communicants") String metaTitle,
            @Schema(nullable = true, description = "Par défaut, le chapô tronqué ; null sans l'un ni l'autre", examples = "Faut-il quitter X quand on travaille dans la communication ?") String metaDescription,
            @Schema(nullable = true, examples = "https://www.kiosque.fr/quitter-x") String canonicalUrl) {
    }
}
