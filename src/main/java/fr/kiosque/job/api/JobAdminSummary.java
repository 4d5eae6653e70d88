package fr.kiosque.job.api;

import java.time.Instant;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import fr.kiosque.job.Contract;
import fr.kiosque.job.JobStatus;
import fr.kiosque.job.api.JobViews.ProfileRef;

/** A listing in a staff list. */
@Schema(name = "JobAdminSummary")
public record JobAdminSummary(
        @Schema(examples = "42") long id,
        @Schema(examples = "chef-de-projet-digital-h-f-agence-fil-rouge-lyon") String slug,
        @Schema(examples = "Chef de projet digital (H/F)") String title,
        @Schema(examples = "Agence Fil Rouge") String companyName,
        @Schema(examples = "CDI") Contract contract,
        @Schema(nullable = true) ProfileRef profile,
        @Schema(examples = "OPEN") JobStatus status,
        @Schema(examples = "true") boolean visible,
        @Schema(nullable = true, examples = "2026-11-20T08:00:00Z") Instant datePosted,
        @Schema(examples = "2027-01-31T23:59:59Z") Instant validThrough,
        @Schema(examples = "2026-11-19T16:00:00Z") Instant updatedAt,
        @Schema(examples = "0") long version) {
}
