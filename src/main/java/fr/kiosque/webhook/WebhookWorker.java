package fr.kiosque.webhook;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

import jakarta.enterprise.context.ApplicationScoped;

import org.jboss.logging.Logger;

import fr.kiosque.common.time.Now;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;

/**
 * Sends the outbox. Each round claims due deliveries in a short transaction
 * ({@code FOR UPDATE SKIP LOCKED}, then leased: no other worker, on this instance or another,
 * takes them while they are being sent), POSTs them in parallel without holding any transaction,
 * then records each attempt: delivered on a 2xx, else retried with exponential backoff until
 * {@code kiosque.webhooks.max-attempts}, then FAILED.
 */
@ApplicationScoped
class WebhookWorker {

    private static final Logger LOG = Logger.getLogger(WebhookWorker.class);
    private static final int MAX_ERROR = 500;

    private final WebhookDeliveryRepository deliveries;
    private final WebhooksConfig config;
    private final Clock clock;
    private final HttpClient client;
    private final UrlGuard.Resolver resolver = UrlGuard.DNS;
    /** {@code kiosque.webhooks.allow-private-targets}, as the send-time check applies it. */
    private volatile boolean allowPrivateTargets;

    WebhookWorker(WebhookDeliveryRepository deliveries, WebhooksConfig config, Clock clock) {
        this.deliveries = deliveries;
        this.config = config;
        this.clock = clock;
        this.allowPrivateTargets = config.allowPrivateTargets();
        this.client = HttpClient.newBuilder()
                .connectTimeout(config.connectTimeout())
                .followRedirects(HttpClient.Redirect.NEVER)
                .version(HttpClient.Version.HTTP_1_1) // no h2c upgrade dance with plain-http receivers
                .build();
    }

    @Scheduled(identity = "send-webhooks", every = "${kiosque.webhooks.poll-every}", delayed = "5s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    void poll() {
        int sent;
        do {
            sent = deliverDue();
        } while (sent == config.batchSize());
    }

    /** For tests: turns the send-time check of private targets on or off, whatever the configuration. */
    void allowPrivateTargets(boolean allowed) {
        allowPrivateTargets = allowed;
    }

    /** One round: claims, sends and records up to a batch of due deliveries; returns how many it handled. */
    int deliverDue() {
        Instant now = Now.of(clock);
        // long enough for a whole batch sent to one endpoint, one after the other, each to its timeouts
        Instant leaseUntil = now.plus(config.connectTimeout().plus(config.readTimeout()).multipliedBy(config.batchSize()))
                .plusSeconds(30);
        List<WebhookDeliveryRepository.Claimed> claimed = QuarkusTransaction.requiringNew()
                .call(() -> deliveries.claim(now, leaseUntil, config.batchSize()));
        if (claimed.isEmpty()) {
            return 0;
        }
        // endpoints in parallel; the deliveries of one endpoint one after the other, in the order of their
        // events, and none after one that failed (null: not sent, left until the failed one is retried)
        Map<Long, CompletableFuture<Outcome>> lastOfEndpoint = new HashMap<>();
        List<CompletableFuture<Outcome>> sends = new ArrayList<>();
        for (WebhookDeliveryRepository.Claimed delivery : claimed) {
            CompletableFuture<Outcome> previous = lastOfEndpoint.get(delivery.endpointId());
            CompletableFuture<Outcome> send = previous == null ? send(delivery)
                    : previous.thenCompose(outcome -> outcome != null && outcome.delivered() ? send(delivery)
                            : CompletableFuture.completedFuture(null));
            lastOfEndpoint.put(delivery.endpointId(), send);
            sends.add(send);
        }
        CompletableFuture.allOf(sends.toArray(CompletableFuture[]::new)).join();
        Map<Long, Instant> retryOfEndpoint = new HashMap<>();
        for (int i = 0; i < claimed.size(); i++) {
            WebhookDeliveryRepository.Claimed delivery = claimed.get(i);
            Outcome outcome = sends.get(i).join();
            if (outcome == null) {
                release(delivery, retryOfEndpoint.getOrDefault(delivery.endpointId(), Now.of(clock)));
            } else {
                Instant next = record(delivery, outcome);
                if (!outcome.delivered()) {
                    retryOfEndpoint.put(delivery.endpointId(), next);
                }
            }
        }
        return claimed.size();
    }

    /** What came of one attempt. */
    record Outcome(Instant attemptedAt, Integer statusCode, int durationMs, String error) {
        boolean delivered() {
            return statusCode != null && statusCode >= 200 && statusCode < 300;
        }
    }

    private CompletableFuture<Outcome> send(WebhookDeliveryRepository.Claimed delivery) {
        Instant attemptedAt = Now.of(clock);
        long started = System.nanoTime();
        Optional<String> refused = UrlGuard.refusal(delivery.url(), allowPrivateTargets, resolver);
        if (refused.isPresent()) {
            return CompletableFuture.completedFuture(new Outcome(attemptedAt, null, 0, "cible refusée : " + refused.get()));
        }
        long timestamp = attemptedAt.getEpochSecond();
        HttpRequest request;
        try {
            request = HttpRequest.newBuilder(URI.create(delivery.url()))
                    .timeout(config.readTimeout())
                    .header("Content-Type", "application/json; charset=utf-8")
                    .header("User-Agent", "Kiosque-Webhooks/1")
                    .header("Kiosque-Event", delivery.event())
                    .header("Kiosque-Delivery", delivery.eventId().toString())
                    .header(Signatures.HEADER, Signatures.header(delivery.secret(), timestamp, delivery.body()))
                    .POST(HttpRequest.BodyPublishers.ofString(delivery.body()))
                    .build();
        } catch (IllegalArgumentException e) {
            return CompletableFuture.completedFuture(new Outcome(attemptedAt, null, 0, "URL invalide"));
        }
        return client.sendAsync(request, HttpResponse.BodyHandlers.discarding())
                .handle((response, failure) -> {
                    int duration = (int) Duration.ofNanos(System.nanoTime() - started).toMillis();
                    if (failure == null) {
                        boolean ok = response.statusCode() >= 200 && response.statusCode() < 300;
                        return new Outcome(attemptedAt, response.statusCode(), duration,
                                ok ? null : "réponse HTTP " + response.statusCode());
                    }
                    Throwable cause = failure instanceof java.util.concurrent.CompletionException && failure.getCause() != null
                            ? failure.getCause() : failure;
                    String error = cause instanceof HttpTimeoutException ? "délai dépassé"
                            : cause.getClass().getSimpleName() + (cause.getMessage() == null ? "" : ": " + cause.getMessage());
                    return new Outcome(attemptedAt, null, duration, truncate(error));
                });
    }

    /** Gives back a delivery that was claimed but not sent: no attempt counted, due with the one that failed before it. */
    private void release(WebhookDeliveryRepository.Claimed delivery, Instant next) {
        try {
            QuarkusTransaction.requiringNew().run(() -> deliveries.release(delivery.id(), next, Now.of(clock)));
        } catch (RuntimeException e) {
            LOG.warnf("Could not release webhook delivery %d: %s", delivery.id(), e.toString());
        }
    }

    /** Logs the attempt and sets the delivery's outcome; returns when it is due again (if it is). */
    private Instant record(WebhookDeliveryRepository.Claimed delivery, Outcome outcome) {
        Instant now = Now.of(clock);
        WebhookDelivery.Status status;
        Instant next;
        if (outcome.delivered()) {
            status = WebhookDelivery.Status.DELIVERED;
            next = now;
        } else if (delivery.attempts() >= config.maxAttempts()) {
            status = WebhookDelivery.Status.FAILED;
            next = now;
        } else {
            status = WebhookDelivery.Status.PENDING;
            next = now.plus(backoff(delivery.attempts(), config.backoffBase(), config.backoffMax()));
        }
        try {
            QuarkusTransaction.requiringNew().run(() -> deliveries.record(delivery.id(), outcome.attemptedAt(),
                    outcome.statusCode(), outcome.durationMs(), outcome.error(), status, next, now));
        } catch (RuntimeException e) {
            // the lease runs out and the delivery is tried again
            LOG.warnf("Could not record attempt %d of webhook delivery %d: %s", delivery.attempts(), delivery.id(), e.toString());
        }
        if (status == WebhookDelivery.Status.FAILED) {
            LOG.warnf("Webhook delivery %d (%s) failed %d times; given up", delivery.id(), delivery.event(), delivery.attempts());
        }
        return next;
    }

    /** Wait after the {@code attempts}-th failed attempt: base, 2 × base, 4 × base… at most {@code max}. */
    static Duration backoff(int attempts, Duration base, Duration max) {
        int doublings = Math.max(0, Math.min(attempts - 1, 30));
        Duration wait = base.multipliedBy(1L << doublings);
        return wait.compareTo(max) > 0 ? max : wait;
    }

    private static String truncate(String error) {
        return error.length() <= MAX_ERROR ? error : error.substring(0, MAX_ERROR);
    }
}
