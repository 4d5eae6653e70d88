package fr.kiosque.article.api;

import java.time.Instant;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Revisions of an article, as editors see them. */
public final class RevisionViews {

    private RevisionViews() {
    }

    @Schema(name = "ArticleRevisionSummary", description = "Une version de l'article : qui, quand, quels champs ont changé")
    public record RevisionSummary(
            @Schema(examples = "57") long id,
            @Schema(description = "BASELINE (l'article tel qu'il était avant sa première modification suivie), CREATED, UPDATED,"
                    + " PUBLISHED, UNPUBLISHED, SCHEDULED, ARCHIVED ou RESTORED", examples = "UPDATED") String action,
            @Schema(nullable = true, description = "Compte qui a fait la modification ; null pour une publication programmée ou BASELINE",
                    examples = "anne.redac@kiosque.fr") String actor,
            @Schema(description = "Premier changement de cette version", examples = "2026-11-21T10:30:00Z") Instant createdAt,
            @Schema(description = "Dernier changement réuni dans cette version : les modifications successives d'un même"
                    + " rédacteur moins de kiosque.articles.revisions.merge-within (10 min) après le premier n'en font qu'une"
                    + " (UPDATED) ; égal à createdAt pour un seul changement", examples = "2026-11-21T10:38:00Z") Instant updatedAt,
            @Schema(maxItems = ArticleRequest.FIELD_COUNT, description = "Champs modifiés par les changements de cette version (noms d'ArticleRequest)", examples = "[\"title\", \"standfirst\"]")
            List<String> changedFields) {
    }

    @Schema(name = "ArticleRevision", description = "Une version entière : l'article tel qu'il était après ses changements")
    public record RevisionDetail(
            @Schema(examples = "57") long id,
            @Schema(examples = "12") long articleId,
            @Schema(examples = "UPDATED") String action,
            @Schema(nullable = true, examples = "anne.redac@kiosque.fr") String actor,
            @Schema(examples = "2026-11-21T10:30:00Z") Instant createdAt,
            @Schema(description = "Dernier changement réuni dans cette version (voir ArticleRevisionSummary)",
                    examples = "2026-11-21T10:38:00Z") Instant updatedAt,
            @Schema(maxItems = ArticleRequest.FIELD_COUNT, examples = "[\"title\", \"standfirst\"]") List<String> changedFields,
            @Schema(description = "Les champs éditables de cette version, tels qu'un PUT les enverrait") ArticleRequest article) {
    }

    @Schema(name = "PreviewToken", description = "Un lien d'aperçu : GET /api/v1/articles/{slug}?preview={token}")
    public record PreviewToken(
            @Schema(examples = "12.1764316800.Qm9uam91ciBsZXMgZnJvbnRlbmRzIQ") String token,
            @Schema(examples = "2026-11-22T08:00:00Z") Instant expiresAt,
            @Schema(description = "Le chemin de l'aperçu dans l'API", examples = "/api/v1/articles/quitter-x?preview=12.1764316800.Qm9uam91ciBsZXMgZnJvbnRlbmRzIQ")
            String path) {
    }
}
