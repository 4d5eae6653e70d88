package fr.kiosque.article.api;

import java.time.Instant;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Sections, tags and authors as the public and the staff see them. */
public final class TaxonomyResponses {

    private TaxonomyResponses() {
    }

    @Schema(name = "Section")
    public record SectionResponse(
            @Schema(examples = "le-magazine") String slug,
            @Schema(examples = "Le Magazine") String name,
            @Schema(nullable = true, examples = "L'actualité de la communication, du marketing et du digital.") String description,
            @Schema(description = "Articles publiés dans la rubrique", examples = "42") long articleCount) {
    }

    @Schema(name = "Tag")
    public record TagResponse(
            @Schema(examples = "reseaux-sociaux") String slug,
            @Schema(examples = "Réseaux sociaux") String name,
            @Schema(description = "Articles publiés avec ce mot-clé", examples = "12") long articleCount) {
    }

    @Schema(name = "Author")
    public record AuthorResponse(
            @Schema(examples = "anne-redac") String slug,
            @Schema(examples = "Anne Rédac") String name,
            @Schema(nullable = true, examples = "Journaliste") String role,
            @Schema(nullable = true, examples = "Anne couvre les réseaux sociaux et le marketing digital.") String bio,
            @Schema(nullable = true, examples = "https://cdn.kiosque.fr/auteurs/anne-redac.jpg") String avatarUrl,
            @Schema(description = "Articles publiés signés", examples = "18") long articleCount) {
    }

    @Schema(name = "SectionAdmin")
    public record SectionAdminResponse(
            @Schema(examples = "3") long id,
            @Schema(examples = "le-magazine") String slug,
            @Schema(examples = "Le Magazine") String name,
            @Schema(nullable = true) String description,
            Instant createdAt,
            Instant updatedAt,
            @Schema(examples = "0") long version) {
    }

    @Schema(name = "TagAdmin")
    public record TagAdminResponse(
            @Schema(examples = "7") long id,
            @Schema(examples = "reseaux-sociaux") String slug,
            @Schema(examples = "Réseaux sociaux") String name,
            Instant createdAt,
            Instant updatedAt,
            @Schema(examples = "0") long version) {
    }

    @Schema(name = "AuthorAdmin")
    public record AuthorAdminResponse(
            @Schema(examples = "2") long id,
            @Schema(examples = "anne-redac") String slug,
            @Schema(examples = "Anne Rédac") String name,
            @Schema(nullable = true) String role,
            @Schema(nullable = true) String bio,
            @Schema(nullable = true) String avatarUrl,
            Instant createdAt,
            Instant updatedAt,
            @Schema(examples = "0") long version) {
    }
}
