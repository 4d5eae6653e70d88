package fr.kiosque.job;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.jboss.logging.Logger;

import fr.kiosque.common.error.ProblemException;
import fr.kiosque.common.http.Preconditions;
import fr.kiosque.common.http.cache.CacheNamespaces;
import fr.kiosque.common.http.cache.InvalidatesCache;
import fr.kiosque.common.paging.Page;
import fr.kiosque.common.paging.PageRequest;
import fr.kiosque.common.paging.Sort;
import fr.kiosque.common.time.Now;
import fr.kiosque.job.api.JobAdminResponse;
import fr.kiosque.job.api.JobAdminSummary;
import fr.kiosque.job.api.JobMapper;
import fr.kiosque.job.api.JobRequest;
import fr.kiosque.webhook.WebhookEvent;
import fr.kiosque.webhook.WebhookService;

/**
 * How staff list, write, close and delete listings, and the webhooks of each change:
 * {@code job.published} when the public starts seeing a listing, {@code job.closed} when it is closed.
 */
@ApplicationScoped
class EditJobs {

    private static final Logger LOG = Logger.getLogger(EditJobs.class);

    static final Map<String, String> SORTS = Map.of(
            "updatedAt", "j.updatedAt",
            "createdAt", "j.createdAt",
            "datePosted", "j.datePosted",
            "validThrough", "j.validThrough",
            "title", "j.title");

    @Inject JobListingRepository listings;
    @Inject ListingWriter writer;
    @Inject Clock clock;
    @Inject WebhookService webhooks;

    static Sort sort(String sort) {
        return Sort.parse(sort, "-updatedAt", SORTS);
    }

    @Transactional
    Page<JobAdminSummary> list(JobStatus status, String profile, Sort sort, PageRequest page) {
        Instant now = now();
        long total = listings.countForStaff(status, profile);
        List<Long> ids = total == 0 ? List.of() : listings.pageOfIdsForStaff(status, profile, sort, page);
        return Page.of(listings.loadWithProfiles(ids).stream().map(j -> JobMapper.adminSummary(j, now)).toList(), page, total);
    }

    @Transactional
    JobAdminResponse get(long id) {
        return JobMapper.admin(find(id), now());
    }

    @Transactional
    @InvalidatesCache(CacheNamespaces.JOBS)
    JobAdminResponse create(JobRequest request) {
        Instant now = now();
        JobListing listing = new JobListing();
        writer.write(listing, request, now);
        listings.persistAndFlush(listing);
        announce(listing, false, null, now);
        LOG.infof("Job listing %d created (%s, %s)", listing.id, listing.slug, listing.status);
        return JobMapper.admin(listing, now);
    }

    @Transactional
    @InvalidatesCache(CacheNamespaces.JOBS)
    JobAdminResponse replace(long id, String ifMatch, JobRequest request) {
        Instant now = now();
        JobListing listing = find(id);
        Preconditions.requireMatch(ifMatch, listing.version);
        boolean wasVisible = listing.isVisibleAt(now);
        JobStatus wasStatus = listing.status;
        writer.write(listing, request, now);
        listings.flush();
        announce(listing, wasVisible, wasStatus, now);
        return JobMapper.admin(listing, now);
    }

    /**
     * Closes a listing now; nothing changes if it is already closed. The row is locked first, so
     * that parallel closes take turns and all succeed.
     */
    @Transactional
    @InvalidatesCache(CacheNamespaces.JOBS)
    JobAdminResponse close(long id, String ifMatch) {
        Instant now = now();
        JobListing listing = listings.findForUpdate(id).orElseThrow(() -> unknown(id));
        if (ifMatch != null && !ifMatch.isBlank()) { // closing is idempotent: If-Match is optional here
            Preconditions.requireMatch(ifMatch, listing.version);
        }
        if (listing.status != JobStatus.CLOSED) {
            listing.status = JobStatus.CLOSED;
            listing.closedAt = listing.validThrough.isBefore(now) ? listing.validThrough : now;
            listings.flush();
            webhooks.enqueue(WebhookEvent.JOB_CLOSED, JobMapper.summary(listing));
            LOG.infof("Job listing %d closed (%s)", listing.id, listing.slug);
        }
        return JobMapper.admin(listing, now);
    }

    @Transactional
    @InvalidatesCache(CacheNamespaces.JOBS)
    void delete(long id, String ifMatch) {
        JobListing listing = find(id);
        Preconditions.requireMatch(ifMatch, listing.version);
        listings.delete(listing);
        listings.flush();
        LOG.infof("Job listing %d deleted (%s)", id, listing.slug);
    }

    /** The webhooks of a change: job.published when the public starts seeing it, job.closed when it is closed. */
    private void announce(JobListing listing, boolean wasVisible, JobStatus wasStatus, Instant now) {
        if (!wasVisible && listing.isVisibleAt(now)) {
            webhooks.enqueue(WebhookEvent.JOB_PUBLISHED, JobMapper.summary(listing));
        } else if (wasStatus != null && wasStatus != JobStatus.CLOSED && listing.status == JobStatus.CLOSED) {
            webhooks.enqueue(WebhookEvent.JOB_CLOSED, JobMapper.summary(listing));
        }
    }

    private JobListing find(long id) {
        return listings.findByIdWithProfile(id).orElseThrow(() -> unknown(id));
    }

    private static ProblemException unknown(long id) {
        return ProblemException.notFound("Aucune offre n'a l'identifiant " + id + ".");
    }

    private Instant now() {
        return Now.of(clock);
    }
}
