package fr.kiosque.job.api;

import java.math.BigDecimal;
import java.time.Instant;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import fr.kiosque.common.text.Slugs;
import fr.kiosque.job.ApplyMethod;
import fr.kiosque.job.Contract;
import fr.kiosque.job.JobStatus;
import fr.kiosque.job.RemoteWork;
import fr.kiosque.job.SalaryPeriod;
import fr.kiosque.job.Seniority;

/**
 * A listing as recruiters write it (POST and PUT). The profile is named by slug; the salary range
 * is required (EU pay-transparency directive 2023/970).
 */
@Schema(name = "JobRequest")
public record JobRequest(
        @NotBlank @Size(max = 200)
        @Schema(required = true, examples = "Chef de projet digital (H/F)") String title,
        @Size(max = 160) @Pattern(regexp = Slugs.PATTERN, message = "{kiosque.slug}")
        @Schema(nullable = true, description = "Par défaut, tiré du titre, de l'employeur et de la ville", examples = "chef-de-projet-digital-agence-fil-rouge-lyon") String slug,
        @NotNull @Valid @Schema(required = true) CompanyRequest company,
        @NotNull @Valid @Schema(required = true) LocationRequest location,
        @NotNull @Schema(required = true, examples = "HYBRID") RemoteWork remote,
        @NotNull @Schema(required = true, examples = "CDI") Contract contract,
        @Schema(nullable = true, examples = "CONFIRMED") Seniority experienceLevel,
        @Size(max = 120) @Pattern(regexp = Slugs.PATTERN, message = "{kiosque.slug}")
        @Schema(nullable = true, description = "Slug de la fiche métier", examples = "chef-de-projet-digital") String profile,
        @NotNull @Valid @Schema(required = true) SalaryRequest salary,
        @NotBlank @Size(max = 50_000)
        @Schema(required = true, description = "HTML ; les scripts, styles, attributs on* et liens javascript: sont retirés",
                examples = "<p>Vous pilotez les projets web de nos clients, du cahier des charges à la mise en ligne.</p>") String description,
        @Schema(nullable = true, description = "OPEN par défaut", examples = "OPEN") JobStatus status,
        @Schema(nullable = true, description = "Date de parution ; maintenant par défaut à l'ouverture, future pour programmer la parution",
                examples = "2026-11-20T08:00:00Z") Instant datePosted,
        @Schema(nullable = true, description = "Date limite, future ; par défaut datePosted + kiosque.jobs.default-validity (60 jours)",
                examples = "2027-01-31T23:59:59Z") Instant validThrough,
        @Valid @Schema(nullable = true) ApplyRequest apply) {

    @Schema(name = "CompanyRequest")
    public record CompanyRequest(
            @NotBlank @Size(max = 200) @Schema(required = true, examples = "Agence Fil Rouge") String name,
            @Size(max = 2048) @Pattern(regexp = JobRequest.URL, message = "{kiosque.url}")
            @Schema(nullable = true, examples = "https://www.agence-filrouge.fr") String website,
            @Size(max = 2048) @Pattern(regexp = JobRequest.URL, message = "{kiosque.url}")
            @Schema(nullable = true, examples = "https://cdn.kiosque.fr/logos/agence-fil-rouge.png") String logoUrl) {
    }

    @Schema(name = "JobLocationRequest")
    public record LocationRequest(
            @Size(max = 120) @Schema(nullable = true, description = "Obligatoire sauf en télétravail complet", examples = "Lyon") String city,
            @Size(max = 10) @Pattern(regexp = "^[0-9A-Za-z][0-9A-Za-z -]{1,9}$", message = "{kiosque.postal-code}")
            @Schema(nullable = true, examples = "69002") String postalCode,
            @Size(max = 40)
            @Schema(nullable = true, description = "Slug de région française (GET /api/v1/job-regions) ; obligatoire en France sauf en télétravail complet",
                    examples = "auvergne-rhone-alpes") String region,
            @Pattern(regexp = "^[A-Z]{2}$", message = "{kiosque.country}")
            @Schema(nullable = true, description = "ISO 3166-1 alpha-2, FR par défaut ; en télétravail complet, où doivent résider les candidats",
                    examples = "FR") String country) {
    }

    @Schema(name = "SalaryRequest")
    public record SalaryRequest(
            @NotNull @PositiveOrZero @Digits(integer = 9, fraction = 2) @Schema(required = true, examples = "40000") BigDecimal min,
            @NotNull @Positive @Digits(integer = 9, fraction = 2) @Schema(required = true, examples = "50000") BigDecimal max,
            @Pattern(regexp = "^EUR$", message = "{kiosque.currency}")
            @Schema(nullable = true, description = "EUR (par défaut ; seule devise acceptée pour l'instant)", examples = "EUR") String currency,
            @Schema(nullable = true, description = "YEAR par défaut", examples = "YEAR") SalaryPeriod period,
            @Schema(nullable = true, description = "Brut (true, par défaut) ou net", examples = "true") Boolean gross) {
    }

    @Schema(name = "ApplyRequest", description = "Comment postuler ; par Kiosque (KIOSQUE) si absent")
    public record ApplyRequest(
            @NotNull @Schema(required = true, examples = "EXTERNAL_URL") ApplyMethod method,
            @Size(max = 2048) @Pattern(regexp = JobRequest.URL, message = "{kiosque.url}")
            @Schema(nullable = true, description = "Obligatoire pour EXTERNAL_URL, absent pour KIOSQUE",
                    examples = "https://carrieres.agence-filrouge.fr/offres/42") String url) {
    }

    static final String URL = "^https?://\\S+$";
}
