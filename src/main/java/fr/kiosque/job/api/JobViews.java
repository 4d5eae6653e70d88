package fr.kiosque.job.api;

import java.time.Instant;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import fr.kiosque.job.ApplyMethod;

/** Small embedded views of a listing, shared by its public and staff answers. */
public final class JobViews {

    private JobViews() {
    }

    @Schema(name = "JobCompany", description = "Employeur")
    public record Company(
            @Schema(examples = "Agence Fil Rouge") String name,
            @Schema(nullable = true, examples = "https://www.agence-filrouge.fr") String website,
            @Schema(nullable = true, examples = "https://cdn.kiosque.fr/logos/agence-fil-rouge.png") String logoUrl) {
    }

    @Schema(name = "RegionRef", description = "Région française (les offres en France seulement)")
    public record RegionRef(
            @Schema(examples = "auvergne-rhone-alpes") String slug,
            @Schema(examples = "Auvergne-Rhône-Alpes") String name) {
    }

    @Schema(name = "JobLocation", description = "Lieu de travail ; pour un poste en télétravail complet, le pays où doivent résider les candidats")
    public record Location(
            @Schema(nullable = true, examples = "Lyon") String city,
            @Schema(nullable = true, examples = "69002") String postalCode,
            @Schema(nullable = true) RegionRef region,
            @Schema(description = "ISO 3166-1 alpha-2", examples = "FR") String country) {
    }

    @Schema(name = "JobProfileRef", description = "Fiche métier d'une offre")
    public record ProfileRef(
            @Schema(examples = "chef-de-projet-digital") String slug,
            @Schema(examples = "Chef de projet digital") String title) {
    }

    @Schema(name = "JobApply", description = "Comment postuler : par Kiosque (POST /api/v1/cv-submissions avec le slug de l'offre) ou sur le site de l'employeur")
    public record Apply(
            @Schema(examples = "KIOSQUE") ApplyMethod method,
            @Schema(nullable = true, description = "Adresse de candidature (EXTERNAL_URL) ; null pour KIOSQUE",
                    examples = "https://carrieres.agence-filrouge.fr/offres/42") String url) {
    }

    /** What the CV submission feature needs to know about a listing that accepts applications now. */
    public record OpenListing(String slug, String title, String companyName, ApplyMethod applyMethod, String applyUrl,
            Instant validThrough) {

        /** Candidates apply through Kiosque (a CV submission), not on the employer's site. */
        public boolean acceptsKiosqueApplications() {
            return applyMethod == ApplyMethod.KIOSQUE;
        }
    }
}
