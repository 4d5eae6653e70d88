package fr.kiosque.common.persistence;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.IntFunction;

import jakarta.persistence.EntityManager;

import org.hibernate.query.NativeQuery;

import io.quarkus.narayana.jta.QuarkusTransaction;

/**
 * Work that several instances share through {@code FOR UPDATE SKIP LOCKED}: each batch claims up
 * to {@code batchSize} rows (skipping those another transaction holds) in a transaction of its
 * own, and batches follow until one comes back short. Short transactions keep locks brief, and
 * every row is handled once whichever instance claims it.
 */
public final class SkipLockedBatches {

    private SkipLockedBatches() {
    }

    /** Claims and handles each batch in one transaction (rows locked until handled). Returns how many rows were claimed. */
    public static <T> int drain(int batchSize, IntFunction<List<T>> claim, Consumer<List<T>> handle) {
        int total = 0;
        while (true) {
            int claimed = QuarkusTransaction.requiringNew().call(() -> {
                List<T> rows = claim.apply(batchSize);
                if (!rows.isEmpty()) {
                    handle.accept(rows);
                }
                return rows.size();
            });
            total += claimed;
            if (claimed < batchSize) {
                return total;
            }
        }
    }

    /**
     * Claims each batch in a short transaction that leases its rows (the claim marks them taken
     * until a deadline), then handles them outside any transaction: for slow work such as HTTP
     * calls. Returns how many rows were claimed.
     */
    public static <T> int drainLeased(int batchSize, IntFunction<List<T>> claim, Consumer<List<T>> handle) {
        int total = 0;
        while (true) {
            int claimed = leaseOne(batchSize, claim, handle);
            total += claimed;
            if (claimed < batchSize) {
                return total;
            }
        }
    }

    /** One batch of {@link #drainLeased}: returns how many rows it claimed. */
    public static <T> int leaseOne(int batchSize, IntFunction<List<T>> claim, Consumer<List<T>> handle) {
        List<T> rows = QuarkusTransaction.requiringNew().call(() -> claim.apply(batchSize));
        if (!rows.isEmpty()) {
            handle.accept(rows);
        }
        return rows.size();
    }

    /**
     * The ids that {@code select} finds, locked until the transaction ends, skipping rows another
     * transaction holds: {@code select} ends with {@code limit ?2 for update skip locked} and
     * compares a timestamp with {@code ?1}. No entity is flushed or evicted for it.
     */
    @SuppressWarnings("unchecked")
    public static List<Long> lockIds(EntityManager entityManager, String select, Instant instant, int limit) {
        List<Number> ids = entityManager.createNativeQuery(select)
                .setParameter(1, instant.atOffset(ZoneOffset.UTC))
                .setParameter(2, limit)
                .unwrap(NativeQuery.class)
                .addSynchronizedQuerySpace("")
                .getResultList();
        return ids.stream().map(Number::longValue).toList();
    }
}
