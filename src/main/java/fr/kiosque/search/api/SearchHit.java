package fr.kiosque.search.api;

import java.time.Instant;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One search result. */
@Schema(name = "SearchHit")
public record SearchHit(
        @Schema(description = "Ce que désigne le résultat", enumeration = { "article", "job", "job-profile" }, examples = "article")
        String type,
        @Schema(description = "Slug de l'article, de l'offre ou de la fiche métier", examples = "quitter-x-un-dilemme-pour-les-communicants-et-marketeurs")
        String slug,
        @Schema(examples = "Quitter X : un dilemme pour les communicants et marketeurs")
        String title,
        @Schema(description = "Extrait du texte en HTML dont la seule balise est <mark> autour des mots trouvés ;"
                + " tout le reste est échappé", examples = "Faut-il quitter les <mark>réseaux</mark> <mark>sociaux</mark> ? Les <mark>communicants</mark> s'interrogent…")
        String snippet,
        @Schema(nullable = true,
                description = "Date de publication (article), de mise en ligne (offre) ; null pour une fiche métier",
                examples = "2026-11-20T08:00:00Z")
        Instant publishedAt) {
}
