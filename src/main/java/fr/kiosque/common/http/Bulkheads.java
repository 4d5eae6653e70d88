package fr.kiosque.common.http;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;

/**
 * The instance's {@link Bulkhead}s by name ({@code kiosque.bulkheads.<name>.*}), with their gauges
 * ({@code kiosque.bulkhead.in.use}, {@code kiosque.bulkhead.waiting}) and their refusals
 * ({@code kiosque.bulkhead.refused}) in the metrics.
 */
@ApplicationScoped
public class Bulkheads {

    public static final String SITEMAPS = "sitemaps";
    public static final String FEEDS = "feeds";
    public static final String SEARCH = "search";
    public static final String THREADS = "threads";

    @Inject BulkheadsConfig config;
    @Inject MeterRegistry metrics;
    private final Map<String, Bulkhead> bulkheads = new ConcurrentHashMap<>();

    /** The bulkhead {@code name}; its settings must exist (application.properties names every one). */
    public Bulkhead get(String name) {
        return bulkheads.computeIfAbsent(name, this::create);
    }

    private Bulkhead create(String name) {
        BulkheadsConfig.Limits limits = config.all().get(name);
        if (limits == null) {
            throw new IllegalStateException("No kiosque.bulkheads." + name + ".* settings");
        }
        Bulkhead bulkhead = new Bulkhead(name, limits.concurrency(), limits.queue(), limits.maxWait(), limits.retryAfter());
        Gauge.builder("kiosque.bulkhead.in.use", bulkhead, Bulkhead::inUse).tag("name", name).register(metrics);
        Gauge.builder("kiosque.bulkhead.waiting", bulkhead, Bulkhead::waiting).tag("name", name).register(metrics);
        FunctionCounter.builder("kiosque.bulkhead.refused", bulkhead, Bulkhead::refused).tag("name", name).register(metrics);
        return bulkhead;
    }
}
