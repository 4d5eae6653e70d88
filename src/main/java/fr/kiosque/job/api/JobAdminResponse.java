package fr.kiosque.job.api;

import java.time.Instant;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import fr.kiosque.job.Contract;
import fr.kiosque.job.JobStatus;
import fr.kiosque.job.RemoteWork;
import fr.kiosque.job.Seniority;
import fr.kiosque.job.api.JobViews.Apply;
import fr.kiosque.job.api.JobViews.Company;
import fr.kiosque.job.api.JobViews.Location;
import fr.kiosque.job.api.JobViews.ProfileRef;

/** A listing as staff see it: every field, its status and version. */
@Schema(name = "JobAdminResponse")
public record JobAdminResponse(
        @Schema(examples = "42") long id,
        @Schema(examples = "chef-de-projet-digital-h-f-agence-fil-rouge-lyon") String slug,
        @Schema(examples = "Chef de projet digital (H/F)") String title,
        Company company,
        Location location,
        @Schema(examples = "HYBRID") RemoteWork remote,
        @Schema(examples = "CDI") Contract contract,
        @Schema(nullable = true, examples = "CONFIRMED") Seniority experienceLevel,
        @Schema(nullable = true) ProfileRef profile,
        Money salary,
        @Schema(examples = "<p>Vous pilotez les projets web de nos clients.</p>") String description,
        @Schema(examples = "OPEN") JobStatus status,
        @Schema(description = "Le public la voit en ce moment (ouverte, parue, pas encore expirée)", examples = "true") boolean visible,
        @Schema(nullable = true, description = "null pour un brouillon jamais ouvert", examples = "2026-11-20T08:00:00Z") Instant datePosted,
        @Schema(examples = "2027-01-31T23:59:59Z") Instant validThrough,
        @Schema(nullable = true, examples = "2026-12-15T10:00:00Z") Instant closedAt,
        JobViews.Apply apply,
        @Schema(examples = "2026-11-19T16:00:00Z") Instant createdAt,
        @Schema(examples = "2026-11-19T16:00:00Z") Instant updatedAt,
        @Schema(examples = "0") long version) {
}
