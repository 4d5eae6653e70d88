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
 * ({@code /q/openapi}, Swagger UI) instead of at every start, where it cost a sixth of the time to
 * ready (docs/benchmarks.md, "Start-up"); every answer is the same bytes. It lives in Quarkus's
 * package because the method it defers is package-private, so it works only where the application
 * and Quarkus share one class loader: the packaged application, checked by {@code PackagedAppIT}
 * (docs/architecture.md, "Choices").
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
