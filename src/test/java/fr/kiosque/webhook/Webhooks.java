package fr.kiosque.webhook;

import io.quarkus.arc.Arc;

/** For tests of any package: runs the webhook worker's round now, as the scheduler would. */
public final class Webhooks {

    private Webhooks() {
    }

    /** Claims, sends and records the due deliveries (one batch); returns how many. */
    public static int deliverDue() {
        return Arc.container().instance(WebhookWorker.class).get().deliverDue();
    }

    /** Sets whether the worker sends to private addresses (the send-time check; registration keeps the configuration). */
    public static void allowPrivateTargetsAtSendTime(boolean allowed) {
        Arc.container().instance(WebhookWorker.class).get().allowPrivateTargets(allowed);
    }

    /** Makes the worker resolve host names with this resolver (until {@link #resolveWithDns()}). */
    static void resolveWith(UrlGuard.Resolver resolver) {
        Arc.container().instance(WebhookWorker.class).get().resolveWith(resolver);
    }

    static void resolveWithDns() {
        resolveWith(UrlGuard.DNS);
    }

    /**
     * Rounds until nothing is due (each round leases what it claims, so the rounds end), for at
     * most a minute. Not a count of rounds: endpoints other tests left behind (the contract walk's
     * example, a cache.purge endpoint) collect a delivery for every article change of the suite,
     * older than the test's own, and a fixed count ran out before reaching the test's deliveries.
     */
    public static void deliverAll() {
        WebhookWorker worker = Arc.container().instance(WebhookWorker.class).get();
        long deadline = System.nanoTime() + 60_000_000_000L;
        while (worker.deliverDue() > 0 && System.nanoTime() < deadline) {
            // next batch
        }
    }
}
