package fr.kiosque.ghost;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import org.jboss.logging.Logger;

import fr.kiosque.common.time.Now;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.scheduler.Scheduled;

/**
 * Each key's requests per day, counted in memory (no write on the read path) and added to
 * PostgreSQL every {@code kiosque.ghost.usage-flush-every} and at shutdown with
 * {@code requests = requests + delta}, so that the counts of every instance add up. A crash loses
 * at most what the instance counted since its last flush (a few seconds of requests); a flush that
 * fails puts its counts back for the next one.
 */
@ApplicationScoped
class KeyUsage {

    private static final Logger LOG = Logger.getLogger(KeyUsage.class);

    private record Day(long keyId, LocalDate day) {
    }

    private final Map<Day, LongAdder> counts = new ConcurrentHashMap<>();

    @Inject ContentApiKeyRepository keys;
    @Inject Clock clock;

    void count(long keyId, LocalDate day) {
        counts.computeIfAbsent(new Day(keyId, day), d -> new LongAdder()).increment();
    }

    @Scheduled(identity = "flush-content-api-key-usage", every = "${kiosque.ghost.usage-flush-every}", delayed = "1s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void scheduled() {
        flush();
    }

    void atShutdown(@Observes ShutdownEvent event) {
        flush();
    }

    /** Adds what was counted since the last flush to the database (tests call it directly). */
    synchronized void flush() {
        LocalDate today = LocalDate.ofInstant(Now.of(clock), ZoneOffset.UTC);
        List<Long> ids = new ArrayList<>();
        List<LocalDate> days = new ArrayList<>();
        List<Long> deltas = new ArrayList<>();
        List<LongAdder> adders = new ArrayList<>();
        // in one order on every instance: two flushes upserting the same rows never deadlock
        List<Map.Entry<Day, LongAdder>> entries = new ArrayList<>(counts.entrySet());
        entries.sort(java.util.Comparator.comparingLong((Map.Entry<Day, LongAdder> e) -> e.getKey().keyId())
                .thenComparing(e -> e.getKey().day()));
        for (Map.Entry<Day, LongAdder> entry : entries) {
            long delta = entry.getValue().sumThenReset();
            if (delta == 0) {
                if (entry.getKey().day().isBefore(today)) {
                    counts.remove(entry.getKey(), entry.getValue()); // a past day: no request counts on it any more
                }
                continue;
            }
            ids.add(entry.getKey().keyId());
            days.add(entry.getKey().day());
            deltas.add(delta);
            adders.add(entry.getValue());
        }
        if (ids.isEmpty()) {
            return;
        }
        try {
            QuarkusTransaction.requiringNew().run(() -> keys.addUsage(ids, days, deltas));
        } catch (RuntimeException e) {
            LOG.warnf("Content API key usage not saved (%s): kept for the next flush", e.getMessage());
            for (int i = 0; i < adders.size(); i++) {
                adders.get(i).add(deltas.get(i));
            }
        }
    }
}
