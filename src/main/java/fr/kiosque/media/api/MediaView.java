package fr.kiosque.media.api;

import java.time.Instant;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An image of the library as staff see it (and as the article feature shows its covers). */
@Schema(name = "Media", description = "Image de la médiathèque, avec ses déclinaisons")
public record MediaView(
        @Schema(examples = "42") long id,
        @Schema(description = "Type de l'original (nettoyé de ses métadonnées)", examples = "image/jpeg") String mediaType,
        @Schema(description = "Largeur affichée, en pixels (orientation appliquée)", examples = "4000") int width,
        @Schema(description = "Hauteur affichée, en pixels", examples = "2667") int height,
        @Schema(description = "Taille de l'original nettoyé, en octets", examples = "2483112") long bytes,
        @Schema(nullable = true, examples = "Le logo de X sur un écran de téléphone") String alt,
        @Schema(nullable = true, examples = "Photo : Camille Durand / Kiosque") String credit,
        @Schema(nullable = true) FocalPoint focalPoint,
        @Schema(description = "Déclinaisons, de la plus étroite à la plus large ; WebP puis la famille de l'original (JPEG, ou PNG"
                + " s'il y a de la transparence)", maxItems = MAX_VARIANTS) List<Variant> variants,
        @Schema(examples = "2026-11-20T08:00:00Z") Instant createdAt,
        @Schema(examples = "2026-11-20T08:00:00Z") Instant updatedAt,
        @Schema(examples = "0") long version) {

    /** Most variants an image has: two formats for each of at most 10 widths (kiosque.media.variant-widths). */
    public static final int MAX_VARIANTS = 20;

    @Schema(name = "MediaVariant", description = "Une déclinaison : ses dimensions, son type et son adresse (immuable)")
    public record Variant(
            @Schema(examples = "640") int width,
            @Schema(examples = "427") int height,
            @Schema(examples = "image/webp") String mediaType,
            @Schema(examples = "https://api.kiosque.fr/api/v1/media/files/9f2c5e0b7a1d4c3e8b6f0a2d5c7e9b1f3a5c7e9b1d3f5a7c9e1b3d5f7a9c1e3b.webp")
            String url,
            @Schema(examples = "48213") long bytes) {
    }

    @Schema(name = "FocalPoint", description = "Le point à garder visible quand l'image est recadrée : x et y de 0 à 1, depuis le coin"
            + " supérieur gauche")
    public record FocalPoint(
            @Schema(minimum = "0", maximum = "1", examples = "0.5") double x,
            @Schema(minimum = "0", maximum = "1", examples = "0.35") double y) {
    }
}
