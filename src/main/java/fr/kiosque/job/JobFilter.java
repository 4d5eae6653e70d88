package fr.kiosque.job;

import java.time.Instant;
import java.util.List;
import java.util.Set;

/**
 * Criteria of the public job list. The four facet dimensions (contract, remote, region, profile)
 * take several values each (any of them matches); an empty set means no filter.
 */
record JobFilter(List<String> words, Set<Contract> contracts, Set<RemoteWork> remotes, Set<Region> regions,
        Set<String> profiles, String city, Long salaryMin, Instant postedAfter) {
}
