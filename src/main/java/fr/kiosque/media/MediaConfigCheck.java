package fr.kiosque.media;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import fr.kiosque.common.boot.ConfigChecks;
import fr.kiosque.media.api.MediaView;
import io.quarkus.runtime.StartupEvent;

/** Refuses to start with {@code kiosque.media.*} out of range (see {@link ConfigChecks}). */
@ApplicationScoped
class MediaConfigCheck {

    void onStart(@Observes StartupEvent event, MediaConfig config) {
        check(config).orFail();
    }

    static ConfigChecks check(MediaConfig config) {
        ConfigChecks checks = new ConfigChecks()
                .atLeast("kiosque.media.max-file-size", config.maxFileSize().asLongValue(), 1024)
                .atLeast("kiosque.media.max-pixels", config.maxPixels(), 1)
                .atLeast("kiosque.media.max-uploads-in-flight", config.maxUploadsInFlight(), 1)
                .between("kiosque.media.quality", config.quality(), 1, 100)
                .between("kiosque.media.variant-widths (count)", config.variantWidths().size(), 1, MediaView.MAX_VARIANTS / 2);
        for (int width : config.variantWidths()) {
            checks.between("kiosque.media.variant-widths", width, 16, 8192);
        }
        return checks;
    }
}
