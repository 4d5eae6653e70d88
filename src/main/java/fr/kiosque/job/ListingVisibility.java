package fr.kiosque.job;

import java.time.Instant;

/**
 * The one definition of "the public sees this listing": OPEN, posted, not yet expired. Every
 * public surface composes it: the list and its facets, a listing's page, career sheets, the
 * feeds and sitemap, search. Queries bind the instant as {@code :now}.
 */
public final class ListingVisibility {

    private ListingVisibility() {
    }

    /** The rule in SQL, over {@code job_listing} as {@code alias}. */
    public static String sql(String alias) {
        return alias + ".status = 'OPEN' and " + alias + ".date_posted <= :now and " + alias + ".valid_through > :now";
    }

    /** The rule in JPQL, over {@link JobListing} as {@code alias}. */
    static String jpql(String alias) {
        return alias + ".status = fr.kiosque.job.JobStatus.OPEN and " + alias + ".datePosted <= :now and "
                + alias + ".validThrough > :now";
    }

    /** The rule in memory, for a listing already loaded. */
    static boolean test(JobStatus status, Instant datePosted, Instant validThrough, Instant now) {
        return status == JobStatus.OPEN && datePosted != null && !datePosted.isAfter(now) && validThrough.isAfter(now);
    }
}
