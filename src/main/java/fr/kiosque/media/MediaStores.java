package fr.kiosque.media;

import java.util.Locale;

import jakarta.enterprise.inject.Disposes;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

import org.jboss.logging.Logger;

import io.agroal.api.AgroalDataSource;
import software.amazon.awssdk.auth.credentials.DefaultCredentialsProvider;

/** The store {@code kiosque.media.store} names, made once per instance. */
@Singleton
class MediaStores {

    private static final Logger LOG = Logger.getLogger(MediaStores.class);

    @Produces
    @Singleton
    MediaStore store(MediaConfig config, AgroalDataSource dataSource) {
        MediaStore.StoreUnavailable.retryAfterSeconds = Math.max(1, config.storeRetryAfter().toSeconds());
        String kind = config.store().strip().toLowerCase(Locale.ROOT);
        switch (kind) {
            case "postgresql" -> {
                return new PostgresMediaStore(dataSource);
            }
            case "s3" -> {
                MediaConfig.S3 s3 = config.s3();
                String bucket = s3.bucket().orElseThrow(() -> new IllegalStateException(
                        "kiosque.media.store=s3 needs kiosque.media.s3.bucket (KIOSQUE_MEDIA_S3_BUCKET)"));
                LOG.infof("Media files in the S3 bucket %s at %s", bucket, s3.endpoint().map(Object::toString).orElse("AWS"));
                return new S3MediaStore(S3MediaStore.client(s3.endpoint(), s3.region(), s3.pathStyle(), s3.callTimeout(),
                        DefaultCredentialsProvider.builder().build()), bucket, s3.prefix());
            }
            default -> throw new IllegalStateException("kiosque.media.store is postgresql or s3, not " + config.store());
        }
    }

    void close(@Disposes MediaStore store) {
        if (store instanceof S3MediaStore s3) {
            s3.close();
        }
    }
}
