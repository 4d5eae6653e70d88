package fr.kiosque.job;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.Query;
import jakarta.persistence.TypedQuery;

import org.hibernate.query.NativeQuery;
import org.hibernate.type.StandardBasicTypes;

import fr.kiosque.common.paging.PageRequest;
import fr.kiosque.common.paging.Sort;
import fr.kiosque.common.persistence.SkipLockedBatches;
import io.quarkus.hibernate.orm.panache.PanacheRepository;

/**
 * Job listings. The public list runs three statements whatever it holds: the facet counts and
 * the total (one {@code GROUPING SETS} query), a page of ids, then those listings with their
 * profile. Its filters are native SQL because they read the table's generated columns (yearly
 * salaries, folded city and text) and because facets need {@code GROUPING SETS}.
 */
@ApplicationScoped
class JobListingRepository implements PanacheRepository<JobListing> {

    /** Bits of {@code grouping(contract, remote, region, profile)}: the dimension a facet row counts. */
    static final int CONTRACT_ROW = 0b0111;
    static final int REMOTE_ROW = 0b1011;
    static final int REGION_ROW = 0b1101;
    static final int PROFILE_ROW = 0b1110;
    static final int TOTAL_ROW = 0b1111;

    /** One facet row: which dimension ({@link #CONTRACT_ROW}…), its value and label, its count. */
    record FacetRow(int dimension, String value, String label, long count) {
    }

    /** A career sheet's open listings and salary benchmark, in one statement. */
    record ProfileStats(long openCount, long benchmarkCount, Long medianMin, Long medianMax) {
    }

    // ---- by slug and id -------------------------------------------------------------------

    /** The listing of that slug with its profile, whatever its status (the service tells 404 from 410). */
    Optional<JobListing> findBySlugWithProfile(String slug) {
        return getEntityManager().createQuery(
                "select j from JobListing j left join fetch j.profile where j.slug = :slug", JobListing.class)
                .setParameter("slug", slug)
                .getResultStream()
                .findFirst();
    }

    Optional<JobListing> findByIdWithProfile(long id) {
        return getEntityManager().createQuery(
                "select j from JobListing j left join fetch j.profile where j.id = :id", JobListing.class)
                .setParameter("id", id)
                .getResultStream()
                .findFirst();
    }

    /** The listing, its row locked until the transaction ends (parallel closes take turns). */
    Optional<JobListing> findForUpdate(long id) {
        return Optional.ofNullable(getEntityManager().find(JobListing.class, id, jakarta.persistence.LockModeType.PESSIMISTIC_WRITE));
    }

    boolean slugTaken(String slug, Long exceptId) {
        return count("slug = ?1 and id <> ?2", slug, exceptId == null ? -1L : exceptId) > 0;
    }

    long countByProfile(Long profileId) {
        return count("profile.id", profileId);
    }

    // ---- the public list ------------------------------------------------------------------

    /**
     * The facet counts and the total of the list, in one statement. Each facet counts the
     * listings that match every filter except its own dimension; the total row, all of them.
     */
    List<FacetRow> facets(JobFilter filter, Instant now) {
        Map<String, Object> params = new HashMap<>();
        List<String> common = common(filter, now, params);
        String c = contractClause(filter, params);
        String r = remoteClause(filter, params);
        String g = regionClause(filter, params);
        String p = filter.profiles().isEmpty() ? "true" : "p.slug in (:profiles)";
        if (!filter.profiles().isEmpty()) {
            params.put("profiles", filter.profiles());
        }
        String sql = "select grouping(j.contract, j.remote, j.region, p.slug), j.contract, j.remote, j.region, p.slug, max(p.title),"
                + " count(*) filter (where " + and(r, g, p) + "),"
                + " count(*) filter (where " + and(c, g, p) + "),"
                + " count(*) filter (where " + and(c, r, p) + "),"
                + " count(*) filter (where " + and(c, r, g) + "),"
                + " count(*) filter (where " + and(c, r, g, p) + ")"
                + " from job_listing j left join job_profile p on p.id = j.profile_id"
                + " where " + String.join(" and ", common)
                + " group by grouping sets ((j.contract), (j.remote), (j.region), (p.slug), ())";
        if (!filter.profiles().isEmpty()) {
            // the selected profiles, with their titles, even when no listing matches them
            sql += " union all select " + PROFILE_ROW + ", null, null, null, p.slug, p.title, 0, 0, 0, 0, 0"
                    + " from job_profile p where p.slug in (:profiles)";
        }
        Query query = getEntityManager().createNativeQuery(sql);
        params.forEach(query::setParameter);
        List<FacetRow> rows = new ArrayList<>();
        for (Object row : query.getResultList()) {
            Object[] columns = (Object[]) row;
            int dimension = ((Number) columns[0]).intValue();
            String value = switch (dimension) {
                case CONTRACT_ROW -> (String) columns[1];
                case REMOTE_ROW -> (String) columns[2];
                case REGION_ROW -> (String) columns[3];
                case PROFILE_ROW -> (String) columns[4];
                default -> null;
            };
            long count = ((Number) columns[switch (dimension) {
                case CONTRACT_ROW -> 6;
                case REMOTE_ROW -> 7;
                case REGION_ROW -> 8;
                case PROFILE_ROW -> 9;
                default -> 10;
            }]).longValue();
            rows.add(new FacetRow(dimension, value, dimension == PROFILE_ROW ? (String) columns[5] : null, count));
        }
        return rows;
    }

    /** The ids of a page of the public list, in order. */
    List<Long> pageOfIds(JobFilter filter, Instant now, Sort sort, PageRequest page) {
        Map<String, Object> params = new HashMap<>();
        List<String> clauses = common(filter, now, params);
        clauses.add(contractClause(filter, params));
        clauses.add(remoteClause(filter, params));
        clauses.add(regionClause(filter, params));
        if (!filter.profiles().isEmpty()) {
            clauses.add("j.profile_id in (select p.id from job_profile p where p.slug in (:profiles))");
            params.put("profiles", filter.profiles());
        }
        Query query = getEntityManager().createNativeQuery("select j.id from job_listing j where " + String.join(" and ", clauses)
                + " order by " + sort.orderBy() + ", j.date_posted desc, j.id desc", Long.class);
        params.forEach(query::setParameter);
        List<?> ids = query.setFirstResult(page.offset()).setMaxResults(page.size()).getResultList();
        return ids.stream().map(id -> ((Number) id).longValue()).toList();
    }

    /** The listings of these ids, in that order, with their profile: one statement. */
    List<JobListing> loadWithProfiles(List<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        Map<Long, JobListing> byId = getEntityManager().createQuery(
                "select j from JobListing j left join fetch j.profile where j.id in :ids", JobListing.class)
                .setParameter("ids", ids)
                .getResultStream()
                .collect(Collectors.toMap(j -> j.id, Function.identity()));
        return ids.stream().map(byId::get).filter(j -> j != null).toList();
    }

    /** Visibility, then the filters that are not facet dimensions. */
    private static List<String> common(JobFilter filter, Instant now, Map<String, Object> params) {
        List<String> clauses = new ArrayList<>();
        clauses.add(ListingVisibility.sql("j"));
        params.put("now", now);
        clauses.addAll(textClauses(filter.words(), params));
        if (filter.city() != null) {
            clauses.add("j.city_key = kiosque_fold(:city)");
            params.put("city", filter.city());
        }
        if (filter.salaryMin() != null) {
            clauses.add("j.salary_max_yearly >= :salaryMin");
            params.put("salaryMin", filter.salaryMin());
        }
        if (filter.postedAfter() != null) {
            clauses.add("j.date_posted >= :postedAfter");
            params.put("postedAfter", filter.postedAfter());
        }
        return clauses;
    }

    /**
     * {@code q}: every word the client typed is in the title, company or description, with the
     * search engine's French full text (accents folded, words stemmed: "chargee" finds
     * "Chargées"; V11's {@code search_vector}, GIN-indexed). The same engine as /api/v1/search.
     */
    private static List<String> textClauses(List<String> words, Map<String, Object> params) {
        List<String> clauses = new ArrayList<>();
        if (!words.isEmpty()) {
            clauses.add("j.search_vector @@ websearch_to_tsquery('french_unaccent'::regconfig, :fts)");
            params.put("fts", String.join(" ", words));
        }
        return clauses;
    }

    private static String contractClause(JobFilter filter, Map<String, Object> params) {
        if (filter.contracts().isEmpty()) {
            return "true";
        }
        params.put("contracts", filter.contracts().stream().map(Enum::name).toList());
        return "j.contract in (:contracts)";
    }

    private static String remoteClause(JobFilter filter, Map<String, Object> params) {
        if (filter.remotes().isEmpty()) {
            return "true";
        }
        params.put("remotes", filter.remotes().stream().map(Enum::name).toList());
        return "j.remote in (:remotes)";
    }

    private static String regionClause(JobFilter filter, Map<String, Object> params) {
        if (filter.regions().isEmpty()) {
            return "true";
        }
        params.put("regions", filter.regions().stream().map(Region::slug).toList());
        return "j.region in (:regions)";
    }

    private static String and(String... clauses) {
        return "(" + String.join(") and (", clauses) + ")";
    }

    // ---- a career sheet's listings --------------------------------------------------------

    /** The most recent open listings of a profile. */
    List<JobListing> openForProfile(Long profileId, Instant now, int limit) {
        return getEntityManager().createQuery(
                "select j from JobListing j where j.profile.id = :id and " + ListingVisibility.jpql("j")
                        + " order by j.datePosted desc, j.id desc", JobListing.class)
                .setParameter("id", profileId)
                .setParameter("now", now)
                .setMaxResults(limit)
                .getResultList();
    }

    /**
     * How many listings of the profile are open, and the salary benchmark: listings in CDI or
     * CDD, gross, in EUR, open now or ended after {@code windowStart}; the medians of their
     * yearly minimums and maximums, rounded to the euro. One statement.
     */
    ProfileStats profileStats(Long profileId, Instant now, Instant windowStart) {
        String ended = "coalesce(j.closed_at, j.valid_through)";
        String benchmark = "j.contract in ('CDI', 'CDD') and j.salary_gross and j.salary_currency = 'EUR'"
                + " and " + ended + " > :windowStart and j.date_posted < " + ended;
        Object[] row = (Object[]) getEntityManager().createNativeQuery(
                "select count(*) filter (where " + ListingVisibility.sql("j") + "),"
                        + " count(*) filter (where " + benchmark + "),"
                        + " round(percentile_cont(0.5) within group (order by j.salary_min_yearly) filter (where " + benchmark + "))::bigint,"
                        + " round(percentile_cont(0.5) within group (order by j.salary_max_yearly) filter (where " + benchmark + "))::bigint"
                        + " from job_listing j"
                        + " where j.profile_id = :id and j.status <> 'DRAFT' and j.date_posted <= :now")
                .setParameter("id", profileId)
                .setParameter("now", now)
                .setParameter("windowStart", windowStart)
                .getSingleResult();
        return new ProfileStats(((Number) row[0]).longValue(), ((Number) row[1]).longValue(),
                row[2] == null ? null : ((Number) row[2]).longValue(), row[3] == null ? null : ((Number) row[3]).longValue());
    }

    // ---- time -----------------------------------------------------------------------------

    /**
     * When what the public sees next changes by time alone, in one statement: the next open
     * listing to expire, the next scheduled one to go live, and the earliest end of a listing
     * still in a salary benchmark (it leaves the benchmark one window later; the caller adds it).
     */
    Instant[] nextChanges(Instant now, Instant windowStart) {
        Object[] row = (Object[]) getEntityManager().createNativeQuery(
                "select (select min(valid_through) from job_listing where status = 'OPEN' and valid_through > :now) as expires,"
                        + " (select min(date_posted) from job_listing where status = 'OPEN' and date_posted > :now) as posts,"
                        + " (select min(coalesce(closed_at, valid_through)) from job_listing"
                        + "  where status <> 'DRAFT' and coalesce(closed_at, valid_through) > :windowStart) as ends")
                .setParameter("now", now)
                .setParameter("windowStart", windowStart)
                .unwrap(NativeQuery.class)
                .addScalar("expires", StandardBasicTypes.INSTANT)
                .addScalar("posts", StandardBasicTypes.INSTANT)
                .addScalar("ends", StandardBasicTypes.INSTANT)
                .getSingleResult();
        return new Instant[] { (Instant) row[0], (Instant) row[1], (Instant) row[2] };
    }

    /**
     * Locks up to {@code limit} open listings past their validThrough, skipping those another
     * transaction holds, so that instances running the job at once close (and announce) each
     * listing once.
     */
    List<Long> lockExpired(Instant now, int limit) {
        return SkipLockedBatches.lockIds(getEntityManager(),
                "select id from job_listing where status = 'OPEN' and valid_through <= ?1 order by valid_through, id limit ?2 for update skip locked", now, limit);
    }

    /** Closes these listings at their validThrough: one statement. */
    int closeAll(List<Long> ids, Instant now) {
        return update("status = ?1, closedAt = validThrough, updatedAt = ?2, version = version + 1 where id in ?3",
                JobStatus.CLOSED, now, ids);
    }

    // ---- staff ----------------------------------------------------------------------------

    long countForStaff(JobStatus status, String profile) {
        Map<String, Object> params = new HashMap<>();
        TypedQuery<Long> query = getEntityManager().createQuery(
                "select count(*) from JobListing j" + staffWhere(status, profile, params), Long.class);
        params.forEach(query::setParameter);
        return query.getSingleResult();
    }

    List<Long> pageOfIdsForStaff(JobStatus status, String profile, Sort sort, PageRequest page) {
        Map<String, Object> params = new HashMap<>();
        TypedQuery<Long> query = getEntityManager().createQuery(
                "select j.id from JobListing j" + staffWhere(status, profile, params)
                        + " order by " + sort.orderBy() + ", j.id desc", Long.class);
        params.forEach(query::setParameter);
        return query.setFirstResult(page.offset()).setMaxResults(page.size()).getResultList();
    }

    private static String staffWhere(JobStatus status, String profile, Map<String, Object> params) {
        List<String> clauses = new ArrayList<>();
        if (status != null) {
            clauses.add("j.status = :status");
            params.put("status", status);
        }
        if (profile != null) {
            clauses.add("j.profile.slug = :profile");
            params.put("profile", profile);
        }
        return clauses.isEmpty() ? "" : " where " + String.join(" and ", clauses);
    }
}
