package fr.kiosque.job;

import java.math.BigDecimal;
import java.time.Instant;

import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import fr.kiosque.common.persistence.Timestamps;

/**
 * A job listing. The table also holds generated columns that the entity does not map (yearly
 * salary bounds, folded city and search text): SQL computes them, the public queries read them.
 */
@Entity
@Table(name = "job_listing")
public class JobListing extends Timestamps {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    public String slug;

    public String title;

    @Column(name = "company_name")
    public String companyName;

    @Column(name = "company_website")
    public String companyWebsite;

    @Column(name = "company_logo_url")
    public String companyLogoUrl;

    public String city;

    @Column(name = "postal_code")
    public String postalCode;

    /** A {@link Region} slug; null outside France, or for a fully remote job without one. */
    public String region;

    /** ISO 3166-1 alpha-2. For a fully remote job: where candidates must live. */
    public String country;

    @Enumerated(EnumType.STRING)
    public RemoteWork remote;

    @Enumerated(EnumType.STRING)
    public Contract contract;

    @Enumerated(EnumType.STRING)
    @Column(name = "experience_level")
    public Seniority experienceLevel;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "profile_id")
    public JobProfile profile;

    @Column(name = "salary_min")
    public BigDecimal salaryMin;

    @Column(name = "salary_max")
    public BigDecimal salaryMax;

    @Column(name = "salary_currency")
    public String salaryCurrency;

    @Enumerated(EnumType.STRING)
    @Column(name = "salary_period")
    public SalaryPeriod salaryPeriod;

    @Column(name = "salary_gross")
    public boolean salaryGross;

    /** Sanitized HTML. Lazy: lists never show it. */
    @Basic(fetch = FetchType.LAZY)
    public String description;

    @Enumerated(EnumType.STRING)
    public JobStatus status;

    @Column(name = "date_posted")
    public Instant datePosted;

    @Column(name = "valid_through")
    public Instant validThrough;

    /** When staff closed it, or its validThrough when the scheduled job did. */
    @Column(name = "closed_at")
    public Instant closedAt;

    @Enumerated(EnumType.STRING)
    @Column(name = "apply_method")
    public ApplyMethod applyMethod;

    @Column(name = "apply_url")
    public String applyUrl;

    /** Whether the public sees it at this instant. */
    public boolean isVisibleAt(Instant now) {
        return ListingVisibility.test(status, datePosted, validThrough, now);
    }

    /** Whether the public saw it once and no longer does (410 Gone rather than 404). */
    public boolean isGoneAt(Instant now) {
        if (status == JobStatus.DRAFT || datePosted == null || datePosted.isAfter(now) || isVisibleAt(now)) {
            return false;
        }
        Instant ended = closedAt != null && closedAt.isBefore(validThrough) ? closedAt : validThrough;
        return datePosted.isBefore(ended);
    }
}
