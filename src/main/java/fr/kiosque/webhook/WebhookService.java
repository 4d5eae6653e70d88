package fr.kiosque.webhook;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.jboss.logging.Logger;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;

import fr.kiosque.common.error.FieldError;
import fr.kiosque.common.error.ProblemException;
import fr.kiosque.common.http.Preconditions;
import fr.kiosque.common.paging.Page;
import fr.kiosque.common.paging.PageRequest;
import fr.kiosque.common.time.Now;
import fr.kiosque.webhook.api.DeliveryView;
import fr.kiosque.webhook.api.WebhookPayload;
import fr.kiosque.webhook.api.WebhookRequest;
import fr.kiosque.webhook.api.WebhookResponse;

/**
 * Webhooks: the endpoints admins register, the outbox other features write to, and the delivery
 * log. Depends on nothing but common/: features hand it the public representation they built.
 */
@ApplicationScoped
public class WebhookService {

    private static final Logger LOG = Logger.getLogger(WebhookService.class);

    @Inject WebhookEndpointRepository endpoints;
    @Inject WebhookDeliveryRepository deliveries;
    @Inject WebhooksConfig config;
    @Inject ObjectMapper mapper;
    @Inject Clock clock;

    // ---- for other features ---------------------------------------------------------------

    /**
     * Records that {@code event} happened to a resource whose public representation is
     * {@code data}: one delivery per active endpoint subscribed to it, written in the caller's
     * transaction (so they exist if and only if the change commits), sent by the worker. One
     * statement.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void enqueue(WebhookEvent event, Object data) {
        enqueueAll(event, List.of(data));
    }

    /** {@link #enqueue} for several resources at once (a scheduled publication of many articles): one statement. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void enqueueAll(WebhookEvent event, List<?> data) {
        if (data.isEmpty()) {
            return;
        }
        Instant now = Now.of(clock);
        ArrayNode rows = mapper.createArrayNode();
        try {
            for (Object item : data) {
                UUID id = UUID.randomUUID();
                String body = mapper.writeValueAsString(new WebhookPayload(id, event.wireName(), now, item));
                rows.addObject().put("event_id", id.toString()).put("body", body);
            }
            int queued = deliveries.enqueue(event.wireName(), mapper.writeValueAsString(rows), now);
            if (queued > 0) {
                LOG.debugf("%d webhook deliveries queued for %s", queued, event.wireName());
            }
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Could not write the payload of " + event.wireName(), e);
        }
    }

    // ---- admin ----------------------------------------------------------------------------

    @Transactional
    public Page<WebhookResponse> list(PageRequest page) {
        long total = endpoints.count();
        List<WebhookEndpoint> found = total == 0 ? List.of() : endpoints.page(page);
        return Page.of(found.stream().map(WebhookService::view).toList(), page, total);
    }

    @Transactional
    public WebhookResponse get(long id) {
        return view(find(id));
    }

    @Transactional
    public WebhookResponse create(WebhookRequest request) {
        if (request.secret() == null) {
            throw ProblemException.invalidField("secret", "obligatoire à la création (16 caractères au moins)");
        }
        WebhookEndpoint endpoint = new WebhookEndpoint();
        apply(endpoint, request);
        endpoints.persistAndFlush(endpoint);
        LOG.infof("Webhook endpoint %d created for %s", endpoint.id, events(endpoint));
        return view(endpoint);
    }

    @Transactional
    public WebhookResponse replace(long id, String ifMatch, WebhookRequest request) {
        WebhookEndpoint endpoint = endpoints.findForUpdate(id).orElseThrow(() -> unknown(id));
        Preconditions.requireMatch(ifMatch, endpoint.version);
        boolean wasActive = endpoint.active;
        apply(endpoint, request);
        endpoints.flush();
        if (wasActive && !endpoint.active) {
            int cancelled = deliveries.cancelPending(endpoint.id, Now.of(clock));
            LOG.infof("Webhook endpoint %d switched off; %d pending deliveries cancelled", endpoint.id, cancelled);
        }
        return view(endpoint);
    }

    @Transactional
    public void delete(long id, String ifMatch) {
        WebhookEndpoint endpoint = endpoints.findForUpdate(id).orElseThrow(() -> unknown(id));
        Preconditions.requireMatch(ifMatch, endpoint.version);
        endpoints.delete(endpoint);
        endpoints.flush();
        LOG.infof("Webhook endpoint %d deleted", id);
    }

    /** The endpoint's deliveries, newest first, each with its latest attempts: three statements. */
    @Transactional
    public Page<DeliveryView> deliveries(long endpointId, String status, PageRequest page) {
        WebhookDelivery.Status wanted = status == null ? null : parseStatus(status);
        find(endpointId);
        long total = deliveries.count(endpointId, wanted);
        List<WebhookDelivery> found = total == 0 ? List.of() : deliveries.page(endpointId, wanted, page);
        Map<Long, List<WebhookAttempt>> attempts = deliveries.attempts(found.stream().map(d -> d.id).toList());
        return Page.of(found.stream().map(d -> view(d, attempts.getOrDefault(d.id, List.of()))).toList(), page, total);
    }

    /**
     * Sends a delivery again, whatever became of it: it is PENDING and due now, its attempts
     * counted from zero, its event id unchanged (receivers drop what they already handled).
     */
    @Transactional
    public DeliveryView replay(long endpointId, long deliveryId) {
        WebhookEndpoint endpoint = find(endpointId);
        WebhookDelivery delivery = deliveries.find("id = ?1 and endpointId = ?2", deliveryId, endpointId)
                .withLock(jakarta.persistence.LockModeType.PESSIMISTIC_WRITE).firstResultOptional()
                .orElseThrow(() -> ProblemException.notFound(
                        "L'endpoint " + endpointId + " n'a pas de livraison " + deliveryId + "."));
        if (!endpoint.active) {
            throw ProblemException.unprocessableField("active",
                    "L'endpoint est désactivé : réactivez-le avant de rejouer une livraison.");
        }
        Instant now = Now.of(clock);
        delivery.status = WebhookDelivery.Status.PENDING;
        delivery.attempts = 0;
        delivery.nextAttemptAt = now;
        delivery.updatedAt = now;
        deliveries.flush();
        LOG.infof("Webhook delivery %d replayed", deliveryId);
        return view(delivery, deliveries.attempts(List.of(delivery.id)).getOrDefault(delivery.id, List.of()));
    }

    /**
     * Deletes the deliveries finished more than {@code kiosque.webhooks.retention} ago, and their
     * attempts. One idempotent statement: every instance may run it.
     */
    @Transactional
    public int purgeFinished() {
        Instant before = Now.of(clock).atZone(java.time.ZoneOffset.UTC).minus(config.retention()).toInstant();
        int purged = deliveries.purgeFinishedBefore(before);
        if (purged > 0) {
            LOG.infof("Deleted %d finished webhook deliveries older than %s", purged, config.retention());
        }
        return purged;
    }

    // ---- rules ----------------------------------------------------------------------------

    private void apply(WebhookEndpoint endpoint, WebhookRequest request) {
        List<FieldError> invalid = new ArrayList<>();
        String url = request.url().strip();
        UrlGuard.refusal(url, config.allowPrivateTargets(), UrlGuard.DNS)
                .ifPresent(reason -> invalid.add(new FieldError("url", reason)));
        LinkedHashSet<String> events = new LinkedHashSet<>();
        for (String event : request.events()) {
            String name = event.strip();
            if (WebhookEvent.fromWireName(name).isEmpty()) {
                invalid.add(new FieldError("events", "événement inconnu : « " + name + " » (valeurs acceptées : "
                        + String.join(", ", WebhookEvent.wireNames()) + ")"));
            }
            events.add(name);
        }
        if (!invalid.isEmpty()) {
            throw new ProblemException(fr.kiosque.common.error.ProblemType.VALIDATION_ERROR,
                    "Endpoint refusé : " + invalid.get(0).field() + " — " + invalid.get(0).message() + ".", invalid, Map.of());
        }
        endpoint.url = url;
        endpoint.description = request.description() == null || request.description().isBlank() ? null
                : request.description().strip();
        endpoint.events = new ArrayList<>(events);
        if (request.secret() != null) {
            endpoint.secret = request.secret();
        }
        endpoint.active = request.active() == null || request.active();
    }

    private static WebhookDelivery.Status parseStatus(String status) {
        try {
            return WebhookDelivery.Status.valueOf(status);
        } catch (IllegalArgumentException e) {
            throw ProblemException.invalidField("status", "valeurs acceptées : PENDING, DELIVERED, FAILED, CANCELLED");
        }
    }

    private WebhookEndpoint find(long id) {
        return endpoints.findByIdOptional(id).orElseThrow(() -> unknown(id));
    }

    private static ProblemException unknown(long id) {
        return ProblemException.notFound("Aucun endpoint de webhook n'a l'identifiant " + id + ".");
    }

    private static String events(WebhookEndpoint endpoint) {
        return String.join(", ", endpoint.events);
    }

    static WebhookResponse view(WebhookEndpoint e) {
        String hint = "…" + e.secret.substring(Math.max(0, e.secret.length() - 4));
        return new WebhookResponse(e.id, e.url, e.description, List.copyOf(e.events), hint, e.active, e.createdAt,
                e.updatedAt, e.version);
    }

    static DeliveryView view(WebhookDelivery d, List<WebhookAttempt> attempts) {
        return new DeliveryView(d.id, d.eventId, d.event, d.status.name(), d.attempts, d.lastStatus,
                d.status == WebhookDelivery.Status.PENDING ? d.nextAttemptAt : null, d.createdAt, d.deliveredAt,
                attempts.stream().map(a -> new DeliveryView.AttemptView(a.attemptedAt, a.statusCode, a.durationMs, a.error))
                        .toList());
    }
}
