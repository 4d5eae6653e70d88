package fr.kiosque.webhook;

import java.net.InetSocketAddress;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;

import org.jboss.logging.Logger;

import fr.kiosque.common.persistence.SkipLockedBatches;
import fr.kiosque.common.time.Now;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.http.HttpClientRequest;
import io.vertx.core.http.HttpClientResponse;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.RequestOptions;
import io.vertx.core.net.SocketAddress;

/**
 * Sends the outbox. Each round claims due deliveries in a short transaction
 * ({@code FOR UPDATE SKIP LOCKED}, then leased, through {@link SkipLockedBatches#drainLeased}: no
 * other worker, on this instance or another, takes them while they are being sent), POSTs them in parallel without holding any transaction,
 * then records each attempt: delivered on a 2xx, else retried with exponential backoff until
 * {@code kiosque.webhooks.max-attempts}, then FAILED.
 * <p>
 * Each send resolves the target's host once, checks every address ({@link UrlGuard}), and
 * connects to the address checked (Vert.x's HTTP client, told which server to connect to while
 * the request keeps the URL's host for {@code Host}, the TLS server name and the certificate
 * check): a DNS answer that changes between the check and the connection (rebinding) cannot
 * send a delivery to a private address.
 */
@ApplicationScoped
class WebhookWorker {

    private static final Logger LOG = Logger.getLogger(WebhookWorker.class);
    private static final int MAX_ERROR = 500;

    private final WebhookDeliveryRepository deliveries;
    private final WebhooksConfig config;
    private final Clock clock;
    private final Vertx vertx;
    private final HttpClient client;
    /** Where a delivery that waited for the previous one of its endpoint is sent from: never an event loop (DNS blocks). */
    private final ExecutorService executor;
    private volatile UrlGuard.Resolver resolver = UrlGuard.DNS;
    /** {@code kiosque.webhooks.allow-private-targets}, as the send-time check applies it. */
    private volatile boolean allowPrivateTargets;

    WebhookWorker(WebhookDeliveryRepository deliveries, WebhooksConfig config, Clock clock, Vertx vertx, ExecutorService executor) {
        this.deliveries = deliveries;
        this.config = config;
        this.clock = clock;
        this.allowPrivateTargets = config.allowPrivateTargets();
        this.vertx = vertx;
        this.executor = executor;
        // HTTP/1.1 (no h2c upgrade dance with plain-http receivers), certificates and host names checked over https
        this.client = vertx.createHttpClient(new HttpClientOptions()
                .setConnectTimeout((int) Math.min(Integer.MAX_VALUE, config.connectTimeout().toMillis()))
                .setVerifyHost(true));
    }

    @PreDestroy
    void close() {
        client.close();
    }

    @Scheduled(identity = "send-webhooks", every = "${kiosque.webhooks.poll-every}", delayed = "5s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    void poll() {
        SkipLockedBatches.drainLeased(config.batchSize(), this::claimDue, this::deliver);
    }

    /** For tests: turns the send-time check of private targets on or off, whatever the configuration. */
    void allowPrivateTargets(boolean allowed) {
        allowPrivateTargets = allowed;
    }

    /** For tests: how host names are resolved ({@link UrlGuard#DNS} by default). */
    void resolveWith(UrlGuard.Resolver resolver) {
        this.resolver = resolver;
    }

    /** One round: claims, sends and records up to a batch of due deliveries; returns how many it handled. */
    int deliverDue() {
        return SkipLockedBatches.leaseOne(config.batchSize(), this::claimDue, this::deliver);
    }

    /** Claims up to {@code limit} due deliveries, leased for as long as sending them may take. */
    private List<WebhookDeliveryRepository.Claimed> claimDue(int limit) {
        Instant now = Now.of(clock);
        // long enough for a whole batch sent to one endpoint, one after the other, each to its timeouts
        Instant leaseUntil = now.plus(config.connectTimeout().plus(config.readTimeout()).multipliedBy(limit)).plusSeconds(30);
        return deliveries.claim(now, leaseUntil, limit);
    }

    /** Sends the claimed deliveries and records each attempt. */
    private void deliver(List<WebhookDeliveryRepository.Claimed> claimed) {
        // endpoints in parallel; the deliveries of one endpoint one after the other, in the order of their
        // events, and none after one that failed (null: not sent, left until the failed one is retried)
        Map<Long, CompletableFuture<Outcome>> lastOfEndpoint = new HashMap<>();
        List<CompletableFuture<Outcome>> sends = new ArrayList<>();
        for (WebhookDeliveryRepository.Claimed delivery : claimed) {
            CompletableFuture<Outcome> previous = lastOfEndpoint.get(delivery.endpointId());
            CompletableFuture<Outcome> send = previous == null ? send(delivery)
                    : previous.thenComposeAsync(outcome -> outcome != null && outcome.delivered() ? send(delivery)
                            : CompletableFuture.completedFuture(null), executor);
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
        // resolved once: the connection goes to the address checked here, not to a second answer of the DNS
        UrlGuard.Checked checked = UrlGuard.target(delivery.url(), allowPrivateTargets, resolver);
        if (checked.isRefused()) {
            return CompletableFuture.completedFuture(new Outcome(attemptedAt, null, 0, "cible refusée : " + checked.refusal()));
        }
        UrlGuard.Target target = checked.target();
        long timestamp = attemptedAt.getEpochSecond();
        RequestOptions options = new RequestOptions()
                .setMethod(HttpMethod.POST)
                .setServer(SocketAddress.inetSocketAddress(new InetSocketAddress(target.address(), target.port())))
                .setHost(target.host()) // TLS: the server name sent and the name the certificate must hold
                .setPort(target.port())
                .setSsl(target.tls())
                .setURI(target.requestUri())
                .setFollowRedirects(false)
                .setConnectTimeout(config.connectTimeout().toMillis())
                .putHeader("Host", target.hostHeader())
                .putHeader("Content-Type", "application/json; charset=utf-8")
                .putHeader("User-Agent", "Kiosque-Webhooks/1")
                .putHeader("Kiosque-Event", delivery.event())
                .putHeader("Kiosque-Delivery", delivery.eventId().toString())
                .putHeader(Signatures.HEADER, Signatures.header(delivery.secret(), timestamp, delivery.body()));
        CompletableFuture<Outcome> outcome = new CompletableFuture<>();
        long readTimeout = Math.max(1, config.readTimeout().toMillis());
        client.request(options).onComplete(connected -> {
            if (connected.failed()) {
                outcome.complete(failed(attemptedAt, started, connected.cause()));
                return;
            }
            HttpClientRequest request = connected.result();
            // the answer's head within the read timeout; its body (discarded) within the same deadline
            AtomicBoolean late = new AtomicBoolean();
            long deadline = vertx.setTimer(readTimeout, id -> {
                late.set(true);
                request.reset();
            });
            request.response().onComplete(answered -> {
                if (answered.failed()) {
                    vertx.cancelTimer(deadline);
                    outcome.complete(failed(attemptedAt, started, late.get() ? new TimeoutException() : answered.cause()));
                    return;
                }
                HttpClientResponse response = answered.result();
                int status = response.statusCode();
                boolean ok = status >= 200 && status < 300;
                outcome.complete(new Outcome(attemptedAt, status, millisSince(started), ok ? null : "réponse HTTP " + status));
                response.handler(ignored -> {
                });
                response.end().onComplete(ended -> vertx.cancelTimer(deadline));
            });
            request.end(Buffer.buffer(delivery.body()));
        });
        return outcome;
    }

    private static Outcome failed(Instant attemptedAt, long started, Throwable failure) {
        Throwable cause = failure instanceof CompletionException && failure.getCause() != null ? failure.getCause() : failure;
        String error = cause instanceof TimeoutException || cause instanceof io.netty.channel.ConnectTimeoutException ? "délai dépassé"
                : cause.getClass().getSimpleName() + (cause.getMessage() == null ? "" : ": " + cause.getMessage());
        return new Outcome(attemptedAt, null, millisSince(started), truncate(error));
    }

    private static int millisSince(long started) {
        return (int) Duration.ofNanos(System.nanoTime() - started).toMillis();
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
