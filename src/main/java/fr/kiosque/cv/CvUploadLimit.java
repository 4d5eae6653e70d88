package fr.kiosque.cv;

import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

import org.eclipse.microprofile.config.inject.ConfigProperty;

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

    /** Room for the form's text fields and the multipart framing. */
    static final long FORM_ALLOWANCE = 256 * 1024;

    @Produces
    @Singleton
    RequestBodyLimit cvUpload(CvConfig config,
            @ConfigProperty(name = "quarkus.http.limits.max-body-size", defaultValue = "10M") MemorySize httpLimit) {
        return RequestBodyLimit.upload(CvSubmissionResource.PATH, config.maxFileSize().asLongValue(), "kiosque.cv.max-file-size",
                FORM_ALLOWANCE, httpLimit.asLongValue());
    }
}
