package fr.kiosque.job.api;

import java.time.Instant;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import fr.kiosque.job.Contract;
import fr.kiosque.job.RemoteWork;
import fr.kiosque.job.Seniority;
import fr.kiosque.job.api.JobViews.Company;
import fr.kiosque.job.api.JobViews.Location;
import fr.kiosque.job.api.JobViews.ProfileRef;

/** A listing in a list: what a card shows, no description. */
@Schema(name = "JobSummary")
public record JobSummary(
        @Schema(examples = "chef-de-projet-digital-h-f-agence-fil-rouge-lyon") String slug,
        @Schema(examples = "Chef de projet digital (H/F)") String title,
        Company company,
        Location location,
        @Schema(examples = "HYBRID") RemoteWork remote,
        @Schema(examples = "CDI") Contract contract,
        @Schema(nullable = true, examples = "CONFIRMED") Seniority experienceLevel,
        @Schema(nullable = true) ProfileRef profile,
        Money salary,
        @Schema(examples = "2026-11-20T08:00:00Z") Instant datePosted,
        @Schema(examples = "2027-01-31T23:59:59Z") Instant validThrough) {
}
