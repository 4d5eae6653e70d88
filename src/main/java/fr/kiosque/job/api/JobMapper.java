package fr.kiosque.job.api;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import fr.kiosque.article.api.ArticleSummary;
import fr.kiosque.job.ApplyMethod;
import fr.kiosque.job.JobListing;
import fr.kiosque.job.JobProfile;
import fr.kiosque.job.Region;
import fr.kiosque.job.RemoteWork;
import fr.kiosque.job.Seniority;
import fr.kiosque.job.api.JobPostingJsonLd.Country;
import fr.kiosque.job.api.JobPostingJsonLd.Identifier;
import fr.kiosque.job.api.JobPostingJsonLd.MonetaryAmount;
import fr.kiosque.job.api.JobPostingJsonLd.Organization;
import fr.kiosque.job.api.JobPostingJsonLd.Place;
import fr.kiosque.job.api.JobPostingJsonLd.PostalAddress;
import fr.kiosque.job.api.JobPostingJsonLd.QuantitativeValue;
import fr.kiosque.job.api.JobProfileViews.OpenListings;
import fr.kiosque.job.api.JobProfileViews.SalaryBand;
import fr.kiosque.job.api.JobProfileViews.SalaryBenchmark;
import fr.kiosque.job.api.JobViews.Apply;
import fr.kiosque.job.api.JobViews.Company;
import fr.kiosque.job.api.JobViews.Location;
import fr.kiosque.job.api.JobViews.OpenListing;
import fr.kiosque.job.api.JobViews.ProfileRef;
import fr.kiosque.job.api.JobViews.RegionRef;

/**
 * Entities to response records. Every field of every response is listed here on purpose, so a
 * new column never reaches a client by accident.
 */
public final class JobMapper {

    private JobMapper() {
    }

    // ---- listings -------------------------------------------------------------------------

    public static JobSummary summary(JobListing j) {
        return new JobSummary(j.slug, j.title, company(j), location(j), j.remote, j.contract, j.experienceLevel,
                profileRef(j.profile), salary(j), j.datePosted, j.validThrough);
    }

    /**
     * @param script the JSON-LD as text to insert in a script element: serialized by the mapper
     *               that writes the answer ({@code ScriptSafeJson.write}), so that it parses back
     *               to exactly {@code jsonLd}
     */
    public static JobDetail detail(JobListing j, Function<JobPostingJsonLd, String> script) {
        JobPostingJsonLd jsonLd = jsonLd(j);
        return new JobDetail(j.slug, j.title, company(j), location(j), j.remote, j.contract, j.experienceLevel,
                profileRef(j.profile), salary(j), j.description, j.datePosted, j.validThrough, apply(j), jsonLd,
                script.apply(jsonLd));
    }

    public static JobAdminResponse admin(JobListing j, Instant now) {
        return new JobAdminResponse(j.id, j.slug, j.title, company(j), location(j), j.remote, j.contract, j.experienceLevel,
                profileRef(j.profile), salary(j), j.description, j.status, j.isVisibleAt(now), j.datePosted, j.validThrough,
                j.closedAt, apply(j), j.createdAt, j.updatedAt, j.version);
    }

    public static JobAdminSummary adminSummary(JobListing j, Instant now) {
        return new JobAdminSummary(j.id, j.slug, j.title, j.companyName, j.contract, profileRef(j.profile), j.status,
                j.isVisibleAt(now), j.datePosted, j.validThrough, j.updatedAt, j.version);
    }

    public static OpenListing openListing(JobListing j) {
        return new OpenListing(j.slug, j.title, j.companyName, j.applyMethod, j.applyUrl, j.validThrough);
    }

    public static RegionRef region(Region region) {
        return new RegionRef(region.slug(), region.displayName());
    }

    /**
     * The schema.org JobPosting of a listing (docs/jobs.md, "JSON-LD"): Google's required
     * properties (title, description, datePosted, hiringOrganization, jobLocation or
     * TELECOMMUTE with applicantLocationRequirements) and its recommended ones (validThrough,
     * employmentType, baseSalary, directApply, identifier).
     */
    public static JobPostingJsonLd jsonLd(JobListing j) {
        boolean fullyRemote = j.remote == RemoteWork.FULL_REMOTE;
        Place place = fullyRemote ? null : new Place("Place", new PostalAddress("PostalAddress", j.city, j.postalCode,
                Region.fromSlug(j.region).map(Region::displayName).orElse(null), j.country));
        Money salary = salary(j);
        return new JobPostingJsonLd(JobPostingJsonLd.CONTEXT, "JobPosting", j.title, j.description,
                new Identifier("PropertyValue", j.companyName, j.slug),
                j.datePosted, j.validThrough, j.contract.employmentType(),
                new Organization("Organization", j.companyName, j.companyWebsite, j.companyLogoUrl),
                place,
                fullyRemote ? "TELECOMMUTE" : null,
                fullyRemote ? new Country("Country", j.country) : null,
                new MonetaryAmount("MonetaryAmount", salary.currency(),
                        new QuantitativeValue("QuantitativeValue", salary.min(), salary.max(), salary.period().name())),
                j.applyMethod == ApplyMethod.KIOSQUE);
    }

    private static Company company(JobListing j) {
        return new Company(j.companyName, j.companyWebsite, j.companyLogoUrl);
    }

    private static Location location(JobListing j) {
        return new Location(j.city, j.postalCode, Region.fromSlug(j.region).map(JobMapper::region).orElse(null), j.country);
    }

    private static Money salary(JobListing j) {
        return Money.of(j.salaryMin, j.salaryMax, j.salaryCurrency, j.salaryPeriod, j.salaryGross);
    }

    private static Apply apply(JobListing j) {
        return new Apply(j.applyMethod, j.applyUrl);
    }

    private static ProfileRef profileRef(JobProfile p) {
        return p == null ? null : new ProfileRef(p.slug, p.title);
    }

    // ---- career sheets --------------------------------------------------------------------

    public static JobProfileViews.Summary profileSummary(JobProfile p, long openListingCount) {
        return new JobProfileViews.Summary(p.slug, p.title, p.summary, openListingCount);
    }

    public static JobProfileViews.Detail profileDetail(JobProfile p, SalaryBenchmark benchmark, long openCount,
            List<JobListing> open, List<ArticleSummary> related) {
        return new JobProfileViews.Detail(p.slug, p.title, p.summary, List.copyOf(p.missions), List.copyOf(p.skills),
                p.education, p.careerPath, bands(p), benchmark,
                new OpenListings(openCount, open.stream().map(JobMapper::summary).toList()), related, p.updatedAt);
    }

    public static JobProfileViews.Admin profileAdmin(JobProfile p) {
        return new JobProfileViews.Admin(p.id, p.slug, p.title, p.summary, List.copyOf(p.missions), List.copyOf(p.skills),
                p.education, p.careerPath, bands(p), List.copyOf(p.relatedArticles), p.createdAt, p.updatedAt, p.version);
    }

    public static JobProfileViews.AdminSummary profileAdminSummary(JobProfile p) {
        return new JobProfileViews.AdminSummary(p.id, p.slug, p.title, p.updatedAt, p.version);
    }

    public static SalaryBenchmark benchmark(long count, Long medianMin, Long medianMax) {
        return new SalaryBenchmark(count, count == 0 || medianMin == null || medianMax == null ? null
                : Money.yearlyGross(medianMin, medianMax));
    }

    private static List<SalaryBand> bands(JobProfile p) {
        List<SalaryBand> bands = new ArrayList<>();
        for (Seniority seniority : Seniority.values()) {
            int[] band = p.band(seniority);
            if (band != null) {
                bands.add(new SalaryBand(seniority, Money.yearlyGross(band[0], band[1])));
            }
        }
        return bands;
    }
}
