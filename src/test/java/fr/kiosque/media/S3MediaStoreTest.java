package fr.kiosque.media;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.InputStream;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import fr.kiosque.media.ImageProcessor.Size;
import fr.kiosque.media.ImageProcessor.Variant;
import fr.kiosque.media.MediaStore.StoreUnavailable;
import fr.kiosque.media.MediaStore.StoredFile;
import fr.kiosque.media.MetadataStripper.Cleaned;
import fr.kiosque.support.Concurrently;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.services.s3.S3Client;

/**
 * The S3 store against a real S3-compatible server (S3Proxy, its own process): an image's files
 * written, read back byte for byte, written again harmlessly, deleted; parallel writes; and a
 * store that cannot be reached is a 503 problem, never a silent loss.
 */
class S3MediaStoreTest {

    private static S3ProxyServer server;
    private static S3Client client;
    private static S3MediaStore store;

    @BeforeAll
    static void start() {
        server = S3ProxyServer.start();
        client = S3MediaStore.client(Optional.of(server.endpoint()), "us-east-1", true, Duration.ofSeconds(20),
                StaticCredentialsProvider.create(AwsBasicCredentials.create(S3ProxyServer.IDENTITY, S3ProxyServer.CREDENTIAL)));
        client.createBucket(b -> b.bucket("kiosque-media"));
        store = new S3MediaStore(client, "kiosque-media", "media/");
    }

    @AfterAll
    static void stop() {
        if (client != null) {
            client.close();
        }
        if (server != null) {
            server.close();
        }
    }

    @Test
    void anImagesFilesAreStoredReadBackAndDeleted() throws Exception {
        Cleaned cleaned = MetadataStripper.strip(ImageFormat.JPEG, TestImages.jpegWithGps(700, 500, 1));
        List<Variant> variants = ImageProcessor.variants(ImageFormat.JPEG, cleaned.bytes(), 1, new Size(700, 500), List.of(320, 640), 80);
        for (Variant v : variants) {
            String key = UploadMedia.key(v.bytes(), v.format());
            assertThat(store.exists(key)).isFalse();
            store.put(key, v.format().mediaType, v.bytes());
            store.put(key, v.format().mediaType, v.bytes()); // content-addressed: twice is harmless
            assertThat(store.exists(key)).isTrue();
            StoredFile file = store.get(key).orElseThrow();
            byte[] read;
            try (InputStream body = file.body()) {
                read = body.readAllBytes();
            }
            assertThat(read).isEqualTo(v.bytes());
            assertThat(file.length()).isEqualTo(v.bytes().length);
            assertThat(file.mediaType()).isEqualTo(v.format().mediaType);
            assertThat(TestImages.hasMetadata(read)).isFalse();
            assertThat(ImagePipelineTest.read(read).getWidth()).isEqualTo(v.width());
            store.delete(key);
            assertThat(store.get(key)).isEmpty();
            assertThat(store.exists(key)).isFalse();
        }
    }

    @Test
    void parallelWritesAreAllKeptNoneLostNorDoubled() throws Exception {
        List<Callable<String>> calls = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            byte[] bytes = ("fichier " + i).getBytes();
            calls.add(() -> {
                String key = UploadMedia.key(bytes, ImageFormat.PNG);
                store.put(key, "image/png", bytes);
                return key;
            });
        }
        List<String> keys = Concurrently.run(calls);
        Set<String> distinct = new HashSet<>(keys);
        assertThat(distinct).hasSize(12);
        for (String key : distinct) {
            assertThat(store.get(key)).isPresent();
        }
        int listed = client.listObjectsV2(r -> r.bucket("kiosque-media").prefix("media/")).keyCount();
        assertThat(listed).isGreaterThanOrEqualTo(12);
    }

    @Test
    void aStoreThatCannotBeReachedIsA503WithRetryAfter() {
        S3Client unreachable = S3MediaStore.client(Optional.of(URI.create("http://127.0.0.1:9")), "us-east-1", true,
                Duration.ofSeconds(2), StaticCredentialsProvider.create(AwsBasicCredentials.create("a", "b")));
        try (S3MediaStore down = new S3MediaStore(unreachable, "kiosque-media", "media/")) {
            assertThatThrownBy(() -> down.put("k.png", "image/png", new byte[] { 1 }))
                    .isInstanceOfSatisfying(StoreUnavailable.class, e -> {
                        assertThat(e.type().status()).isEqualTo(503);
                        assertThat(e.headers()).containsKey("Retry-After");
                    });
            assertThatThrownBy(() -> down.get("k.png")).isInstanceOf(StoreUnavailable.class);
            assertThatThrownBy(() -> down.exists("k.png")).isInstanceOf(StoreUnavailable.class);
        }
    }
}
