package fr.kiosque.ghost.api;

import java.time.Instant;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The shapes of the Ghost Content API (v5), in Ghost's snake_case, for the contract: the answers
 * are built as maps ({@code fields} and {@code include} choose their keys), so every key but
 * {@code id} may be absent. The mapping from Kiosque's content is in docs/ghost.md.
 */
public final class GhostDocs {

    /** Most sections the settings' navigation lists (the first by name). */
    public static final int MAX_NAVIGATION = 100;

    private GhostDocs() {
    }

    @Schema(name = "GhostErrors", description = "Erreur de l'API de contenu, à la forme de Ghost")
    public record Errors(@Schema(maxItems = 1) List<Error> errors) {
    }

    @Schema(name = "GhostError")
    public record Error(
            @Schema(examples = "Unknown Content API Key") String message,
            @Schema(examples = "UnauthorizedError") String type) {
    }

    @Schema(name = "GhostPagination")
    public record Pagination(
            @Schema(examples = "1") int page,
            @Schema(examples = "15") int limit,
            @Schema(examples = "4") int pages,
            @Schema(examples = "52") long total,
            @Schema(nullable = true, examples = "2") Integer next,
            @Schema(nullable = true, examples = "null") Integer prev) {
    }

    @Schema(name = "GhostMeta")
    public record Meta(Pagination pagination) {
    }

    @Schema(name = "GhostCount")
    public record Count(@Schema(examples = "12") long posts) {
    }

    @Schema(name = "GhostPost", requiredProperties = "id",
            description = "Un article (posts) ou une page (pages) ; fields et include choisissent les clés présentes")
    public record Post(
            @Schema(examples = "42") String id,
            @Schema(examples = "1f0a6c1e-3f43-3b8a-9b5a-2c1f0e4d5a6b") String uuid,
            @Schema(examples = "Quitter X : un dilemme pour les communicants et marketeurs") String title,
            @Schema(examples = "quitter-x-un-dilemme-pour-les-communicants-et-marketeurs") String slug,
            @Schema(nullable = true, description = "formats=html (par défaut) ; extrait seulement pour une clé EXCERPT") String html,
            @Schema(nullable = true, description = "formats=plaintext") String plaintext,
            @Schema(nullable = true) String comment_id,
            @Schema(nullable = true, examples = "https://cdn.kiosque.fr/images/quitter-x.jpg") String feature_image,
            @Schema(nullable = true) String feature_image_alt,
            @Schema(nullable = true) String feature_image_caption,
            boolean featured,
            @Schema(examples = "public") String visibility,
            Instant created_at,
            @Schema(nullable = true) Instant updated_at,
            @Schema(nullable = true) Instant published_at,
            @Schema(nullable = true) String custom_excerpt,
            @Schema(nullable = true) String codeinjection_head,
            @Schema(nullable = true) String codeinjection_foot,
            @Schema(nullable = true) String custom_template,
            @Schema(nullable = true) String canonical_url,
            @Schema(maxItems = 21, description = "include=tags : la rubrique d'abord, puis les mots-clés") List<Tag> tags,
            @Schema(maxItems = 10, description = "include=authors") List<Author> authors,
            @Schema(nullable = true) Author primary_author,
            @Schema(nullable = true) Tag primary_tag,
            @Schema(examples = "https://www.kiosque.fr/articles/quitter-x") String url,
            @Schema(nullable = true) String excerpt,
            @Schema(examples = "4") int reading_time,
            boolean access,
            boolean comments,
            @Schema(nullable = true) String og_image,
            @Schema(nullable = true) String og_title,
            @Schema(nullable = true) String og_description,
            @Schema(nullable = true) String twitter_image,
            @Schema(nullable = true) String twitter_title,
            @Schema(nullable = true) String twitter_description,
            @Schema(nullable = true) String meta_title,
            @Schema(nullable = true) String meta_description,
            @Schema(nullable = true) String email_subject,
            @Schema(nullable = true) String frontmatter) {
    }

    @Schema(name = "GhostTag", requiredProperties = "id",
            description = "Une rubrique (id section-…) ou un mot-clé (id tag-…)")
    public record Tag(
            @Schema(examples = "tag-7") String id,
            @Schema(examples = "Réseaux sociaux") String name,
            @Schema(examples = "reseaux-sociaux") String slug,
            @Schema(nullable = true) String description,
            @Schema(nullable = true) String feature_image,
            @Schema(examples = "public") String visibility,
            @Schema(nullable = true) String og_image,
            @Schema(nullable = true) String og_title,
            @Schema(nullable = true) String og_description,
            @Schema(nullable = true) String twitter_image,
            @Schema(nullable = true) String twitter_title,
            @Schema(nullable = true) String twitter_description,
            @Schema(nullable = true) String meta_title,
            @Schema(nullable = true) String meta_description,
            @Schema(nullable = true) String codeinjection_head,
            @Schema(nullable = true) String codeinjection_foot,
            @Schema(nullable = true) String canonical_url,
            @Schema(nullable = true) String accent_color,
            @Schema(examples = "https://www.kiosque.fr/mots-cles/reseaux-sociaux") String url,
            @Schema(description = "include=count.posts") Count count) {
    }

    @Schema(name = "GhostAuthor", requiredProperties = "id")
    public record Author(
            @Schema(examples = "author-5") String id,
            @Schema(examples = "Anne Rédac") String name,
            @Schema(examples = "anne-redac") String slug,
            @Schema(nullable = true) String profile_image,
            @Schema(nullable = true) String cover_image,
            @Schema(nullable = true) String bio,
            @Schema(nullable = true) String website,
            @Schema(nullable = true) String location,
            @Schema(nullable = true) String facebook,
            @Schema(nullable = true) String twitter,
            @Schema(nullable = true) String meta_title,
            @Schema(nullable = true) String meta_description,
            @Schema(examples = "https://www.kiosque.fr/auteurs/anne-redac") String url,
            @Schema(description = "include=count.posts") Count count) {
    }

    @Schema(name = "GhostPosts", requiredProperties = "posts", description = "Une liste (avec meta) ou une lecture (sans meta)")
    public record Posts(@Schema(maxItems = 100) List<Post> posts, Meta meta) {
    }

    @Schema(name = "GhostPages", requiredProperties = "pages", description = "Une liste (avec meta) ou une lecture (sans meta)")
    public record Pages(@Schema(maxItems = 100) List<Post> pages, Meta meta) {
    }

    @Schema(name = "GhostTags", requiredProperties = "tags")
    public record Tags(@Schema(maxItems = 100) List<Tag> tags, Meta meta) {
    }

    @Schema(name = "GhostAuthors", requiredProperties = "authors")
    public record Authors(@Schema(maxItems = 100) List<Author> authors, Meta meta) {
    }

    @Schema(name = "GhostNavigation")
    public record Navigation(@Schema(examples = "Le Magazine") String label, @Schema(examples = "https://www.kiosque.fr/rubriques/le-magazine") String url) {
    }

    @Schema(name = "GhostSettingsValues")
    public record SettingsValues(
            @Schema(examples = "Kiosque") String title,
            String description,
            @Schema(nullable = true) String logo,
            @Schema(nullable = true) String icon,
            @Schema(nullable = true) String accent_color,
            @Schema(nullable = true) String cover_image,
            @Schema(nullable = true) String facebook,
            @Schema(nullable = true) String twitter,
            @Schema(examples = "fr") String lang,
            @Schema(examples = "fr") String locale,
            @Schema(examples = "Europe/Paris") String timezone,
            @Schema(nullable = true) String codeinjection_head,
            @Schema(nullable = true) String codeinjection_foot,
            @Schema(maxItems = MAX_NAVIGATION) List<Navigation> navigation,
            @Schema(maxItems = 100) List<Navigation> secondary_navigation,
            @Schema(nullable = true) String meta_title,
            @Schema(nullable = true) String meta_description,
            @Schema(nullable = true) String og_image,
            @Schema(nullable = true) String og_title,
            @Schema(nullable = true) String og_description,
            @Schema(nullable = true) String twitter_image,
            @Schema(nullable = true) String twitter_title,
            @Schema(nullable = true) String twitter_description,
            @Schema(examples = "https://www.kiosque.fr/") String url) {
    }

    @Schema(name = "GhostEmptyMeta")
    public record EmptyMeta() {
    }

    @Schema(name = "GhostSettings")
    public record Settings(SettingsValues settings, EmptyMeta meta) {
    }
}
