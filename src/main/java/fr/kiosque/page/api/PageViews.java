package fr.kiosque.page.api;

import java.time.Instant;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import fr.kiosque.page.PageStatus;

/** Standing pages as the public and the staff see them. */
public final class PageViews {

    private PageViews() {
    }

    /** A published page, as the public API (and Ghost's pages) show it. */
    @Schema(name = "StandingPage")
    public record PublicPage(
            @Schema(examples = "3") long id,
            @Schema(examples = "mentions-legales") String slug,
            @Schema(examples = "Mentions légales") String title,
            @Schema(nullable = true, examples = "Éditeur, directeur de la publication et hébergeur du site.") String standfirst,
            @Schema(description = "HTML assaini", examples = "<h2>Éditeur</h2><p>Kiosque SAS, 12 rue des Journaux, 75002 Paris.</p>") String body,
            @Schema(examples = "2026-11-20T08:00:00Z") Instant publishedAt,
            Instant createdAt,
            Instant updatedAt,
            @Schema(nullable = true) String metaTitle,
            @Schema(nullable = true) String metaDescription) {
    }

    /** A page as editors see it, whatever its status. */
    @Schema(name = "StandingPageAdmin")
    public record AdminPage(
            @Schema(examples = "3") long id,
            @Schema(examples = "mentions-legales") String slug,
            @Schema(examples = "Mentions légales") String title,
            @Schema(nullable = true) String standfirst,
            String body,
            @Schema(examples = "PUBLISHED") PageStatus status,
            @Schema(nullable = true, examples = "2026-11-20T08:00:00Z") Instant publishedAt,
            @Schema(nullable = true) String metaTitle,
            @Schema(nullable = true) String metaDescription,
            Instant createdAt,
            Instant updatedAt,
            @Schema(description = "Version pour If-Match (l'ETag vaut \"v<version>\")", examples = "2") long version) {
    }

    /** One change of a page: what it was made into, by whom, when. */
    @Schema(name = "StandingPageRevision")
    public record Revision(
            @Schema(examples = "17") long id,
            @Schema(examples = "UPDATED", description = "CREATED ou UPDATED") String action,
            @Schema(nullable = true, examples = "anne.redac@kiosque.fr") String actor,
            Instant createdAt,
            @Schema(description = "La page telle que la requête l'a écrite") PageRequest snapshot) {
    }
}
