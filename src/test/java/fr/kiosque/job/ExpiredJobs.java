package fr.kiosque.job;

import io.quarkus.arc.Arc;

/** For tests of other features: runs the job that closes expired listings, as its schedule would. */
public final class ExpiredJobs {

    private ExpiredJobs() {
    }

    public static int close() {
        return Arc.container().instance(ExpiredJobCloser.class).get().closeExpired();
    }
}
