package fr.kiosque.article.api;

import java.time.Instant;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import fr.kiosque.article.ArticleStatus;
import fr.kiosque.common.text.Slugs;

/**
 * An article as editors write it (POST, PUT, and the document a PATCH merges into). Sections,
 * authors and related articles are referenced by slug, tags by name (unknown tags are created).
 */
@Schema(name = "ArticleRequest")
public record ArticleRequest(
        @NotBlank @Size(max = 300)
        @Schema(required = true, examples = "Quitter X : un dilemme pour les communicants et marketeurs") String title,
        @Size(max = 160) @Pattern(regexp = Slugs.PATTERN, message = "{kiosque.slug}")
        @Schema(nullable = true, description = "Par défaut, tiré du titre (accents retirés)", examples = "quitter-x-un-dilemme-pour-les-communicants-et-marketeurs") String slug,
        @Size(max = 2000)
        @Schema(nullable = true, examples = "Abandonner la plateforme X, c’est 1 vraie question pour chacun. Mais encore plus quand on bosse dans la communication, le marketing ou le digital.") String standfirst,
        @Size(max = 200_000)
        @Schema(nullable = true, description = "HTML ; les scripts, styles, attributs on* et liens javascript: sont retirés", examples = "<p>Depuis le rachat de Twitter, la question revient dans toutes les agences.</p>") String body,
        @Size(max = MAX_PULL_QUOTES) @Schema(nullable = true, examples = "[\"Car on n’utilise pas X pour (seulement) rigoler, c’est bien plus que ça.\"]")
        List<@NotBlank @Size(max = 500) String> pullQuotes,
        @Valid @Schema(nullable = true) CoverImageRequest coverImage,
        @Size(max = 120) @Schema(nullable = true, description = "Slug de la rubrique", examples = "le-magazine") String section,
        @Size(max = MAX_AUTHORS) @Schema(nullable = true, description = "Slugs des auteurs, dans l'ordre de la signature", examples = "[\"anne-redac\"]")
        List<@NotBlank String> authors,
        @Size(max = MAX_TAGS) @Schema(nullable = true, description = "Noms des mots-clés ; un mot-clé inconnu est créé", examples = "[\"Réseaux sociaux\"]")
        List<@NotBlank @Size(max = 120) String> tags,
        @Schema(nullable = true, description = "DRAFT par défaut", examples = "PUBLISHED") ArticleStatus status,
        @Schema(nullable = true, description = "Date de publication ; obligatoire et future pour SCHEDULED, maintenant par défaut pour PUBLISHED", examples = "2026-11-20T08:00:00Z") Instant publishedAt,
        @Size(max = 300) @Schema(nullable = true, examples = "Quitter X : le dilemme des communicants") String metaTitle,
        @Size(max = 500) @Schema(nullable = true, examples = "Faut-il quitter X quand on travaille dans la communication ?") String metaDescription,
        @Size(max = 2048) @Pattern(regexp = TaxonomyRequests.URL, message = "{kiosque.url}")
        @Schema(nullable = true, examples = "https://www.kiosque.fr/quitter-x") String canonicalUrl,
        @Schema(nullable = true, description = "true par défaut", examples = "true") Boolean commentsOpen,
        @Size(max = MAX_RELATED) @Schema(nullable = true, description = "« À lire aussi » : slugs d'articles, dans l'ordre", examples = "[\"toute-peine-merite-salaire\"]")
        List<@NotBlank String> related,
        @Schema(nullable = true, description = "Article mis en avant (featured de l'API Ghost) ; false par défaut", examples = "false") Boolean featured) {

    /** Most pull quotes, authors, tags and "à lire aussi" articles an article has: requests over them are a 400, answers state them. */
    public static final int MAX_PULL_QUOTES = 10;
    public static final int MAX_AUTHORS = 10;
    public static final int MAX_TAGS = 20;
    public static final int MAX_RELATED = 10;
    /** How many fields this record has: a revision's {@code changedFields} names some of them, each once. */
    public static final int FIELD_COUNT = 17;

    @Schema(name = "CoverImageRequest", description = "Une image de la médiathèque ({\"mediaId\": 42} : son texte alternatif et son"
            + " crédit sont ceux de la médiathèque, url, alt et credit sont alors ignorés) ou une image hébergée ailleurs (url, alt,"
            + " credit)")
    @UrlOrMedia
    public record CoverImageRequest(
            @Size(max = 2048) @Pattern(regexp = TaxonomyRequests.URL, message = "{kiosque.url}")
            @Schema(nullable = true, description = "Requis sans mediaId", examples = "https://cdn.kiosque.fr/images/quitter-x.jpg") String url,
            @Size(max = 300) @Schema(nullable = true, examples = "Le logo de X sur un écran de téléphone") String alt,
            @Size(max = 300) @Schema(nullable = true, examples = "Photo : Kiosque") String credit,
            @Schema(nullable = true, description = "Une image de la médiathèque", examples = "42") Long mediaId) {
    }
}
