package io.quarkus.smallrye.openapi.runtime;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;

import org.jboss.logging.Logger;

import io.quarkus.arc.Unremovable;
import io.quarkus.arc.profile.IfBuildProfile;
import io.quarkus.smallrye.openapi.OpenApiFilter;
import io.quarkus.smallrye.openapi.runtime.filter.AutoSecurityFilter;
import io.smallrye.openapi.runtime.io.Format;

/**
 * Kiosque: Quarkus's OpenAPI document service, with the document prepared at its first request
 * ({@code /q/openapi}, Swagger UI) instead of at every start.
 * <p>
 * At start, Quarkus parses the build-time contract (290 KB of JSON) into its model and writes it
 * back as JSON and YAML, with no switch to defer it: a third of the main thread's work in a start,
 * 0.5 s of the 3.2 s to ready on the benchmark machine (docs/benchmarks.md, "Start-up"). This
 * alternative records the preparation and runs it, unchanged and once, when the document is first
 * asked for; every answer is then the same bytes as before.
 * <p>
 * It lives in Quarkus's package because the method it defers is package-private, so it works only
 * where the application and Quarkus share one class loader: the packaged application (prod
 * profile). Dev mode and {@code @QuarkusTest} keep Quarkus's own service; the packaged app is
 * checked by {@code PackagedAppIT}, which compares what it serves with {@code openapi.yaml}. A
 * Quarkus upgrade that changes the method stops the build here ({@code @Override}).
 */
@IfBuildProfile("prod")
@Unremovable // looked up programmatically, by Quarkus's recorder and handler
@Alternative
@Priority(1)
@ApplicationScoped
public class LazyOpenApiDocumentService extends OpenApiDocumentService {

    private static final Logger LOG = Logger.getLogger(LazyOpenApiDocumentService.class);

    private final List<Runnable> pending = new ArrayList<>();
    private volatile boolean prepared;

    @Override
    synchronized void prepareDocument(AutoSecurityFilter autoSecurityFilter,
            Map<OpenApiFilter.RunStage, List<String>> filtersByStage, String documentName) {
        pending.add(() -> super.prepareDocument(autoSecurityFilter, filtersByStage, documentName));
        prepared = false;
    }

    @Override
    public byte[] getDocument(String documentName, Format format) {
        if (!prepared) {
            prepareNow();
        }
        return super.getDocument(documentName, format);
    }

    private synchronized void prepareNow() {
        if (!prepared) {
            long start = System.nanoTime();
            pending.forEach(Runnable::run);
            pending.clear();
            prepared = true;
            LOG.infof("OpenAPI document prepared at its first request, in %d ms", (System.nanoTime() - start) / 1_000_000);
        }
    }
}
