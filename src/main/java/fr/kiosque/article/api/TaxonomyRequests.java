package fr.kiosque.article.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import fr.kiosque.common.text.Slugs;

/** What editors send to create or replace sections, tags and authors. */
public final class TaxonomyRequests {

    static final String URL = "^https?://\\S+$";

    private TaxonomyRequests() {
    }

    /** What every one of them has: a name, and a slug (derived from the name when absent). */
    public interface TermRequest {
        String name();

        String slug();
    }

    @Schema(name = "SectionRequest")
    public record SectionRequest(
            @NotBlank @Size(max = 120) @Schema(required = true, examples = "Le Magazine") String name,
            @Size(max = Slugs.MAX_LENGTH) @Pattern(regexp = Slugs.PATTERN, message = "{kiosque.slug}")
            @Schema(nullable = true, description = "Par défaut, tiré du nom", examples = "le-magazine") String slug,
            @Size(max = 2000) @Schema(nullable = true, examples = "L'actualité de la communication, du marketing et du digital.") String description) implements TermRequest {
    }

    @Schema(name = "TagRequest")
    public record TagRequest(
            @NotBlank @Size(max = 120) @Schema(required = true, examples = "Réseaux sociaux") String name,
            @Size(max = Slugs.MAX_LENGTH) @Pattern(regexp = Slugs.PATTERN, message = "{kiosque.slug}")
            @Schema(nullable = true, description = "Par défaut, tiré du nom", examples = "reseaux-sociaux") String slug) implements TermRequest {
    }

    @Schema(name = "AuthorRequest")
    public record AuthorRequest(
            @NotBlank @Size(max = 120) @Schema(required = true, examples = "Anne Rédac") String name,
            @Size(max = Slugs.MAX_LENGTH) @Pattern(regexp = Slugs.PATTERN, message = "{kiosque.slug}")
            @Schema(nullable = true, description = "Par défaut, tiré du nom", examples = "anne-redac") String slug,
            @Size(max = 160) @Schema(nullable = true, examples = "Journaliste") String role,
            @Size(max = 4000) @Schema(nullable = true, examples = "Anne couvre les réseaux sociaux et le marketing digital.") String bio,
            @Size(max = 2048) @Pattern(regexp = URL, message = "{kiosque.url}")
            @Schema(nullable = true, examples = "https://cdn.kiosque.fr/auteurs/anne-redac.jpg") String avatarUrl) implements TermRequest {
    }
}
