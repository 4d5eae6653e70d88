package fr.kiosque.media;

import java.net.URI;
import java.time.Duration;
import java.util.Optional;

import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.core.ResponseInputStream;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.core.checksums.RequestChecksumCalculation;
import software.amazon.awssdk.core.checksums.ResponseChecksumValidation;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.GetObjectResponse;
import software.amazon.awssdk.services.s3.model.NoSuchKeyException;
import software.amazon.awssdk.services.s3.model.S3Exception;

/**
 * Files in a bucket of any S3-compatible object store (AWS S3, MinIO, Ceph RGW, Garage, Cloudflare
 * R2) through the AWS SDK for Java v2 and the JDK's HTTP client. Path-style addressing by default;
 * request checksums and response checksum validation only when the operation requires them, since
 * the SDK's newer default trailers are refused by several S3-compatible stores (S3Proxy among
 * them). Credentials come from the SDK's default chain ({@code AWS_ACCESS_KEY_ID},
 * {@code AWS_SECRET_ACCESS_KEY}, profiles, instance roles).
 */
final class S3MediaStore implements MediaStore, AutoCloseable {

    private final S3Client s3;
    private final String bucket;
    private final String prefix;

    S3MediaStore(S3Client s3, String bucket, String prefix) {
        this.s3 = s3;
        this.bucket = bucket;
        this.prefix = prefix;
    }

    static S3Client client(Optional<URI> endpoint, String region, boolean pathStyle, Duration callTimeout,
            AwsCredentialsProvider credentials) {
        var builder = S3Client.builder()
                .httpClientBuilder(UrlConnectionHttpClient.builder()
                        .connectionTimeout(Duration.ofSeconds(5))
                        .socketTimeout(callTimeout))
                .region(Region.of(region))
                .forcePathStyle(pathStyle)
                .requestChecksumCalculation(RequestChecksumCalculation.WHEN_REQUIRED)
                .responseChecksumValidation(ResponseChecksumValidation.WHEN_REQUIRED)
                .overrideConfiguration(o -> o.apiCallTimeout(callTimeout))
                .credentialsProvider(credentials);
        endpoint.ifPresent(builder::endpointOverride);
        return builder.build();
    }

    @Override
    public void put(String key, String mediaType, byte[] bytes) {
        put(prefix, key, mediaType, bytes);
    }

    private void put(String keyPrefix, String key, String mediaType, byte[] bytes) {
        try {
            s3.putObject(r -> r.bucket(bucket).key(keyPrefix + key).contentType(mediaType).contentLength((long) bytes.length),
                    RequestBody.fromBytes(bytes));
        } catch (SdkException e) {
            throw new StoreUnavailable("S3 media store: " + e.getMessage(), e);
        }
    }

    @Override
    public Optional<StoredFile> get(String key) {
        try {
            ResponseInputStream<GetObjectResponse> object = s3.getObject(r -> r.bucket(bucket).key(prefix + key));
            GetObjectResponse response = object.response();
            return Optional.of(new StoredFile(response.contentType(), response.contentLength(), object));
        } catch (NoSuchKeyException e) {
            return Optional.empty();
        } catch (SdkException e) {
            throw new StoreUnavailable("S3 media store: " + e.getMessage(), e);
        }
    }

    @Override
    public void delete(String key) {
        delete(prefix, key);
    }

    private void delete(String keyPrefix, String key) {
        try {
            s3.deleteObject(r -> r.bucket(bucket).key(keyPrefix + key));
        } catch (SdkException e) {
            throw new StoreUnavailable("S3 media store: " + e.getMessage(), e);
        }
    }

    @Override
    public boolean exists(String key) {
        try {
            s3.headObject(r -> r.bucket(bucket).key(prefix + key));
            return true;
        } catch (NoSuchKeyException e) {
            return false;
        } catch (S3Exception e) {
            if (e.statusCode() == 404) { // a HEAD answer has no body to name the error
                return false;
            }
            throw new StoreUnavailable("S3 media store: " + e.getMessage(), e);
        } catch (SdkException e) {
            throw new StoreUnavailable("S3 media store: " + e.getMessage(), e);
        }
    }

    @Override
    public String name() {
        return "s3";
    }

    /** Another feature's files in the same bucket, under its own prefix, through the same client. */
    ObjectStore under(String otherPrefix) {
        return new ObjectStore() {
            @Override
            public void put(String key, byte[] bytes) {
                S3MediaStore.this.put(otherPrefix, key, "application/octet-stream", bytes);
            }

            @Override
            public Optional<byte[]> get(String key) {
                try {
                    return Optional.of(s3.getObjectAsBytes(r -> r.bucket(bucket).key(otherPrefix + key)).asByteArray());
                } catch (NoSuchKeyException e) {
                    return Optional.empty();
                } catch (SdkException e) {
                    throw new StoreUnavailable("S3 store: " + e.getMessage(), e);
                }
            }

            @Override
            public void delete(String key) {
                S3MediaStore.this.delete(otherPrefix, key);
            }
        };
    }

    @Override
    public void close() {
        s3.close();
    }
}
