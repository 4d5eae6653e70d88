package fr.kiosque.common.http.cache;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;

/**
 * What writes call: "the public data behind these tags changed" (a namespace of
 * {@link CacheNamespaces}, or one item of it such as {@code article:<slug>}). Inside the writing
 * transaction it sends {@code NOTIFY} on the cache channel, which PostgreSQL delivers to every
 * instance's {@link InvalidationListener} only if the transaction commits, and fires a
 * {@link CachePurge} event (the webhook feature announces it to CDNs, in the same transaction);
 * once the transaction has committed, it drops the tags' answers on this instance at once
 * (before the response of the write is sent).
 */
@ApplicationScoped
public class CacheInvalidator {

    @Inject EntityManager em;
    @Inject TransactionSynchronizationRegistry transactions;
    @Inject ResponseCache cache;
    @Inject CacheConfig config;
    @Inject Event<CachePurge> purges;

    /** Must run inside the writing transaction. Each tag is announced once per transaction. */
    public void invalidate(String... tags) {
        if (transactions.getTransactionStatus() != Status.STATUS_ACTIVE) {
            throw new IllegalStateException("Cache invalidation must happen inside the writing transaction");
        }
        Set<String> fresh = new LinkedHashSet<>();
        for (String tag : tags) {
            String marker = CacheInvalidator.class.getName() + ":" + tag;
            if (transactions.getResource(marker) == null) {
                transactions.putResource(marker, Boolean.TRUE);
                fresh.add(tag);
            }
        }
        if (fresh.isEmpty()) {
            return;
        }
        // one statement however many tags (a bulk moderation names one per article)
        em.createNativeQuery("select count(pg_notify(?1, t)) from unnest(cast(?2 as text[])) t")
                .setParameter(1, config.channel())
                .setParameter(2, fresh.toArray(String[]::new))
                .getSingleResult();
        List<String> purged = List.copyOf(fresh);
        purges.fire(new CachePurge(purged));
        transactions.registerInterposedSynchronization(new Synchronization() {
            @Override
            public void beforeCompletion() {
            }

            @Override
            public void afterCompletion(int status) {
                if (status == Status.STATUS_COMMITTED) {
                    purged.forEach(cache::invalidateLocally);
                }
            }
        });
    }
}
