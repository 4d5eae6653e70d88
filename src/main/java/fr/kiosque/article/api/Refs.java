package fr.kiosque.article.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Small embedded views of the taxonomy, as articles show them. */
public final class Refs {

    private Refs() {
    }

    @Schema(name = "SectionRef", description = "Rubrique d'un article")
    public record SectionRef(
            @Schema(examples = "le-magazine") String slug,
            @Schema(examples = "Le Magazine") String name) {
    }

    @Schema(name = "TagRef", description = "Mot-clé d'un article")
    public record TagRef(
            @Schema(examples = "reseaux-sociaux") String slug,
            @Schema(examples = "Réseaux sociaux") String name) {
    }

    @Schema(name = "AuthorRef", description = "Signature d'un article dans une liste")
    public record AuthorRef(
            @Schema(examples = "anne-redac") String slug,
            @Schema(examples = "Anne Rédac") String name) {
    }

    @Schema(name = "AuthorByline", description = "Signature complète d'un article")
    public record AuthorByline(
            @Schema(examples = "anne-redac") String slug,
            @Schema(examples = "Anne Rédac") String name,
            @Schema(nullable = true, examples = "Journaliste") String role,
            @Schema(nullable = true, examples = "Anne couvre les réseaux sociaux et le marketing digital.") String bio,
            @Schema(nullable = true, examples = "https://cdn.kiosque.fr/auteurs/anne-redac.jpg") String avatarUrl) {
    }

    @Schema(name = "CoverImage", description = "Image de une : hébergée ailleurs (url) ou de la médiathèque (mediaId, avec ses"
            + " dimensions et ses déclinaisons pour srcset et <picture>)")
    public record CoverImageView(
            @Schema(nullable = true, description = "L'image (pour la médiathèque : sa plus grande déclinaison JPEG ou PNG) ; null dans"
                    + " les réponses de l'administration pour une image de la médiathèque", examples = "https://cdn.kiosque.fr/images/quitter-x.jpg")
            String url,
            @Schema(nullable = true, description = "L'image de la médiathèque", examples = "42") Long mediaId,
            @Schema(nullable = true, examples = "Le logo de X sur un écran de téléphone") String alt,
            @Schema(nullable = true, examples = "Photo : Kiosque") String credit,
            @Schema(nullable = true, description = "Largeur en pixels (médiathèque)", examples = "4000") Integer width,
            @Schema(nullable = true, description = "Hauteur en pixels (médiathèque)", examples = "2667") Integer height,
            @Schema(description = "Déclinaisons (médiathèque ; vide sinon), de la plus étroite à la plus large",
                    maxItems = fr.kiosque.media.api.MediaView.MAX_VARIANTS)
            java.util.List<fr.kiosque.media.api.MediaView.Variant> variants) {
    }
}
