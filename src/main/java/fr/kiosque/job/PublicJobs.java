package fr.kiosque.job;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import com.fasterxml.jackson.databind.ObjectMapper;

import fr.kiosque.common.error.ProblemException;
import fr.kiosque.common.error.ProblemType;
import fr.kiosque.common.json.ScriptSafeJson;
import fr.kiosque.common.paging.Page;
import fr.kiosque.common.paging.PageRequest;
import fr.kiosque.common.paging.Sort;
import fr.kiosque.common.time.Now;
import fr.kiosque.job.JobListingRepository.FacetRow;
import fr.kiosque.job.api.JobDetail;
import fr.kiosque.job.api.JobListPage;
import fr.kiosque.job.api.JobMapper;
import fr.kiosque.job.api.JobSummary;
import fr.kiosque.job.api.JobViews.RegionRef;

/** The public job board: the filtered list with its facets, a listing's page, the regions. */
@ApplicationScoped
class PublicJobs {

    static final Map<String, String> SORTS = Map.of(
            "datePosted", "j.date_posted",
            "salary", "j.salary_max_yearly");

    @Inject JobListingRepository listings;
    @Inject Clock clock;
    /** The mapper that writes the answers: the JSON-LD's script text is its serialization, escaped. */
    @Inject ObjectMapper json;

    static Sort sort(String sort) {
        return Sort.parse(sort, "-datePosted", SORTS);
    }

    /** The regions listings may be in, in their fixed order. */
    static List<RegionRef> regions() {
        return java.util.Arrays.stream(Region.values()).map(JobMapper::region).toList();
    }

    /** A page of open listings and the facet counts of the filter: three statements at most. */
    @Transactional
    JobListPage list(JobFilter filter, Sort sort, PageRequest page) {
        Instant now = Now.of(clock);
        List<FacetRow> rows = listings.facets(filter, now);
        long total = rows.stream().filter(r -> r.dimension() == JobListingRepository.TOTAL_ROW)
                .mapToLong(FacetRow::count).findFirst().orElse(0);
        List<Long> ids = total == 0 ? List.of() : listings.pageOfIds(filter, now, sort, page);
        List<JobSummary> items = listings.loadWithProfiles(ids).stream().map(JobMapper::summary).toList();
        return new JobListPage(items, Page.of(items, page, total).page(), JobFacetCounts.of(rows, filter));
    }

    /** An open listing's page; 410 once it has expired or been closed, 404 if the public never saw it. */
    @Transactional
    JobDetail bySlug(String slug) {
        Instant now = Now.of(clock);
        JobListing listing = listings.findBySlugWithProfile(slug).orElseThrow(() -> notFound(slug));
        if (listing.isVisibleAt(now)) {
            return JobMapper.detail(listing, jsonLd -> ScriptSafeJson.write(json, jsonLd));
        }
        if (listing.isGoneAt(now)) {
            Instant ended = listing.closedAt != null && listing.closedAt.isBefore(listing.validThrough)
                    ? listing.closedAt : listing.validThrough;
            throw new ProblemException(ProblemType.GONE, "L'offre « " + slug + " » n'est plus en ligne depuis le "
                    + ended + " : elle n'accepte plus de candidatures.");
        }
        throw notFound(slug);
    }

    private static ProblemException notFound(String slug) {
        return ProblemException.notFound("Aucune offre publiée ne porte le slug « " + slug + " ».");
    }
}
