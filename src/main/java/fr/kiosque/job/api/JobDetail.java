package fr.kiosque.job.api;

import java.time.Instant;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import fr.kiosque.job.Contract;
import fr.kiosque.job.RemoteWork;
import fr.kiosque.job.Seniority;
import fr.kiosque.job.api.JobViews.Apply;
import fr.kiosque.job.api.JobViews.Company;
import fr.kiosque.job.api.JobViews.Location;
import fr.kiosque.job.api.JobViews.ProfileRef;

/**
 * A listing's page: everything to show it and to apply, and its schema.org JobPosting for search
 * engines, as an object ({@code jsonLd}) and as text safe to insert in a script element
 * ({@code jsonLdScript}).
 */
@Schema(name = "JobDetail")
public record JobDetail(
        @Schema(examples = "chef-de-projet-digital-h-f-agence-fil-rouge-lyon") String slug,
        @Schema(examples = "Chef de projet digital (H/F)") String title,
        Company company,
        Location location,
        @Schema(examples = "HYBRID") RemoteWork remote,
        @Schema(examples = "CDI") Contract contract,
        @Schema(nullable = true, examples = "CONFIRMED") Seniority experienceLevel,
        @Schema(nullable = true) ProfileRef profile,
        Money salary,
        @Schema(description = "HTML assaini", examples = "<p>Vous pilotez les projets web de nos clients, du cahier des charges à la mise en ligne.</p>") String description,
        @Schema(examples = "2026-11-20T08:00:00Z") Instant datePosted,
        @Schema(examples = "2027-01-31T23:59:59Z") Instant validThrough,
        Apply apply,
        @Schema(description = "schema.org JobPosting, en objet : pour le lire. Pour l'insérer dans la page, prendre jsonLdScript,"
                + " jamais JSON.stringify(jsonLd) (qui remettrait un éventuel </script> des textes)") JobPostingJsonLd jsonLd,
        @Schema(description = "Le même JobPosting déjà sérialisé, à insérer tel quel entre <script type=\"application/ld+json\">"
                + " et </script> : <, > et & y sont écrits \\u003c, \\u003e et \\u0026 (qu'un analyseur JSON relit à l'identique),"
                + " si bien qu'aucun texte ne peut fermer l'élément script",
                examples = "{\"@context\":\"https://schema.org/\",\"@type\":\"JobPosting\",\"title\":\"Chef de projet digital (H/F)\","
                        + "\"description\":\"\\u003cp\\u003eVous pilotez les projets web de nos clients.\\u003c/p\\u003e\"}") String jsonLdScript) {
}
