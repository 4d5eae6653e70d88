package fr.kiosque.job;

import java.text.Collator;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Predicate;

import fr.kiosque.job.JobListingRepository.FacetRow;
import fr.kiosque.job.api.JobFacets;
import fr.kiosque.job.api.JobFacets.FacetValue;

/** The facets of the public list, from the rows of {@link JobListingRepository#facets}: values sorted, empty ones left out. */
final class JobFacetCounts {

    private static final Comparator<String> FRENCH = Collator.getInstance(Locale.FRENCH)::compare;

    private JobFacetCounts() {
    }

    static JobFacets of(List<FacetRow> rows, JobFilter filter) {
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
        List<FacetValue> contract = fixed(Contract.values(), counts.get(JobListingRepository.CONTRACT_ROW), Enum::name,
                Contract::label, filter.contracts()::contains);
        List<FacetValue> remote = fixed(RemoteWork.values(), counts.get(JobListingRepository.REMOTE_ROW), Enum::name,
                RemoteWork::label, filter.remotes()::contains);
        List<FacetValue> region = fixed(Region.values(), counts.get(JobListingRepository.REGION_ROW), Region::slug,
                Region::displayName, filter.regions()::contains);
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

    /** A dimension whose values are fixed in code, in their declared order. */
    private static <T> List<FacetValue> fixed(T[] values, Map<String, Long> counts, Function<T, String> value,
            Function<T, String> label, Predicate<T> selected) {
        List<FacetValue> facet = new ArrayList<>();
        for (T v : values) {
            add(facet, value.apply(v), label.apply(v), counts == null ? Map.of() : counts, selected.test(v));
        }
        return facet;
    }

    /** Values without listings are left out, unless the filter selects them (so a sidebar can unselect them). */
    private static void add(List<FacetValue> facet, String value, String label, Map<String, Long> counts, boolean selected) {
        long count = counts.getOrDefault(value, 0L);
        if (count > 0 || selected) {
            facet.add(new FacetValue(value, label, count, selected));
        }
    }
}
