package fr.kiosque.job;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.jboss.logging.Logger;

import fr.kiosque.article.Articles;
import fr.kiosque.common.error.FieldError;
import fr.kiosque.common.error.ProblemException;
import fr.kiosque.common.error.ProblemType;
import fr.kiosque.common.http.Preconditions;
import fr.kiosque.common.http.cache.CacheNamespaces;
import fr.kiosque.common.http.cache.InvalidatesCache;
import fr.kiosque.common.paging.Page;
import fr.kiosque.common.paging.PageRequest;
import fr.kiosque.common.paging.Sort;
import fr.kiosque.common.persistence.SlugLocks;
import fr.kiosque.common.text.Slugs;
import fr.kiosque.common.time.Now;
import fr.kiosque.job.JobListingRepository.ProfileStats;
import fr.kiosque.job.api.JobMapper;
import fr.kiosque.job.api.JobProfileRequest;
import fr.kiosque.job.api.JobProfileViews;

/**
 * Career sheets ("fiches métiers"): what the public reads (the sheet, its open listings, the
 * salary benchmark drawn from them, related articles) and how editors write them.
 */
@ApplicationScoped
class JobProfileService {

    private static final Logger LOG = Logger.getLogger(JobProfileService.class);

    static final Map<String, String> SORTS = Map.of("title", "p.title");

    @Inject JobProfileRepository profiles;
    @Inject JobListingRepository listings;
    @Inject Articles articles;
    @Inject JobsConfig config;
    @Inject Clock clock;

    // ---- public ---------------------------------------------------------------------------

    /** Sheets in French title order, each with its count of open listings: two statements. */
    @Transactional
    public Page<JobProfileViews.Summary> listPublished(List<String> words, Sort sort, PageRequest page) {
        Instant now = now();
        long total = profiles.count(words);
        List<JobProfileViews.Summary> items = total == 0 ? List.of()
                : profiles.pageWithOpenCounts(words, sort, page, now).stream()
                        .map(row -> JobMapper.profileSummary((JobProfile) row[0], (Long) row[1])).toList();
        return Page.of(items, page, total);
    }

    /**
     * A sheet's page: the sheet, its open listings' count and salary benchmark (one statement),
     * its most recent open listings, its related articles (two): five statements.
     */
    @Transactional
    public JobProfileViews.Detail publishedBySlug(String slug) {
        Instant now = now();
        JobProfile profile = profiles.findBySlug(slug)
                .orElseThrow(() -> ProblemException.notFound("Aucune fiche métier ne porte le slug « " + slug + " »."));
        ProfileStats stats = listings.profileStats(profile.id, now, JobDates.minus(now, config.benchmarkWindow()));
        List<JobListing> open = stats.openCount() == 0 ? List.of()
                : listings.openForProfile(profile.id, now, config.profileListings());
        return JobMapper.profileDetail(profile,
                JobMapper.benchmark(stats.benchmarkCount(), stats.medianMin(), stats.medianMax()),
                stats.openCount(), open, articles.visibleSummaries(profile.relatedArticles));
    }

    static Sort sort(String sort) {
        return Sort.parse(sort, "title", SORTS);
    }

    // ---- staff ----------------------------------------------------------------------------

    @Transactional
    public Page<JobProfileViews.AdminSummary> listForStaff(PageRequest page) {
        List<JobProfileViews.AdminSummary> items = profiles.findAll(io.quarkus.panache.common.Sort.by("title").and("id"))
                .page(page.number() - 1, page.size()).list().stream().map(JobMapper::profileAdminSummary).toList();
        return Page.of(items, page, profiles.count());
    }

    @Transactional
    public JobProfileViews.Admin get(long id) {
        return JobMapper.profileAdmin(find(id));
    }

    @Transactional
    @InvalidatesCache(CacheNamespaces.JOBS)
    public JobProfileViews.Admin create(JobProfileRequest request) {
        JobProfile profile = new JobProfile();
        apply(profile, request);
        profiles.persistAndFlush(profile);
        LOG.infof("Job profile %d created (%s)", profile.id, profile.slug);
        return JobMapper.profileAdmin(profile);
    }

    @Transactional
    @InvalidatesCache(CacheNamespaces.JOBS)
    public JobProfileViews.Admin replace(long id, String ifMatch, JobProfileRequest request) {
        JobProfile profile = find(id);
        Preconditions.requireMatch(ifMatch, profile.version);
        apply(profile, request);
        profiles.flush();
        return JobMapper.profileAdmin(profile);
    }

    /** 409 while listings name the sheet: move or delete them first. */
    @Transactional
    @InvalidatesCache(CacheNamespaces.JOBS)
    public void delete(long id, String ifMatch) {
        JobProfile profile = find(id);
        Preconditions.requireMatch(ifMatch, profile.version);
        long used = listings.countByProfile(profile.id);
        if (used > 0) {
            throw ProblemException.conflict("La fiche métier « " + profile.title + " » est liée à " + used
                    + " offre(s) : rattachez-les à une autre fiche ou supprimez-les d'abord.");
        }
        profiles.delete(profile);
        profiles.flush();
        LOG.infof("Job profile %d deleted (%s)", id, profile.slug);
    }

    // ---- rules ----------------------------------------------------------------------------

    private JobProfile find(long id) {
        return profiles.findByIdOptional(id)
                .orElseThrow(() -> ProblemException.notFound("Aucune fiche métier n'a l'identifiant " + id + "."));
    }

    private void apply(JobProfile profile, JobProfileRequest request) {
        List<FieldError> invalid = new ArrayList<>();
        Set<Seniority> seen = EnumSet.noneOf(Seniority.class);
        List<JobProfileRequest.SalaryBandRequest> bands = request.salaryBands() == null ? List.of() : request.salaryBands();
        for (int i = 0; i < bands.size(); i++) {
            JobProfileRequest.SalaryBandRequest band = bands.get(i);
            if (!seen.add(band.seniority())) {
                invalid.add(new FieldError("salaryBands[" + i + "].seniority", "un seul salaire par niveau"));
            }
            if (band.min() > band.max()) {
                invalid.add(new FieldError("salaryBands[" + i + "].max", "doit être supérieur ou égal à min"));
            }
        }
        String title = request.title().strip();
        String slug = request.slug() != null ? request.slug() : profile.slug != null ? profile.slug : Slugs.slugify(title);
        if (slug.isEmpty()) {
            invalid.add(new FieldError("title", "aucun slug ne peut en être tiré : donnez un « slug »"));
        }
        if (!invalid.isEmpty()) {
            String fields = invalid.stream().map(FieldError::field).distinct().collect(Collectors.joining(", "));
            throw new ProblemException(ProblemType.VALIDATION_ERROR, "Champs invalides : " + fields + ".", invalid, Map.of());
        }
        if (!slug.equals(profile.slug)) {
            profile.slug = SlugLocks.claim(profiles.getEntityManager(), "job-profile-slug", slug,
                    candidate -> profiles.slugTaken(candidate, profile.id), "Une fiche métier porte déjà le slug « " + slug + " ».");
        }
        profile.title = title;
        profile.summary = request.summary().strip();
        profile.missions = strip(request.missions());
        profile.skills = strip(request.skills());
        profile.education = blankToNull(request.education());
        profile.careerPath = blankToNull(request.careerPath());
        for (Seniority seniority : Seniority.values()) {
            profile.setBand(seniority, null, null);
        }
        for (JobProfileRequest.SalaryBandRequest band : bands) {
            profile.setBand(band.seniority(), band.min(), band.max());
        }
        profile.relatedArticles = request.relatedArticles() == null ? new ArrayList<>()
                : request.relatedArticles().stream().map(String::strip).distinct().collect(Collectors.toCollection(ArrayList::new));
    }

    private static List<String> strip(List<String> values) {
        return values == null ? new ArrayList<>() : values.stream().map(String::strip).collect(Collectors.toCollection(ArrayList::new));
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    private Instant now() {
        return Now.of(clock);
    }
}
