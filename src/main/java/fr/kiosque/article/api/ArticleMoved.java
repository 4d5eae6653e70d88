package fr.kiosque.article.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The body of a 301 from an article's former slug: where the article is now. */
@Schema(name = "ArticleMoved", description = "L'article a changé de slug : il est à l'adresse de Location")
public record ArticleMoved(
        @Schema(description = "Le slug actuel de l'article", maxLength = 160, examples = "quitter-x-un-dilemme-pour-les-communicants")
        String slug,
        @Schema(description = "Son adresse dans l'API (la même que l'en-tête Location)", maxLength = 200,
                examples = "/api/v1/articles/quitter-x-un-dilemme-pour-les-communicants")
        String location) {

    public static ArticleMoved to(String slug) {
        return new ArticleMoved(slug, "/api/v1/articles/" + slug);
    }
}
