package fr.kiosque.common.persistence;

import java.util.List;
import java.util.function.Consumer;
import java.util.function.IntFunction;

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
}
