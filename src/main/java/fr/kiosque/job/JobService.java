package fr.kiosque.job;

import java.text.Collator;
import java.time.Clock;
import java.time.Instant;
import java.time.Period;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.jboss.logging.Logger;

import com.fasterxml.jackson.databind.ObjectMapper;

import fr.kiosque.common.error.FieldError;
import fr.kiosque.common.error.ProblemException;
import fr.kiosque.common.error.ProblemType;
import fr.kiosque.common.http.Preconditions;
import fr.kiosque.common.http.cache.CacheInvalidator;
import fr.kiosque.common.http.cache.CacheNamespaces;
import fr.kiosque.common.http.cache.InvalidatesCache;
import fr.kiosque.common.json.ScriptSafeJson;
import fr.kiosque.common.paging.Page;
import fr.kiosque.common.paging.PageRequest;
import fr.kiosque.common.paging.Sort;
import fr.kiosque.common.text.HtmlSanitizer;
import fr.kiosque.common.text.Slugs;
import fr.kiosque.common.time.Now;
import fr.kiosque.job.JobListingRepository.FacetRow;
import fr.kiosque.job.api.JobAdminResponse;
import fr.kiosque.job.api.JobAdminSummary;
import fr.kiosque.job.api.JobDetail;
import fr.kiosque.job.api.JobFacets;
import fr.kiosque.job.api.JobFacets.FacetValue;
import fr.kiosque.job.api.JobListPage;
import fr.kiosque.job.api.JobMapper;
import fr.kiosque.job.api.JobRequest;
import fr.kiosque.job.api.JobSummary;
import fr.kiosque.job.api.JobViews.OpenListing;
import fr.kiosque.job.api.JobViews.RegionRef;
import fr.kiosque.webhook.WebhookEvent;
import fr.kiosque.webhook.WebhookService;
import io.quarkus.narayana.jta.QuarkusTransaction;

/**
 * The rules of job listings: what the public sees (open, posted, not yet expired), how staff
 * write, close and delete them, and which listing accepts applications now.
 */
@ApplicationScoped
public class JobService {

    private static final Logger LOG = Logger.getLogger(JobService.class);
    private static final String FRANCE = "FR";
    private static final Comparator<String> FRENCH = Collator.getInstance(Locale.FRENCH)::compare;

    static final Map<String, String> PUBLIC_SORTS = Map.of(
            "datePosted", "j.date_posted",
            "salary", "j.salary_max_yearly");
    static final Map<String, String> STAFF_SORTS = Map.of(
            "updatedAt", "j.updatedAt",
            "createdAt", "j.createdAt",
            "datePosted", "j.datePosted",
            "validThrough", "j.validThrough",
            "title", "j.title");

    private final JobListingRepository listings;
    private final JobProfileRepository profiles;
    private final JobsConfig config;
    private final CacheInvalidator cache;
    private final Clock clock;
    private final WebhookService webhooks;
    /** The mapper that writes the answers: the JSON-LD's script text is its serialization, escaped. */
    private final ObjectMapper json;

    JobService(JobListingRepository listings, JobProfileRepository profiles, JobsConfig config, CacheInvalidator cache,
            Clock clock, WebhookService webhooks, ObjectMapper json) {
        this.webhooks = webhooks;
        this.json = json;
        this.listings = listings;
        this.profiles = profiles;
        this.config = config;
        this.cache = cache;
        this.clock = clock;
    }

    // ---- public ---------------------------------------------------------------------------

    /** A page of open listings and the facet counts of the filter: three statements at most. */
    @Transactional
    public JobListPage listPublished(JobFilter filter, Sort sort, PageRequest page) {
        Instant now = now();
        List<FacetRow> rows = listings.facets(filter, now);
        long total = rows.stream().filter(r -> r.dimension() == JobListingRepository.TOTAL_ROW)
                .mapToLong(FacetRow::count).findFirst().orElse(0);
        List<Long> ids = total == 0 ? List.of() : listings.pageOfIds(filter, now, sort, page);
        List<JobSummary> items = listings.loadWithProfiles(ids).stream().map(JobMapper::summary).toList();
        return new JobListPage(items, Page.of(items, page, total).page(), facets(rows, filter));
    }

    /** An open listing's page; 410 once it has expired or been closed, 404 if the public never saw it. */
    @Transactional
    public JobDetail publishedBySlug(String slug) {
        Instant now = now();
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

    /**
     * The listing of that slug if the public sees it now, for features that act on it (the CV
     * submissions of a later issue: an application is accepted only while this is present and
     * {@link OpenListing#acceptsKiosqueApplications()}). A closed, expired, draft or scheduled
     * listing is absent.
     */
    @Transactional
    public Optional<OpenListing> openListing(String slug) {
        Instant now = now();
        return listings.find("slug", slug).firstResultOptional()
                .filter(listing -> listing.isVisibleAt(now))
                .map(JobMapper::openListing);
    }

    /** The regions listings may be in, in their fixed order. */
    public static List<RegionRef> regions() {
        return java.util.Arrays.stream(Region.values()).map(JobMapper::region).toList();
    }

    public static Sort publicSort(String sort) {
        return Sort.parse(sort, "-datePosted", PUBLIC_SORTS);
    }

    // ---- staff ----------------------------------------------------------------------------

    public static Sort staffSort(String sort) {
        return Sort.parse(sort, "-updatedAt", STAFF_SORTS);
    }

    @Transactional
    public Page<JobAdminSummary> listForStaff(JobStatus status, String profile, Sort sort, PageRequest page) {
        Instant now = now();
        long total = listings.countForStaff(status, profile);
        List<Long> ids = total == 0 ? List.of() : listings.pageOfIdsForStaff(status, profile, sort, page);
        return Page.of(listings.loadWithProfiles(ids).stream().map(j -> JobMapper.adminSummary(j, now)).toList(), page, total);
    }

    @Transactional
    public JobAdminResponse get(long id) {
        return JobMapper.admin(find(id), now());
    }

    @Transactional
    @InvalidatesCache(CacheNamespaces.JOBS)
    public JobAdminResponse create(JobRequest request) {
        Instant now = now();
        JobListing listing = new JobListing();
        apply(listing, request, now);
        listings.persistAndFlush(listing);
        announce(listing, false, null, now);
        LOG.infof("Job listing %d created (%s, %s)", listing.id, listing.slug, listing.status);
        return JobMapper.admin(listing, now);
    }

    @Transactional
    @InvalidatesCache(CacheNamespaces.JOBS)
    public JobAdminResponse replace(long id, String ifMatch, JobRequest request) {
        Instant now = now();
        JobListing listing = find(id);
        Preconditions.requireMatch(ifMatch, listing.version);
        boolean wasVisible = listing.isVisibleAt(now);
        JobStatus wasStatus = listing.status;
        apply(listing, request, now);
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
    public JobAdminResponse close(long id, String ifMatch) {
        Instant now = now();
        JobListing listing = listings.findForUpdate(id)
                .orElseThrow(() -> ProblemException.notFound("Aucune offre n'a l'identifiant " + id + "."));
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
    public void delete(long id, String ifMatch) {
        JobListing listing = find(id);
        Preconditions.requireMatch(ifMatch, listing.version);
        listings.delete(listing);
        listings.flush();
        LOG.infof("Job listing %d deleted (%s)", id, listing.slug);
    }

    /** Expired listings closed per transaction by {@link #closeExpired()}. */
    static final int CLOSE_BATCH = 200;

    /**
     * Marks the open listings past their validThrough CLOSED (the public stopped seeing them at
     * that instant already), {@value #CLOSE_BATCH} per transaction. Invalidates the cached
     * answers only when it changed something.
     */
    public int closeExpired() {
        return closeExpired(CLOSE_BATCH);
    }

    int closeExpired(int batch) {
        Instant now = now();
        int closed = 0;
        while (true) {
            ClosedBatch done = QuarkusTransaction.requiringNew().call(() -> closeExpired(now, batch));
            closed += done.closed();
            if (done.locked() < batch) {
                break;
            }
        }
        if (closed > 0) {
            LOG.infof("Closed %d expired job listing(s)", closed);
        }
        return closed;
    }

    private record ClosedBatch(int locked, int closed) {
    }

    /** One batch: locks up to {@code batch} expired listings, closes and announces them. */
    private ClosedBatch closeExpired(Instant now, int batch) {
        List<Long> expired = listings.lockExpired(now, batch);
        if (expired.isEmpty()) {
            return new ClosedBatch(0, 0);
        }
        int closed = listings.closeAll(expired, now);
        webhooks.enqueueAll(WebhookEvent.JOB_CLOSED, listings.loadWithProfiles(expired).stream().map(JobMapper::summary).toList());
        if (closed > 0) {
            cache.invalidate(CacheNamespaces.JOBS);
        }
        return new ClosedBatch(expired.size(), closed);
    }

    // ---- rules ----------------------------------------------------------------------------

    /** The webhooks of a change: job.published when the public starts seeing it, job.closed when it is closed. */
    private void announce(JobListing listing, boolean wasVisible, JobStatus wasStatus, Instant now) {
        if (!wasVisible && listing.isVisibleAt(now)) {
            webhooks.enqueue(WebhookEvent.JOB_PUBLISHED, JobMapper.summary(listing));
        } else if (wasStatus != null && wasStatus != JobStatus.CLOSED && listing.status == JobStatus.CLOSED) {
            webhooks.enqueue(WebhookEvent.JOB_CLOSED, JobMapper.summary(listing));
        }
    }

    private JobListing find(long id) {
        return listings.findByIdWithProfile(id)
                .orElseThrow(() -> ProblemException.notFound("Aucune offre n'a l'identifiant " + id + "."));
    }

    private static ProblemException notFound(String slug) {
        return ProblemException.notFound("Aucune offre publiée ne porte le slug « " + slug + " ».");
    }

    /**
     * Applies a request: first what makes it malformed (400, every field named at once), then
     * what the data and the clock refuse (422).
     */
    private void apply(JobListing listing, JobRequest request, Instant now) {
        List<FieldError> invalid = new ArrayList<>();
        JobRequest.SalaryRequest salary = request.salary();
        if (salary.min().compareTo(salary.max()) > 0) {
            invalid.add(new FieldError("salary.max", "doit être supérieur ou égal à salary.min"));
        }
        JobRequest.LocationRequest location = request.location();
        String country = location.country() == null ? FRANCE : location.country();
        boolean fullyRemote = request.remote() == RemoteWork.FULL_REMOTE;
        String city = blankToNull(location.city());
        String regionSlug = blankToNull(location.region());
        Region region = null;
        if (regionSlug != null) {
            region = Region.fromSlug(regionSlug).orElse(null);
            if (region == null) {
                invalid.add(new FieldError("location.region", "valeurs acceptées : " + Region.slugs()));
            } else if (!FRANCE.equals(country)) {
                invalid.add(new FieldError("location.region", "une région ne se donne qu'en France (country FR)"));
            }
        } else if (!fullyRemote && FRANCE.equals(country)) {
            invalid.add(new FieldError("location.region", "obligatoire en France, sauf en télétravail complet (FULL_REMOTE)"));
        }
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
        String slug = request.slug() != null ? request.slug() : listing.slug;
        String base = slug != null ? null : Slugs.slugify(title + " " + request.company().name() + " " + (city == null ? "" : city));
        if (base != null && base.isEmpty()) {
            invalid.add(new FieldError("title", "aucun slug ne peut en être tiré : donnez un « slug »"));
        }
        if (!invalid.isEmpty()) {
            throw invalid(invalid);
        }

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
        JobStatus status = request.status() != null ? request.status() : listing.status != null ? listing.status : JobStatus.OPEN;
        Instant datePosted = request.datePosted() != null ? request.datePosted() : listing.datePosted;
        if (datePosted == null && status == JobStatus.OPEN) {
            datePosted = now;
        }
        Instant validThrough = request.validThrough() != null ? request.validThrough()
                : listing.validThrough != null ? listing.validThrough
                        : plus(datePosted != null && datePosted.isAfter(now) ? datePosted : now, config.defaultValidity());
        if (status != JobStatus.CLOSED && !validThrough.isAfter(now)) {
            refused.add(new FieldError("validThrough", "doit être dans le futur : une offre ouverte ou en brouillon expire à cette date"));
        } else if (datePosted != null && !validThrough.isAfter(datePosted)) {
            refused.add(new FieldError("validThrough", "doit suivre datePosted"));
        }
        if (!refused.isEmpty()) {
            throw refused(refused);
        }

        if (request.slug() != null && !request.slug().equals(listing.slug)) {
            listings.lockSlugFamily("job_listing", request.slug());
            if (listings.slugTaken(request.slug(), listing.id)) {
                throw ProblemException.conflict("Le slug « " + request.slug() + " » est déjà pris par une autre offre.");
            }
            listing.slug = request.slug();
        } else if (listing.slug == null) {
            listing.slug = firstFreeSlug(base);
        }
        listing.title = title;
        listing.companyName = request.company().name().strip();
        listing.companyWebsite = blankToNull(request.company().website());
        listing.companyLogoUrl = blankToNull(request.company().logoUrl());
        listing.city = city;
        listing.postalCode = blankToNull(location.postalCode());
        listing.region = region == null ? null : region.slug();
        listing.country = country;
        listing.remote = request.remote();
        listing.contract = request.contract();
        listing.experienceLevel = request.experienceLevel();
        listing.profile = profile;
        listing.salaryMin = salary.min();
        listing.salaryMax = salary.max();
        listing.salaryCurrency = salary.currency() == null ? "EUR" : salary.currency();
        listing.salaryPeriod = salary.period() == null ? SalaryPeriod.YEAR : salary.period();
        listing.salaryGross = salary.gross() == null || salary.gross();
        listing.description = description;
        listing.applyMethod = method;
        listing.applyUrl = applyUrl;
        if (status == JobStatus.CLOSED) {
            if (listing.status != JobStatus.CLOSED || listing.closedAt == null) {
                listing.closedAt = validThrough.isBefore(now) ? validThrough : now;
            }
        } else {
            listing.closedAt = null;
        }
        listing.status = status;
        listing.datePosted = datePosted;
        listing.validThrough = validThrough;
    }

    /**
     * The first of {@code base}, {@code base-2}, {@code base-3}… that no listing has, chosen under
     * a lock on the family so that parallel creations with the same title get distinct slugs.
     */
    private String firstFreeSlug(String base) {
        listings.lockSlugFamily("job_listing", base);
        java.util.Set<String> taken = new java.util.HashSet<>(listings.slugsOfFamily(base));
        String candidate = base;
        for (int n = 2; taken.contains(candidate); n++) {
            candidate = base + "-" + n;
        }
        return candidate;
    }

    private static JobFacets facets(List<FacetRow> rows, JobFilter filter) {
        Map<Integer, Map<String, Long>> counts = new HashMap<>();
        Map<String, String> profileTitles = new HashMap<>();
        for (FacetRow row : rows) {
            if (row.value() == null || row.dimension() == JobListingRepository.TOTAL_ROW) {
                continue;
            }
            counts.computeIfAbsent(row.dimension(), d -> new HashMap<>()).merge(row.value(), row.count(), Math::max);
            if (row.label() != null) {
                profileTitles.put(row.value(), row.label());
            }
        }
        List<FacetValue> contract = new ArrayList<>();
        Map<String, Long> contractCounts = counts.getOrDefault(JobListingRepository.CONTRACT_ROW, Map.of());
        for (Contract value : Contract.values()) {
            add(contract, value.name(), value.label(), contractCounts, filter.contracts().contains(value));
        }
        List<FacetValue> remote = new ArrayList<>();
        Map<String, Long> remoteCounts = counts.getOrDefault(JobListingRepository.REMOTE_ROW, Map.of());
        for (RemoteWork value : RemoteWork.values()) {
            add(remote, value.name(), value.label(), remoteCounts, filter.remotes().contains(value));
        }
        List<FacetValue> region = new ArrayList<>();
        Map<String, Long> regionCounts = counts.getOrDefault(JobListingRepository.REGION_ROW, Map.of());
        for (Region value : Region.values()) {
            add(region, value.slug(), value.displayName(), regionCounts, filter.regions().contains(value));
        }
        List<FacetValue> profile = new ArrayList<>();
        Map<String, Long> profileCounts = counts.getOrDefault(JobListingRepository.PROFILE_ROW, Map.of());
        for (Map.Entry<String, String> title : profileTitles.entrySet()) {
            add(profile, title.getKey(), title.getValue(), profileCounts, filter.profiles().contains(title.getKey()));
        }
        Comparator<FacetValue> byCount = Comparator.comparingLong(FacetValue::count).reversed()
                .thenComparing(FacetValue::label, FRENCH);
        region.sort(byCount);
        profile.sort(byCount);
        if (profile.size() > JobFacets.MAX_PROFILES) {
            // keep the selected ones (JobParams.MAX_VALUES at most, fewer than MAX_PROFILES), then those with the most listings
            profile.sort(Comparator.comparing((FacetValue v) -> !v.selected()).thenComparing(byCount));
            profile = new ArrayList<>(profile.subList(0, JobFacets.MAX_PROFILES));
            profile.sort(byCount);
        }
        return new JobFacets(contract, remote, region, profile);
    }

    /** Values without listings are left out, unless the filter selects them (so a sidebar can unselect them). */
    private static void add(List<FacetValue> facet, String value, String label, Map<String, Long> counts, boolean selected) {
        long count = counts.getOrDefault(value, 0L);
        if (count > 0 || selected) {
            facet.add(new FacetValue(value, label, count, selected));
        }
    }

    private static ProblemException invalid(List<FieldError> errors) {
        String fields = errors.stream().map(FieldError::field).distinct().collect(Collectors.joining(", "));
        return new ProblemException(ProblemType.VALIDATION_ERROR, "Champs invalides : " + fields + ".", errors, Map.of());
    }

    private static ProblemException refused(List<FieldError> errors) {
        String detail = errors.stream().map(e -> e.field() + " : " + e.message()).collect(Collectors.joining(" ; ")) + ".";
        return new ProblemException(ProblemType.BUSINESS_RULE, Character.toUpperCase(detail.charAt(0)) + detail.substring(1),
                errors, Map.of());
    }

    static Instant plus(Instant instant, Period period) {
        return instant.atZone(ZoneOffset.UTC).plus(period).toInstant();
    }

    static Instant minus(Instant instant, Period period) {
        return instant.atZone(ZoneOffset.UTC).minus(period).toInstant();
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    private Instant now() {
        return Now.of(clock);
    }
}
