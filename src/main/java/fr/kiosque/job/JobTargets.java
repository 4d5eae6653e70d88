package fr.kiosque.job;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import fr.kiosque.common.time.Now;
import fr.kiosque.job.api.JobMapper;
import fr.kiosque.job.api.JobViews.OpenListing;

/**
 * What other features may point at (the CV submissions): a listing open to applications, a
 * career sheet. The entry point of job/ for them.
 */
@ApplicationScoped
public class JobTargets {

    @Inject JobListingRepository listings;
    @Inject JobProfileRepository profiles;
    @Inject Clock clock;

    /**
     * The listing of that slug if the public sees it now: an application is accepted only while
     * it is present and {@link OpenListing#acceptsKiosqueApplications()}. A closed, expired, draft
     * or scheduled listing is absent.
     */
    @Transactional
    public Optional<OpenListing> openListing(String slug) {
        Instant now = Now.of(clock);
        return listings.find("slug", slug).firstResultOptional()
                .filter(listing -> listing.isVisibleAt(now))
                .map(JobMapper::openListing);
    }

    /** Whether the public saw that listing once and no longer does: closed, or expired. */
    @Transactional
    public boolean listingEnded(String slug) {
        Instant now = Now.of(clock);
        return listings.find("slug", slug).firstResultOptional().filter(listing -> listing.isGoneAt(now)).isPresent();
    }

    /** Whether a career sheet has that slug (every sheet is public). */
    @Transactional
    public boolean profileExists(String slug) {
        return profiles.findBySlug(slug).isPresent();
    }
}
