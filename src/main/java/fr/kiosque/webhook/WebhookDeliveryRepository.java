package fr.kiosque.webhook;

import static fr.kiosque.common.persistence.SqlValues.instant;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.hibernate.query.NativeQuery;

import fr.kiosque.common.paging.PageRequest;
import io.quarkus.hibernate.orm.panache.PanacheRepository;

/** The outbox and its log. Writes are single SQL statements, whatever the number of rows. */
@ApplicationScoped
class WebhookDeliveryRepository implements PanacheRepository<WebhookDelivery> {

    /** Attempts shown with each delivery of the log. */
    static final int LOG_ATTEMPTS = fr.kiosque.webhook.api.DeliveryView.MAX_LOG;

    /** A delivery claimed for sending, with what sending needs. */
    record Claimed(long id, long endpointId, UUID eventId, String event, String body, int attempts, String url, String secret) {
    }

    /**
     * One delivery per event and active endpoint subscribed to {@code event}: one statement.
     * {@code rows} is a JSON array of {@code {"event_id": …, "body": …}}.
     */
    int enqueue(String event, String rows, Instant now) {
        return getEntityManager().createNativeQuery("""
                insert into webhook_delivery (endpoint_id, event_id, event, body, status, attempts, next_attempt_at,
                                              created_at, updated_at)
                select e.id, x.event_id, ?1, x.body, 'PENDING', 0, ?2, ?2, ?2
                from webhook_endpoint e
                cross join jsonb_to_recordset(cast(?3 as jsonb)) as x(event_id uuid, body text)
                where e.active and ?1 = any(e.events)
                order by e.id
                """)
                .setParameter(1, event)
                .setParameter(2, utc(now))
                .setParameter(3, rows)
                .unwrap(NativeQuery.class)
                .addSynchronizedQuerySpace("webhook_delivery")
                .executeUpdate();
    }

    /**
     * Claims up to {@code limit} due deliveries of active endpoints, skipping the rows another
     * worker holds, and leases them until {@code leaseUntil} (counting the attempt): a worker
     * that dies mid-send leaves them to be retried then. One statement.
     */
    @SuppressWarnings("unchecked")
    List<Claimed> claim(Instant now, Instant leaseUntil, int limit) {
        List<Object[]> rows = getEntityManager().createNativeQuery("""
                with due as (
                    select d.id from webhook_delivery d
                    join webhook_endpoint e on e.id = d.endpoint_id
                    where d.status = 'PENDING' and d.next_attempt_at <= ?1 and e.active
                    order by d.next_attempt_at, d.id
                    limit ?3
                    for update of d skip locked)
                update webhook_delivery d
                set next_attempt_at = ?2, attempts = d.attempts + 1, updated_at = ?1
                from due, webhook_endpoint e
                where d.id = due.id and e.id = d.endpoint_id
                returning d.id, d.endpoint_id, d.event_id, d.event, d.body, d.attempts, e.url, e.secret
                """)
                .setParameter(1, utc(now))
                .setParameter(2, utc(leaseUntil))
                .setParameter(3, limit)
                .unwrap(NativeQuery.class)
                .addSynchronizedQuerySpace("webhook_delivery")
                .getResultList();
        List<Claimed> claimed = new ArrayList<>();
        for (Object[] row : rows) {
            claimed.add(new Claimed(((Number) row[0]).longValue(), ((Number) row[1]).longValue(), (UUID) row[2],
                    (String) row[3], (String) row[4], ((Number) row[5]).intValue(), (String) row[6], (String) row[7]));
        }
        claimed.sort(java.util.Comparator.comparingLong(Claimed::id));
        return claimed;
    }

    /** Logs an attempt and sets the delivery's outcome: two statements. */
    void record(long deliveryId, Instant attemptedAt, Integer statusCode, int durationMs, String error,
            WebhookDelivery.Status status, Instant nextAttemptAt, Instant now) {
        getEntityManager().createNativeQuery("""
                insert into webhook_attempt (delivery_id, attempted_at, status_code, duration_ms, error)
                values (?1, ?2, cast(?3 as integer), ?4, cast(?5 as varchar))
                """)
                .setParameter(1, deliveryId)
                .setParameter(2, utc(attemptedAt))
                .setParameter(3, statusCode)
                .setParameter(4, durationMs)
                .setParameter(5, error)
                .unwrap(NativeQuery.class)
                .addSynchronizedQuerySpace("webhook_attempt")
                .executeUpdate();
        getEntityManager().createNativeQuery("""
                update webhook_delivery set status = ?2, next_attempt_at = ?3, last_status = coalesce(cast(?4 as integer), last_status),
                    delivered_at = case when cast(?2 as varchar) = 'DELIVERED' then ?5 else delivered_at end, updated_at = ?5
                where id = ?1
                """)
                .setParameter(1, deliveryId)
                .setParameter(2, status.name())
                .setParameter(3, utc(nextAttemptAt))
                .setParameter(4, statusCode)
                .setParameter(5, utc(now))
                .unwrap(NativeQuery.class)
                .addSynchronizedQuerySpace("webhook_delivery")
                .executeUpdate();
    }

    /** A claimed delivery that was not sent after all: its attempt uncounted, due at {@code next}. */
    void release(long deliveryId, Instant next, Instant now) {
        getEntityManager().createNativeQuery(
                "update webhook_delivery set attempts = attempts - 1, next_attempt_at = ?2, updated_at = ?3 where id = ?1")
                .setParameter(1, deliveryId)
                .setParameter(2, utc(next))
                .setParameter(3, utc(now))
                .unwrap(NativeQuery.class)
                .addSynchronizedQuerySpace("webhook_delivery")
                .executeUpdate();
    }

    /** Deletes finished deliveries last changed before {@code before}, with their attempts: one statement. */
    int purgeFinishedBefore(Instant before) {
        return getEntityManager().createNativeQuery(
                "delete from webhook_delivery where status in ('DELIVERED', 'FAILED', 'CANCELLED') and updated_at < ?1")
                .setParameter(1, utc(before))
                .unwrap(NativeQuery.class)
                .addSynchronizedQuerySpace("webhook_delivery")
                .executeUpdate();
    }

    /** The pending deliveries of an endpoint that was switched off: they will not be sent. */
    int cancelPending(long endpointId, Instant now) {
        return update("status = ?1, updatedAt = ?2 where endpointId = ?3 and status = ?4",
                WebhookDelivery.Status.CANCELLED, now, endpointId, WebhookDelivery.Status.PENDING);
    }

    long count(long endpointId, WebhookDelivery.Status status) {
        return status == null ? count("endpointId", endpointId) : count("endpointId = ?1 and status = ?2", endpointId, status);
    }

    List<WebhookDelivery> page(long endpointId, WebhookDelivery.Status status, PageRequest page) {
        return (status == null ? find("endpointId = ?1 order by id desc", endpointId)
                : find("endpointId = ?1 and status = ?2 order by id desc", endpointId, status))
                .page(page.number() - 1, page.size()).list();
    }

    /** The latest {@link #LOG_ATTEMPTS} attempts of each delivery, oldest first: one statement. */
    Map<Long, List<WebhookAttempt>> attempts(List<Long> deliveryIds) {
        Map<Long, List<WebhookAttempt>> result = new HashMap<>();
        if (deliveryIds.isEmpty()) {
            return result;
        }
        @SuppressWarnings("unchecked")
        List<WebhookAttempt> attempts = getEntityManager().createNativeQuery("""
                select id, delivery_id, attempted_at, status_code, duration_ms, error from (
                    select a.*, row_number() over (partition by a.delivery_id order by a.id desc) as n
                    from webhook_attempt a where a.delivery_id in (?1)) latest
                where n <= ?2 order by delivery_id, id
                """, WebhookAttempt.class)
                .setParameter(1, deliveryIds)
                .setParameter(2, LOG_ATTEMPTS)
                .getResultList();
        for (WebhookAttempt attempt : attempts) {
            result.computeIfAbsent(attempt.deliveryId, k -> new ArrayList<>()).add(attempt);
        }
        return result;
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }
}
