package fr.kiosque.cv;

import java.util.regex.Pattern;

import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import fr.kiosque.common.http.RequestBodyLimit;
import io.quarkus.runtime.configuration.MemorySize;

/**
 * The CV upload takes a larger body than the rest of the API: the file
 * ({@code kiosque.cv.max-file-size}) and the form's fields. A declared larger body is refused with
 * 413 before anything reads it; one sent without {@code Content-Length} is cut at
 * {@code quarkus.http.limits.max-body-size} while it is written to a temporary file, and a file
 * over the limit is then refused by the service.
 */
@Singleton
class CvUploadLimit {

    private static final Logger LOG = Logger.getLogger(CvUploadLimit.class);
    /** Room for the form's text fields and the multipart framing. */
    static final long FORM_ALLOWANCE = 256 * 1024;

    @Produces
    @Singleton
    RequestBodyLimit cvUpload(CvConfig config,
            @ConfigProperty(name = "quarkus.http.limits.max-body-size", defaultValue = "10M") MemorySize httpLimit) {
        long limit = config.maxFileSize().asLongValue() + FORM_ALLOWANCE;
        if (httpLimit.asLongValue() < limit) {
            LOG.warnf("quarkus.http.limits.max-body-size (%d bytes) is below what a CV upload may take (kiosque.cv.max-file-size"
                    + " plus 256 KiB: %d bytes): raise it, or CV files near the limit are refused", httpLimit.asLongValue(), limit);
        }
        return new RequestBodyLimit("POST", Pattern.compile(Pattern.quote(CvSubmissionResource.PATH) + "/?"), limit);
    }
}
