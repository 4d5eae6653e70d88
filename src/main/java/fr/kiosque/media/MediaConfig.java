package fr.kiosque.media;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

import io.quarkus.runtime.configuration.MemorySize;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import fr.kiosque.media.api.MediaUploadForm;

/**
 * {@code kiosque.media.*}: the image library's limits, variants and store (docs/configuration.md, "Media").
 * Ranges are checked by {@link MediaConfigCheck}.
 */
@ConfigMapping(prefix = "kiosque.media")
interface MediaConfig {

    /** Largest image file; a declared larger upload gets 413 before its body is read. */
    @WithDefault("" + MediaUploadForm.DEFAULT_MAX_FILE_BYTES)
    MemorySize maxFileSize();

    /**
     * Uploads whose bodies are received at once, counted from their head: past it a 503 with
     * {@code Retry-After} before the body is read (each holds buffers and a temporary file).
     */
    @WithDefault("8")
    int maxUploadsInFlight();

    /** Largest width × height, read from the file's header before anything is decoded; larger is a 422. */
    @WithDefault("40000000")
    long maxPixels();

    /** The widths of the variants made at upload (never wider than the image itself). */
    @WithDefault("320,640,960,1280,1920")
    List<Integer> variantWidths();

    /** WebP and JPEG quality of the variants, 1 to 100. */
    @WithDefault("80")
    int quality();

    /** Where files are kept: {@code postgresql} (the default, nothing to set up) or {@code s3}. */
    @WithDefault("postgresql")
    String store();

    /** This API's public origin, before the files' paths in answers ({@code https://api.kiosque.fr}); relative paths without it. */
    Optional<String> publicUrl();

    /** {@code Retry-After} of a 503 when the store cannot be reached. */
    @WithDefault("PT10S")
    Duration storeRetryAfter();

    S3 s3();

    interface S3 {
        /** The S3-compatible endpoint ({@code https://s3.fr-par.scw.cloud}, {@code http://minio:9000}); AWS's own without it. */
        Optional<URI> endpoint();

        /** The bucket (it must exist). */
        Optional<String> bucket();

        @WithDefault("us-east-1")
        String region();

        /** Path-style addressing ({@code endpoint/bucket/key}), what most S3-compatible stores expect. */
        @WithDefault("true")
        boolean pathStyle();

        /** Prefix of every key in the bucket. */
        @WithDefault("media/")
        String prefix();

        /** How long one call to the store may take at most. */
        @WithDefault("PT30S")
        Duration callTimeout();
    }
}
