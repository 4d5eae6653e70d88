package fr.kiosque.article.api;

import java.time.Instant;

import jakarta.validation.constraints.NotNull;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import fr.kiosque.article.ArticleStatus;

/** Moves an article through the workflow: publish now, schedule, unpublish, archive. */
@Schema(name = "StatusChangeRequest")
public record StatusChangeRequest(
        @NotNull @Schema(required = true, examples = "SCHEDULED") ArticleStatus status,
        @Schema(nullable = true, description = "Obligatoire et future pour SCHEDULED", examples = "2026-12-01T07:00:00Z") Instant publishedAt) {
}
