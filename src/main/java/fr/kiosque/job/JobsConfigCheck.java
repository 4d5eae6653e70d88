package fr.kiosque.job;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import fr.kiosque.common.boot.ConfigChecks;
import fr.kiosque.job.api.JobProfileViews;
import io.quarkus.runtime.StartupEvent;

/** Refuses to start with {@code kiosque.jobs.*} out of range (see {@link ConfigChecks}). */
@ApplicationScoped
class JobsConfigCheck {

    void onStart(@Observes StartupEvent event, JobsConfig config) {
        check(config).orFail();
    }

    static ConfigChecks check(JobsConfig config) {
        return new ConfigChecks()
                .between("kiosque.jobs.profile-listings", config.profileListings(), 0, JobProfileViews.OpenListings.MAX_ITEMS);
    }
}
