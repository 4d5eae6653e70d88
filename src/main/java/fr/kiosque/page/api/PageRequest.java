package fr.kiosque.page.api;

import java.time.Instant;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import fr.kiosque.common.text.Slugs;
import fr.kiosque.page.PageStatus;

/** A standing page as editors write it (POST, PUT). */
@Schema(name = "StandingPageRequest")
public record PageRequest(
        @NotBlank @Size(max = 300) @Schema(required = true, examples = "Mentions légales") String title,
        @Size(max = 160) @Pattern(regexp = Slugs.PATTERN, message = "{kiosque.slug}")
        @Schema(nullable = true, description = "Par défaut, tiré du titre (accents retirés)", examples = "mentions-legales") String slug,
        @Size(max = 2000) @Schema(nullable = true, examples = "Éditeur, directeur de la publication et hébergeur du site.") String standfirst,
        @Size(max = 200_000)
        @Schema(nullable = true, description = "HTML ; les scripts, styles, attributs on* et liens javascript: sont retirés",
                examples = "<h2>Éditeur</h2><p>Kiosque SAS, 12 rue des Journaux, 75002 Paris.</p>") String body,
        @Schema(nullable = true, description = "DRAFT par défaut", examples = "PUBLISHED") PageStatus status,
        @Schema(nullable = true, description = "Maintenant par défaut à la publication", examples = "2026-11-20T08:00:00Z") Instant publishedAt,
        @Size(max = 300) @Schema(nullable = true, examples = "Mentions légales de Kiosque") String metaTitle,
        @Size(max = 500) @Schema(nullable = true, examples = "Éditeur, directrice de la publication et hébergeur de Kiosque") String metaDescription) {
}
