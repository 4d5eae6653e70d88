package fr.kiosque.article.api;

import java.time.Instant;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import fr.kiosque.article.ArticleStatus;
import fr.kiosque.article.api.Refs.AuthorRef;
import fr.kiosque.article.api.Refs.SectionRef;
import fr.kiosque.article.api.Refs.TagRef;

/** An article in the staff list: enough to find it and see where it stands. */
@Schema(name = "ArticleAdminSummary")
public record ArticleAdminSummary(
        @Schema(examples = "12") long id,
        @Schema(examples = "quitter-x-un-dilemme-pour-les-communicants-et-marketeurs") String slug,
        @Schema(examples = "Quitter X : un dilemme pour les communicants et marketeurs") String title,
        @Schema(examples = "PUBLISHED") ArticleStatus status,
        @Schema(nullable = true) SectionRef section,
        @Schema(maxItems = ArticleRequest.MAX_AUTHORS) List<AuthorRef> authors,
        @Schema(maxItems = ArticleRequest.MAX_TAGS) List<TagRef> tags,
        @Schema(nullable = true, examples = "2026-11-20T08:00:00Z") Instant publishedAt,
        Instant updatedAt,
        @Schema(examples = "3") long version) {
}
