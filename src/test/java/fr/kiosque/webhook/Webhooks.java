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

    /** Rounds until nothing is due. */
    public static void deliverAll() {
        WebhookWorker worker = Arc.container().instance(WebhookWorker.class).get();
        for (int i = 0; i < 50 && worker.deliverDue() > 0; i++) {
            // next batch
        }
    }
}
