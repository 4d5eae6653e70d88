package fr.kiosque.webhook;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import io.quarkus.scheduler.Scheduled;

/** Keeps the delivery log to {@code kiosque.webhooks.retention}. Idempotent: every instance may run it. */
@ApplicationScoped
class WebhookLogPurger {

    @Inject WebhookService service;

    @Scheduled(identity = "purge-webhook-log", every = "${kiosque.webhooks.purge-every}", delayed = "1m",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    void purge() {
        service.purgeFinished();
    }
}
