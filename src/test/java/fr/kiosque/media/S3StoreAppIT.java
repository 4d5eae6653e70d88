package fr.kiosque.media;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import fr.kiosque.common.boot.PackagedApp;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.NoSuchKeyException;

/**
 * The packaged application on the S3 store, through HTTP: {@code KIOSQUE_MEDIA_STORE=s3} against
 * S3Proxy (its own process). An integration test rather than a {@code @QuarkusTest} profile: the
 * packaged app is already built for the failsafe run and starts in a few seconds, where a second
 * Quarkus boot in the surefire suite would cost every run. Upload a JPEG, its variant served from
 * the bucket with its caching headers and 304, deleted from the bucket with the image; then the
 * store stopped (its port closed): an upload is a 503 with {@code Retry-After} and no row is left.
 * And CV files on the same bucket: encrypted chunks as objects, none of their bytes in the
 * database, read back whole by staff, gone from the bucket when the candidate erases them.
 *
 * <p>Database: {@code QUARKUS_DATASOURCE_*} when set, else an embedded PostgreSQL; a fresh schema,
 * dropped afterwards. The app's output is in {@code target/s3-store-app-it.log}.
 */
class S3StoreAppIT {

    private static final String BUCKET = "kiosque-media-it";
    private static final String ADMIN_EMAIL = "s3@kiosque.test";
    private static final String ADMIN_PASSWORD = "stockage-s3-" + UUID.randomUUID();
    private static final String ADMIN = "/api/v1/admin/media";

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    private S3ProxyServer s3proxy;
    private S3Client s3;
    private PackagedApp app;
    private String schema;
    private int port;

    @BeforeEach
    void start() throws Exception {
        s3proxy = S3ProxyServer.start();
        s3 = S3MediaStore.client(Optional.of(s3proxy.endpoint()), "us-east-1", true, Duration.ofSeconds(20),
                StaticCredentialsProvider.create(AwsBasicCredentials.create(S3ProxyServer.IDENTITY, S3ProxyServer.CREDENTIAL)));
        s3.createBucket(b -> b.bucket(BUCKET));

        app = PackagedApp.prepare("s3-store-app-it");
        schema = app.schema();
        Map<String, String> env = new java.util.HashMap<>();
        env.put("KIOSQUE_ADMIN_EMAIL", ADMIN_EMAIL);
        env.put("KIOSQUE_ADMIN_PASSWORD", ADMIN_PASSWORD);
        env.put("KIOSQUE_MEDIA_STORE", "s3");
        env.put("KIOSQUE_MEDIA_S3_ENDPOINT", s3proxy.endpoint().toString());
        env.put("KIOSQUE_MEDIA_S3_BUCKET", BUCKET);
        env.put("KIOSQUE_MEDIA_S3_CALL_TIMEOUT", "PT5S");
        env.put("KIOSQUE_MEDIA_PUBLIC_URL", "http://127.0.0.1:" + app.port());
        // not a secret: a key for this test's CVs only
        env.put("KIOSQUE_CV_ENCRYPTION_KEY", java.util.Base64.getEncoder().encodeToString(
                "kiosque-s3-it-cv-key-not-secret!".getBytes(StandardCharsets.US_ASCII)));
        env.put("AWS_ACCESS_KEY_ID", S3ProxyServer.IDENTITY);
        env.put("AWS_SECRET_ACCESS_KEY", S3ProxyServer.CREDENTIAL);
        Process process = app.start(env);
        port = app.port();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(90);
        while (true) {
            assertThat(process.isAlive()).as("the app stopped at start; see target/s3-store-app-it.log").isTrue();
            try {
                if (get("/q/health/ready", Map.of()).statusCode() == 200) {
                    break;
                }
            } catch (IOException e) {
                // not listening yet
            }
            assertThat(System.nanoTime()).as("the app did not become ready; see target/s3-store-app-it.log").isLessThan(deadline);
            Thread.sleep(200);
        }
    }

    @AfterEach
    void stop() throws Exception {
        try {
            if (app != null) {
                app.close();
            }
        } finally {
            if (s3 != null) {
                s3.close();
            }
            if (s3proxy != null) {
                s3proxy.close();
            }
        }
    }

    @Test
    void imagesAreServedFromTheBucketAndAStoreThatCannotBeReachedLosesNothing() throws Exception {
        String token = token();
        HttpResponse<String> created = upload(token, TestImages.jpegWithGps(800, 600, 1), "Une façade au soleil");
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        String etag = created.headers().firstValue("ETag").orElseThrow();
        long id = Long.parseLong(field(created.body(), "\"id\"\\s*:\\s*(\\d+)"));
        String variantUrl = field(created.body(), "\"url\"\\s*:\\s*\"([^\"]+\\.webp)\"");
        String path = URI.create(variantUrl).getPath();
        String key = path.substring(path.lastIndexOf('/') + 1);
        byte[] inBucket = s3.getObjectAsBytes(r -> r.bucket(BUCKET).key("media/" + key)).asByteArray();

        HttpResponse<byte[]> variant = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertThat(variant.statusCode()).isEqualTo(200);
        assertThat(variant.body()).isEqualTo(inBucket);
        assertThat(variant.headers().firstValue("Content-Type")).contains("image/webp");
        assertThat(variant.headers().firstValue("Cache-Control").orElseThrow()).contains("max-age=31536000").contains("immutable");
        String variantEtag = variant.headers().firstValue("ETag").orElseThrow();
        assertThat(get(path, Map.of("If-None-Match", variantEtag)).statusCode()).isEqualTo(304);

        HttpResponse<String> deleted = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + ADMIN + "/" + id))
                .header("Authorization", "Bearer " + token).header("If-Match", etag).DELETE().build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(deleted.statusCode()).as(deleted.body()).isEqualTo(204);
        assertThat(get(path, Map.of()).statusCode()).isEqualTo(404);
        assertThatThrownBy(() -> s3.headObject(r -> r.bucket(BUCKET).key("media/" + key))).isInstanceOf(NoSuchKeyException.class);

        // the store stops answering: refused with 503 and Retry-After, nothing recorded
        long before = libraryCount(token);
        s3proxy.close();
        HttpResponse<String> refused = upload(token, TestImages.jpegWithGps(640, 480, 1), "Pendant la panne");
        assertThat(refused.statusCode()).as(refused.body()).isEqualTo(503);
        assertThat(refused.headers().firstValue("Content-Type")).contains("application/problem+json");
        assertThat(refused.headers().firstValue("Retry-After")).isPresent();
        assertThat(libraryCount(token)).isEqualTo(before);
        assertThat(get("/q/health/live", Map.of()).statusCode()).isEqualTo(200);
    }

    @Test
    void cvFilesAreEncryptedChunksInTheBucketReadBackWholeErasedWithTheirSubmissionAndNeverHalfWritten() throws Exception {
        String token = token();
        HttpResponse<String> profile = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/v1/admin/job-profiles"))
                .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"title\":\"Photographe de presse\",\"summary\":\"Un métier de l'image.\"}"))
                .build(), HttpResponse.BodyHandlers.ofString());
        assertThat(profile.statusCode()).as(profile.body()).isEqualTo(201);
        byte[] pdf = pdf(200_000); // four chunks of 64 KiB
        Map<String, String> fields = new java.util.LinkedHashMap<>();
        fields.put("firstName", "Camille");
        fields.put("lastName", "Durand");
        fields.put("email", "camille.s3@example.org");
        fields.put("location", "Lyon");
        fields.put("message", "Bonjour, photographe depuis six ans.");
        fields.put("consent", "true");
        fields.put("desiredProfile", field(profile.body(), "\"slug\"\\s*:\\s*\"([^\"]+)\""));
        String boundary = "kiosque" + UUID.randomUUID();
        HttpResponse<String> submitted = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/v1/cv-submissions"))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(cvForm(boundary, fields, pdf))).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(submitted.statusCode()).as(submitted.body()).isEqualTo(201);
        String id = field(submitted.body(), "\"id\"\\s*:\\s*\"([^\"]+)\"");
        String deletionToken = field(submitted.body(), "\"deletionToken\"\\s*:\\s*\"([^\"]+)\"");

        List<String> objects = cvObjects(id);
        assertThat(objects).containsExactlyInAnyOrder("cv/" + id + "/0", "cv/" + id + "/1", "cv/" + id + "/2", "cv/" + id + "/3");
        byte[] first = s3.getObjectAsBytes(r -> r.bucket(BUCKET).key("cv/" + id + "/0")).asByteArray();
        assertThat(new String(first, StandardCharsets.ISO_8859_1)).doesNotContain("%PDF");
        try (Connection connection = app.database();
                Statement statement = connection.createStatement();
                java.sql.ResultSet rows = statement.executeQuery("select count(*), coalesce(sum(octet_length(ciphertext)), 0) from "
                        + schema + ".cv_file_chunk where submission_id = '" + id + "'")) {
            rows.next();
            assertThat(rows.getInt(1)).isEqualTo(4);
            assertThat(rows.getLong(2)).as("no CV byte in the database").isZero();
        }

        HttpResponse<byte[]> file = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port
                + "/api/v1/admin/cv-submissions/" + id + "/file")).header("Authorization", "Bearer " + token).build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertThat(file.statusCode()).isEqualTo(200);
        assertThat(file.body()).isEqualTo(pdf);

        HttpResponse<String> erased = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/v1/cv-submissions/" + id))
                .header("X-Deletion-Token", deletionToken).DELETE().build(), HttpResponse.BodyHandlers.ofString());
        assertThat(erased.statusCode()).as(erased.body()).isEqualTo(204);
        assertThat(cvObjects(id)).isEmpty();

        // the bucket stops answering: a submission is a 503 with Retry-After, and nothing is recorded
        s3proxy.close();
        fields.put("email", "camille.panne@example.org");
        HttpResponse<String> refused = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/v1/cv-submissions"))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(cvForm(boundary, fields, pdf))).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(refused.statusCode()).as(refused.body()).isEqualTo(503);
        assertThat(refused.headers().firstValue("Retry-After")).isPresent();
        try (Connection connection = app.database();
                Statement statement = connection.createStatement();
                java.sql.ResultSet rows = statement.executeQuery("select (select count(*) from " + schema + ".cv_submission), (select"
                        + " count(*) from " + schema + ".cv_file_chunk)")) {
            rows.next();
            assertThat(rows.getInt(1)).isZero();
            assertThat(rows.getInt(2)).isZero();
        }
    }

    private static byte[] cvForm(String boundary, Map<String, String> fields, byte[] pdf) throws IOException {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        for (Map.Entry<String, String> f : fields.entrySet()) {
            body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + f.getKey() + "\"\r\n"
                    + "Content-Type: text/plain; charset=UTF-8\r\n\r\n" + f.getValue() + "\r\n").getBytes(StandardCharsets.UTF_8));
        }
        body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"cv\"; filename=\"CV Camille Durand.pdf\"\r\n"
                + "Content-Type: application/pdf\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        body.write(pdf);
        body.write(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return body.toByteArray();
    }

    private List<String> cvObjects(String id) {
        return s3.listObjectsV2(r -> r.bucket(BUCKET).prefix("cv/" + id + "/")).contents().stream()
                .map(software.amazon.awssdk.services.s3.model.S3Object::key).toList();
    }

    /** A valid PDF with a stream of {@code padding} random bytes (as the CV tests' CvFiles makes them). */
    private static byte[] pdf(int padding) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(padding + 1024);
        int[] offsets = new int[5];
        latin1(out, "%PDF-1.4\n%\u00e2\u00e3\u00cf\u00d3\n");
        offsets[1] = out.size();
        latin1(out, "1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj\n");
        offsets[2] = out.size();
        latin1(out, "2 0 obj\n<< /Type /Pages /Kids [3 0 R] /Count 1 >>\nendobj\n");
        offsets[3] = out.size();
        latin1(out, "3 0 obj\n<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] >>\nendobj\n");
        offsets[4] = out.size();
        latin1(out, "4 0 obj\n<< /Length " + padding + " >>\nstream\n");
        byte[] random = new byte[padding];
        new java.util.Random(4).nextBytes(random);
        out.writeBytes(random);
        latin1(out, "\nendstream\nendobj\n");
        int xref = out.size();
        StringBuilder table = new StringBuilder("xref\n0 5\n0000000000 65535 f \n");
        for (int i = 1; i <= 4; i++) {
            table.append(String.format("%010d 00000 n \n", offsets[i]));
        }
        latin1(out, table + "trailer\n<< /Size 5 /Root 1 0 R >>\nstartxref\n" + xref + "\n%%EOF\n");
        return out.toByteArray();
    }

    private static void latin1(ByteArrayOutputStream out, String text) {
        out.writeBytes(text.getBytes(StandardCharsets.ISO_8859_1));
    }

    private long libraryCount(String token) throws Exception {
        HttpResponse<String> list = get(ADMIN, Map.of("Authorization", "Bearer " + token));
        assertThat(list.statusCode()).isEqualTo(200);
        return Long.parseLong(field(list.body(), "\"totalItems\"\\s*:\\s*(\\d+)"));
    }

    private HttpResponse<String> upload(String token, byte[] jpeg, String alt) throws Exception {
        String boundary = "kiosque" + UUID.randomUUID();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"alt\"\r\n\r\n" + alt + "\r\n--" + boundary
                + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"photo.jpg\"\r\nContent-Type: image/jpeg\r\n\r\n")
                .getBytes(StandardCharsets.UTF_8));
        body.write(jpeg);
        body.write(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + ADMIN))
                .header("Authorization", "Bearer " + token).header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .timeout(Duration.ofSeconds(60)).POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> get(String path, Map<String, String> headers) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).timeout(Duration.ofSeconds(30));
        headers.forEach(request::header);
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private String token() throws IOException, InterruptedException {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/v1/auth/token"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"email\":\"" + ADMIN_EMAIL + "\",\"password\":\"" + ADMIN_PASSWORD + "\"}"))
                .timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return field(response.body(), "\"accessToken\"\\s*:\\s*\"([^\"]+)\"");
    }

    private static String field(String json, String regex) {
        Matcher matcher = Pattern.compile(regex).matcher(json);
        assertThat(matcher.find()).as(regex + " in " + json).isTrue();
        return matcher.group(1);
    }

    private static void putOrRemove(Map<String, String> env, String name, String value) {
        if (value == null) {
            env.remove(name);
        } else {
            env.put(name, value);
        }
    }
}
