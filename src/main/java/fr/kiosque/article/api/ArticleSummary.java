package fr.kiosque.article.api;

import java.time.Instant;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import fr.kiosque.article.api.Refs.AuthorRef;
import fr.kiosque.article.api.Refs.CoverImageView;
import fr.kiosque.article.api.Refs.SectionRef;
import fr.kiosque.article.api.Refs.TagRef;

/** An article in a list: everything a card needs, no body. */
@Schema(name = "ArticleSummary")
public record ArticleSummary(
        @Schema(examples = "quitter-x-un-dilemme-pour-les-communicants-et-marketeurs") String slug,
        @Schema(examples = "Quitter X : un dilemme pour les communicants et marketeurs") String title,
        @Schema(nullable = true, examples = "Abandonner la plateforme X, c’est 1 vraie question pour chacun.") String standfirst,
        @Schema(nullable = true) SectionRef section,
        @Schema(maxItems = ArticleRequest.MAX_AUTHORS) List<AuthorRef> authors,
        @Schema(maxItems = ArticleRequest.MAX_TAGS) List<TagRef> tags,
        @Schema(nullable = true) CoverImageView coverImage,
        @Schema(examples = "2026-11-20T08:00:00Z") Instant publishedAt,
        @Schema(examples = "4") int readingTimeMinutes,
        @Schema(description = "Commentaires approuvés", examples = "7") int commentCount) {
}
