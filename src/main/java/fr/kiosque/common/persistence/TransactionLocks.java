package fr.kiosque.common.persistence;

import jakarta.persistence.EntityManager;

import org.hibernate.query.NativeQuery;

/**
 * Locks that last until the current transaction ends (PostgreSQL advisory locks): two requests
 * that would otherwise check-then-insert the same value at once (a slug) take turns instead,
 * on every instance of the application.
 */
public final class TransactionLocks {

    private TransactionLocks() {
    }

    /** Waits until no other transaction holds the lock named by {@code namespace} and {@code key}, then holds it. */
    public static void lock(EntityManager entityManager, String namespace, String key) {
        entityManager.createNativeQuery("select 1 from pg_advisory_xact_lock(hashtext(?1), hashtext(?2))")
                .setParameter(1, namespace)
                .setParameter(2, key)
                .unwrap(NativeQuery.class)
                .addSynchronizedQuerySpace("") // touches no table: nothing to flush first
                .getSingleResult();
    }
}
