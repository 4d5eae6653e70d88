package fr.kiosque.job;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Proxy;

import org.junit.jupiter.api.Test;

import fr.kiosque.job.api.JobFacets;
import fr.kiosque.job.api.JobProfileViews;

/** The array bounds the contract states for jobs, against what the code can hold. */
class JobBoundsTest {

    @Test
    void eachFixedFacetHasOneValuePerConstantAtMost() {
        assertThat(Contract.values()).hasSize(JobFacets.CONTRACTS);
        assertThat(RemoteWork.values()).hasSize(JobFacets.REMOTE_WORK);
        assertThat(Region.values()).hasSize(JobFacets.REGIONS);
        assertThat(PublicJobs.regions()).hasSize(JobFacets.REGIONS);
        assertThat(JobParams.MAX_VALUES).isLessThan(JobFacets.MAX_PROFILES); // the selected profiles always fit
    }

    @Test
    void aCareerSheetShowsNoMoreOpenListingsThanTheContractStates() {
        assertThat(JobsConfigCheck.check(config(10)).problems()).isEmpty();
        assertThat(JobsConfigCheck.check(config(JobProfileViews.OpenListings.MAX_ITEMS)).problems()).isEmpty();
        assertThat(JobsConfigCheck.check(config(JobProfileViews.OpenListings.MAX_ITEMS + 1)).problems())
                .containsExactly("kiosque.jobs.profile-listings must be at most 20 (it is 21)");
        assertThat(JobsConfigCheck.check(config(-1)).problems())
                .containsExactly("kiosque.jobs.profile-listings must be at least 0 (it is -1)");
    }

    private static JobsConfig config(int profileListings) {
        return (JobsConfig) Proxy.newProxyInstance(JobsConfig.class.getClassLoader(), new Class<?>[] { JobsConfig.class },
                (proxy, method, args) -> method.getName().equals("profileListings") ? profileListings : null);
    }
}
