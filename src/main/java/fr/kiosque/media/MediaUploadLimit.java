package fr.kiosque.media;

import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import fr.kiosque.common.http.InFlightLimit;
import fr.kiosque.common.http.RequestBodyLimit;
import io.quarkus.runtime.configuration.MemorySize;

/**
 * The upload route's own body limit: the file ({@code kiosque.media.max-file-size}) and the form's
 * fields. A declared larger body gets 413 before anything reads it (like the CV upload). And how
 * many upload bodies are received at once ({@code kiosque.media.max-uploads-in-flight}).
 */
@Singleton
class MediaUploadLimit {

    /** Room for the form's text fields and the multipart framing. */
    static final long FORM_ALLOWANCE = 64 * 1024;

    @Produces
    @Singleton
    RequestBodyLimit mediaUpload(MediaConfig config,
            @ConfigProperty(name = "quarkus.http.limits.max-body-size", defaultValue = "10M") MemorySize httpLimit) {
        return RequestBodyLimit.upload(MediaAdminResource.PATH, config.maxFileSize().asLongValue(), "kiosque.media.max-file-size",
                FORM_ALLOWANCE, httpLimit.asLongValue());
    }

    @Produces
    @Singleton
    InFlightLimit mediaUploadsInFlight(MediaConfig config) {
        return InFlightLimit.post(MediaAdminResource.PATH, config.maxUploadsInFlight());
    }
}
