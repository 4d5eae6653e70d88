package fr.kiosque.article.api;

import java.time.Instant;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import fr.kiosque.article.ArticleStatus;
import fr.kiosque.article.api.Refs.AuthorRef;
import fr.kiosque.article.api.Refs.CoverImageView;
import fr.kiosque.article.api.Refs.SectionRef;
import fr.kiosque.article.api.Refs.TagRef;

/** An article as the staff API shows it, whatever its status. */
@Schema(name = "ArticleAdmin")
public record ArticleAdminResponse(
        @Schema(examples = "12") long id,
        @Schema(examples = "quitter-x-un-dilemme-pour-les-communicants-et-marketeurs") String slug,
        @Schema(examples = "Quitter X : un dilemme pour les communicants et marketeurs") String title,
        @Schema(nullable = true) String standfirst,
        String body,
        @Schema(maxItems = ArticleRequest.MAX_PULL_QUOTES) List<String> pullQuotes,
        @Schema(nullable = true) CoverImageView coverImage,
        @Schema(nullable = true) SectionRef section,
        @Schema(maxItems = ArticleRequest.MAX_AUTHORS) List<AuthorRef> authors,
        @Schema(maxItems = ArticleRequest.MAX_TAGS) List<TagRef> tags,
        @Schema(maxItems = ArticleRequest.MAX_RELATED) List<RelatedRef> related,
        @Schema(examples = "PUBLISHED") ArticleStatus status,
        @Schema(nullable = true, description = "null tant que l'article n'a jamais été publié ni programmé", examples = "2026-11-20T08:00:00Z") Instant publishedAt,
        int readingTimeMinutes,
        @Schema(nullable = true) String metaTitle,
        @Schema(nullable = true) String metaDescription,
        @Schema(nullable = true) String canonicalUrl,
        boolean commentsOpen,
        @Schema(description = "Mis en avant (featured de l'API Ghost)", examples = "false") boolean featured,
        Instant createdAt,
        Instant updatedAt,
        @Schema(description = "Version pour If-Match (l'ETag vaut \"v<version>\")", examples = "3") long version) {

    @Schema(name = "RelatedRef")
    public record RelatedRef(
            @Schema(examples = "13") long id,
            @Schema(examples = "toute-peine-merite-salaire") String slug,
            @Schema(examples = "Toute peine mérite salaire") String title,
            @Schema(examples = "PUBLISHED") ArticleStatus status) {
    }
}
