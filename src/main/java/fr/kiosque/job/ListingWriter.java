package fr.kiosque.job;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import fr.kiosque.common.error.FieldError;
import fr.kiosque.common.error.ProblemException;
import fr.kiosque.common.error.ProblemType;
import fr.kiosque.common.persistence.SlugLocks;
import fr.kiosque.common.text.HtmlSanitizer;
import fr.kiosque.common.text.Slugs;
import fr.kiosque.job.api.JobRequest;

/**
 * Writes a staff request onto a listing, in steps: what makes it malformed (400, every field named
 * at once), then what the data and the clock refuse (422), then the slug (409 when asked for and
 * taken), then the fields.
 */
@ApplicationScoped
class ListingWriter {

    private static final String FRANCE = "FR";
    static final String SLUG_LOCKS = "job-listing-slug";

    @Inject JobListingRepository listings;
    @Inject JobProfileRepository profiles;
    @Inject JobsConfig config;

    /** The request's values once well-formed: where, how to apply, the sanitized text, the slug's base if one is derived. */
    private record Shape(String title, String city, Region region, String country, ApplyMethod method, String applyUrl,
            String description, String slugBase) {
    }

    /** The status and dates the listing will have, defaults applied. */
    private record Schedule(JobStatus status, Instant datePosted, Instant validThrough) {
    }

    void write(JobListing listing, JobRequest request, Instant now) {
        Shape shape = shape(listing, request);
        Schedule schedule = schedule(listing, request, now);
        JobProfile profile = refuseWhatCannotHold(request, schedule, now);
        listing.slug = slug(listing, request.slug(), shape.slugBase());
        fill(listing, request, shape, schedule, profile, now);
    }

    /** 400 naming every malformed field. */
    private static Shape shape(JobListing listing, JobRequest request) {
        List<FieldError> invalid = new ArrayList<>();
        JobRequest.SalaryRequest salary = request.salary();
        if (salary.min().compareTo(salary.max()) > 0) {
            invalid.add(new FieldError("salary.max", "doit être supérieur ou égal à salary.min"));
        }
        JobRequest.LocationRequest location = request.location();
        String country = location.country() == null ? FRANCE : location.country();
        boolean fullyRemote = request.remote() == RemoteWork.FULL_REMOTE;
        String city = blankToNull(location.city());
        Region region = region(blankToNull(location.region()), country, fullyRemote, invalid);
        if (city == null && !fullyRemote) {
            invalid.add(new FieldError("location.city", "obligatoire, sauf en télétravail complet (FULL_REMOTE)"));
        }
        ApplyMethod method = request.apply() == null ? ApplyMethod.KIOSQUE : request.apply().method();
        String applyUrl = request.apply() == null ? null : blankToNull(request.apply().url());
        if (method == ApplyMethod.EXTERNAL_URL && applyUrl == null) {
            invalid.add(new FieldError("apply.url", "obligatoire pour EXTERNAL_URL"));
        } else if (method == ApplyMethod.KIOSQUE && applyUrl != null) {
            invalid.add(new FieldError("apply.url", "sans objet pour KIOSQUE : on postule par Kiosque"));
        }
        String description = HtmlSanitizer.sanitize(request.description());
        if (HtmlSanitizer.text(description).isBlank()) {
            invalid.add(new FieldError("description", "ne contient aucun texte une fois le HTML nettoyé"));
        }
        String title = request.title().strip();
        boolean derived = request.slug() == null && listing.slug == null;
        String base = derived ? Slugs.slugify(title + " " + request.company().name() + " " + (city == null ? "" : city)) : null;
        if (base != null && base.isEmpty()) {
            invalid.add(new FieldError("title", "aucun slug ne peut en être tiré : donnez un « slug »"));
        }
        if (!invalid.isEmpty()) {
            String fields = invalid.stream().map(FieldError::field).distinct().collect(Collectors.joining(", "));
            throw new ProblemException(ProblemType.VALIDATION_ERROR, "Champs invalides : " + fields + ".", invalid, Map.of());
        }
        return new Shape(title, city, region, country, method, applyUrl, description, base);
    }

    /** A region is a known slug, given in France only, and required there unless the job is fully remote. */
    private static Region region(String slug, String country, boolean fullyRemote, List<FieldError> invalid) {
        if (slug == null) {
            if (!fullyRemote && FRANCE.equals(country)) {
                invalid.add(new FieldError("location.region", "obligatoire en France, sauf en télétravail complet (FULL_REMOTE)"));
            }
            return null;
        }
        Region region = Region.fromSlug(slug).orElse(null);
        if (region == null) {
            invalid.add(new FieldError("location.region", "valeurs acceptées : " + Region.slugs()));
        } else if (!FRANCE.equals(country)) {
            invalid.add(new FieldError("location.region", "une région ne se donne qu'en France (country FR)"));
        }
        return region;
    }

    private Schedule schedule(JobListing listing, JobRequest request, Instant now) {
        JobStatus status = request.status() != null ? request.status() : listing.status != null ? listing.status : JobStatus.OPEN;
        Instant datePosted = request.datePosted() != null ? request.datePosted() : listing.datePosted;
        if (datePosted == null && status == JobStatus.OPEN) {
            datePosted = now;
        }
        Instant validThrough = request.validThrough() != null ? request.validThrough()
                : listing.validThrough != null ? listing.validThrough
                        : JobDates.plus(datePosted != null && datePosted.isAfter(now) ? datePosted : now, config.defaultValidity());
        return new Schedule(status, datePosted, validThrough);
    }

    /** 422 when the career sheet is unknown or the dates cannot hold; the career sheet otherwise (null for none). */
    private JobProfile refuseWhatCannotHold(JobRequest request, Schedule schedule, Instant now) {
        List<FieldError> refused = new ArrayList<>();
        JobProfile profile = null;
        String profileSlug = blankToNull(request.profile());
        if (profileSlug != null) {
            profile = profiles.findBySlug(profileSlug).orElse(null);
            if (profile == null) {
                refused.add(new FieldError("profile", "fiche métier inconnue : « " + profileSlug
                        + " » (créez-la d'abord : POST /api/v1/admin/job-profiles)"));
            }
        }
        if (schedule.status() != JobStatus.CLOSED && !schedule.validThrough().isAfter(now)) {
            refused.add(new FieldError("validThrough", "doit être dans le futur : une offre ouverte ou en brouillon expire à cette date"));
        } else if (schedule.datePosted() != null && !schedule.validThrough().isAfter(schedule.datePosted())) {
            refused.add(new FieldError("validThrough", "doit suivre datePosted"));
        }
        if (!refused.isEmpty()) {
            String detail = refused.stream().map(e -> e.field() + " : " + e.message()).collect(Collectors.joining(" ; ")) + ".";
            throw new ProblemException(ProblemType.BUSINESS_RULE, Character.toUpperCase(detail.charAt(0)) + detail.substring(1),
                    refused, Map.of());
        }
        return profile;
    }

    /** The slug asked for (409 when another listing has it), else the current one, else the first free one of the base. */
    private String slug(JobListing listing, String requested, String base) {
        if (requested != null && !requested.equals(listing.slug)) {
            return SlugLocks.claim(listings.getEntityManager(), SLUG_LOCKS, requested, slug -> listings.slugTaken(slug, listing.id),
                    "Le slug « " + requested + " » est déjà pris par une autre offre.");
        }
        if (listing.slug != null) {
            return listing.slug;
        }
        return SlugLocks.firstFree(listings.getEntityManager(), SLUG_LOCKS, base, slug -> listings.slugTaken(slug, null));
    }

    private static void fill(JobListing listing, JobRequest request, Shape shape, Schedule schedule, JobProfile profile,
            Instant now) {
        JobRequest.SalaryRequest salary = request.salary();
        listing.title = shape.title();
        listing.companyName = request.company().name().strip();
        listing.companyWebsite = blankToNull(request.company().website());
        listing.companyLogoUrl = blankToNull(request.company().logoUrl());
        listing.city = shape.city();
        listing.postalCode = blankToNull(request.location().postalCode());
        listing.region = shape.region() == null ? null : shape.region().slug();
        listing.country = shape.country();
        listing.remote = request.remote();
        listing.contract = request.contract();
        listing.experienceLevel = request.experienceLevel();
        listing.profile = profile;
        listing.salaryMin = salary.min();
        listing.salaryMax = salary.max();
        listing.salaryCurrency = salary.currency() == null ? "EUR" : salary.currency();
        listing.salaryPeriod = salary.period() == null ? SalaryPeriod.YEAR : salary.period();
        listing.salaryGross = salary.gross() == null || salary.gross();
        listing.description = shape.description();
        listing.applyMethod = shape.method();
        listing.applyUrl = shape.applyUrl();
        if (schedule.status() != JobStatus.CLOSED) {
            listing.closedAt = null;
        } else if (listing.status != JobStatus.CLOSED || listing.closedAt == null) {
            listing.closedAt = schedule.validThrough().isBefore(now) ? schedule.validThrough() : now;
        }
        listing.status = schedule.status();
        listing.datePosted = schedule.datePosted();
        listing.validThrough = schedule.validThrough();
    }

    static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
