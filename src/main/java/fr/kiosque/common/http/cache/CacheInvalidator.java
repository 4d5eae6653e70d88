package fr.kiosque.common.http.cache;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;

/**
 * What writes call: "the public data of this namespace changed". Inside the writing
 * transaction it sends {@code NOTIFY} on the cache channel, which PostgreSQL delivers to every
 * instance's {@link InvalidationListener} only if the transaction commits; and once it has
 * committed, it drops the namespace's answers on this instance at once (before the response
 * of the write is sent).
 */
@ApplicationScoped
public class CacheInvalidator {

    private final EntityManager em;
    private final TransactionSynchronizationRegistry transactions;
    private final ResponseCache cache;
    private final CacheConfig config;

    CacheInvalidator(EntityManager em, TransactionSynchronizationRegistry transactions, ResponseCache cache,
            CacheConfig config) {
        this.em = em;
        this.transactions = transactions;
        this.cache = cache;
        this.config = config;
    }

    /** Must run inside the writing transaction. */
    public void invalidate(String namespace) {
        if (transactions.getTransactionStatus() != Status.STATUS_ACTIVE) {
            throw new IllegalStateException("Cache invalidation must happen inside the writing transaction");
        }
        String marker = CacheInvalidator.class.getName() + ":" + namespace;
        if (transactions.getResource(marker) != null) {
            return; // once per transaction and namespace
        }
        transactions.putResource(marker, Boolean.TRUE);
        em.createNativeQuery("select pg_notify(?1, ?2)")
                .setParameter(1, config.channel())
                .setParameter(2, namespace)
                .getSingleResult();
        transactions.registerInterposedSynchronization(new Synchronization() {
            @Override
            public void beforeCompletion() {
            }

            @Override
            public void afterCompletion(int status) {
                if (status == Status.STATUS_COMMITTED) {
                    cache.invalidateLocally(namespace);
                }
            }
        });
    }
}
