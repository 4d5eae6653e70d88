package fr.kiosque.common.boot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;


/**
 * The packaged application ({@code target/quarkus-app/quarkus-run.jar}), where behaviour differs
 * from {@code @QuarkusTest}'s: its graceful shutdown, its contract document prepared at the
 * first request rather than at start ({@code LazyOpenApiDocumentService}, prod profile only), and
 * its production launch on JDK 25's AOT cache ({@code bench/launch}).
 * <p>
 * Graceful shutdown of the packaged application ({@code target/quarkus-app/quarkus-run.jar}, built by
 * the same Maven run, started as {@code java -jar} in the prod profile): SIGTERM while a staff write
 * has half its body sent. The write still gets its 201 and is committed; every new request meanwhile
 * (new connection or kept-alive one, read or write, readiness probe) gets a 503 problem with
 * {@code Retry-After} and {@code Connection: close}, and writes nothing; the process then exits by
 * itself (143: SIGTERM), well within {@code quarkus.shutdown.timeout}, with no error logged.
 *
 * <p>Database: {@code QUARKUS_DATASOURCE_JDBC_URL} / {@code _USERNAME} / {@code _PASSWORD} when set,
 * as for the other tests, else an embedded PostgreSQL of its own; the app gets a fresh schema,
 * dropped afterwards ({@link PackagedApp}). Its output is in {@code target/packaged-app-it.log}.
 */
class PackagedAppIT {

    private static final Duration START_TIMEOUT = Duration.ofSeconds(90);
    private static final String ADMIN_EMAIL = "arret@kiosque.test";
    private static final String ADMIN_PASSWORD = "arret-gracieux-" + UUID.randomUUID();

    /** Tag of the tests that start the app themselves. */
    private static final String OWN_START = "own-start";

    private PackagedApp packaged;
    private Path jar;
    private String schema;
    private Process app;
    private AppLog log;
    private int port;
    private Path appLogFile;

    @BeforeEach
    void startDatabaseAndApp(TestInfo info) throws Exception {
        packaged = PackagedApp.prepare("packaged-app-it");
        jar = packaged.jar();
        schema = packaged.schema();
        appLogFile = packaged.logFile();
        if (!info.getTags().contains(OWN_START)) {
            startApp(Map.of());
            log.await("Listening on: http://127.0.0.1:" + port, START_TIMEOUT, app);
        }
    }

    /** Starts the packaged app ({@link PackagedApp#start(Map)}) with the first admin's variables and these. */
    private void startApp(Map<String, String> extraEnv) throws IOException {
        started(packaged.start(withAdmin(extraEnv)));
    }

    private void startApp(List<String> command, Map<String, String> extraEnv) throws IOException {
        started(packaged.start(command, withAdmin(extraEnv)));
    }

    private void started(Process process) {
        app = process;
        port = packaged.port();
        log = new AppLog(appLogFile);
    }

    private static Map<String, String> withAdmin(Map<String, String> env) {
        Map<String, String> all = new LinkedHashMap<>(Map.of("KIOSQUE_ADMIN_EMAIL", ADMIN_EMAIL, "KIOSQUE_ADMIN_PASSWORD", ADMIN_PASSWORD));
        all.putAll(env);
        return all;
    }

    @AfterEach
    void stopAppAndDatabase() throws Exception {
        if (packaged != null) {
            packaged.close();
        }
    }

    @Test
    void sigtermLetsTheRequestInFlightFinishRefusesNewOnesAndExits() throws Exception {
        String token = token();
        String inFlightName = "Arrêt gracieux " + UUID.randomUUID();
        byte[] body = json(inFlightName);
        int half = body.length / 2;
        String refusedName = "Refusé " + UUID.randomUUID();

        try (Socket inFlight = new Socket("127.0.0.1", port); Socket keptAlive = new Socket("127.0.0.1", port)) {
            // a client's kept-alive connection, used once before SIGTERM
            keptAlive.setSoTimeout(15_000);
            keptAlive.getOutputStream().write(head("GET", "/api/v1/sections", null, -1));
            Answer before = read(keptAlive.getInputStream());
            assertThat(before.status()).as(before.toString()).isEqualTo(200);
            assertThat(before.headers()).doesNotContainKey("connection");

            inFlight.setSoTimeout(30_000);
            OutputStream out = inFlight.getOutputStream();
            InputStream in = inFlight.getInputStream();
            out.write(head("POST", "/api/v1/admin/tags", token, body.length, "Expect: 100-continue"));
            out.flush();
            // the interim answer comes once the server has taken the request in (counted, routed): it is in flight
            assertThat(readLine(in)).isEqualTo("HTTP/1.1 100 Continue");
            assertThat(readLine(in)).isEmpty();
            out.write(body, 0, half);
            out.flush();

            long sigterm = System.nanoTime();
            app.toHandle().destroy(); // SIGTERM (Process.destroy() would also close the process's streams)
            log.await("Waiting for HTTP requests to complete", Duration.ofSeconds(20), null);

            // new requests, on new connections, while the one in flight holds the shutdown
            Answer write = exchange(head("POST", "/api/v1/admin/tags", token, json(refusedName).length), json(refusedName));
            Answer read = exchange(head("GET", "/api/v1/sections", null, -1), new byte[0]);
            Answer ready = exchange(head("GET", "/q/health/ready", null, -1), new byte[0]);
            keptAlive.getOutputStream().write(head("GET", "/api/v1/sections", null, -1));
            Answer again = read(keptAlive.getInputStream());
            for (Answer refused : List.of(write, read, ready, again)) {
                assertThat(refused.status()).as(refused.toString()).isEqualTo(503);
                assertThat(refused.headers()).as(refused.toString())
                        .containsEntry("content-type", "application/problem+json")
                        .containsEntry("connection", "close")
                        .containsEntry("retry-after", "10");
                assertThat(refused.body()).contains("\"status\":503").doesNotContain("Exception", "\tat ");
            }

            assertThat(app.isAlive()).as("the application waits for the request in flight").isTrue();
            out.write(body, half, body.length - half);
            out.flush();
            Answer answer = read(in);
            assertThat(answer.status()).as(answer.toString()).isEqualTo(201);
            assertThat(answer.headers()).containsKey("location");
            assertThat(answer.body()).contains(inFlightName);

            assertThat(app.waitFor(30, TimeUnit.SECONDS)).as("the application exits by itself").isTrue();
            Duration stopping = Duration.ofNanos(System.nanoTime() - sigterm);
            assertThat(stopping).isLessThan(Duration.ofSeconds(20));
            assertThat(app.exitValue()).isEqualTo(143);
            assertThat(log.text()).contains("All HTTP requests complete").doesNotContain("Timed out waiting for graceful shutdown");
            assertThat(log.lines()).noneMatch(line -> line.matches("^\\S+ \\S+ ERROR .*"));
        }
        assertThat(tagsNamed(inFlightName)).as("the request in flight was committed").isEqualTo(1);
        assertThat(tagsNamed(refusedName)).as("the refused request wrote nothing").isZero();
    }

    /**
     * Forwarded headers honoured without trusted proxies: any client could pick its address and
     * escape the per-address limits. The start stops before the HTTP port opens, with one line
     * naming the setting to add, and exit status 1.
     */
    @Test
    @Tag(OWN_START)
    void forwardedHeadersWithoutTrustedProxiesStopTheStartWithOneLine() throws Exception {
        startApp(Map.of("QUARKUS_HTTP_PROXY_PROXY_ADDRESS_FORWARDING", "true", "QUARKUS_HTTP_PROXY_ALLOW_X_FORWARDED", "true"));
        assertThat(app.waitFor(START_TIMEOUT.toSeconds(), TimeUnit.SECONDS)).as("the application stops by itself").isTrue();
        assertThat(app.exitValue()).isEqualTo(1);
        List<String> lines = log.lines();
        assertThat(lines).as(log.text()).filteredOn(line -> line.contains("QUARKUS_HTTP_PROXY_TRUSTED_PROXIES")).hasSize(1)
                .allMatch(line -> line.startsWith("Kiosque cannot start: quarkus.http.proxy.proxy-address-forwarding is on"));
        assertThat(lines).as(log.text()).noneMatch(line -> line.startsWith("\tat ") || line.contains("Listening on"));
    }

    /**
     * The contract document is prepared at its first request, not at start: served all the same,
     * in both formats, and the YAML is exactly {@code openapi.yaml}, the contract the build keeps
     * at the top of the repository.
     */
    @Test
    void servesTheContractDocumentPreparedAtItsFirstRequest() throws Exception {
        String prepared = "OpenAPI document prepared at its first request";
        assertThat(log.lines()).as("not prepared at start").noneMatch(line -> line.contains(prepared));
        HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        HttpResponse<byte[]> yaml = client.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/q/openapi"))
                .timeout(Duration.ofSeconds(60)).build(), HttpResponse.BodyHandlers.ofByteArray());
        assertThat(yaml.statusCode()).isEqualTo(200);
        Path contract = Path.of("openapi.yaml").toAbsolutePath(); // Maven runs the tests from the project root
        assertThat(new String(yaml.body(), StandardCharsets.UTF_8)).isEqualTo(Files.readString(contract));

        HttpResponse<String> json = client.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/q/openapi?format=json"))
                .timeout(Duration.ofSeconds(60)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(json.statusCode()).isEqualTo(200);
        assertThat(json.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("application/json"));
        assertThat(json.body()).startsWith("{").contains("\"title\" : \"Kiosque API\"");
        assertThat(log.lines()).as("prepared once").filteredOn(line -> line.contains(prepared)).hasSize(1);
    }

    /**
     * {@code bench/launch}, the production launch: on JDK 25 (skipped without one), with no cache yet it
     * makes the AOT cache (a training start), checks it and starts the app on it: the application's own classes then come from the cache, and the
     * launcher's watcher finds the JVM's word that it used it.
     */
    @Test
    @Tag(OWN_START)
    void benchLaunchMakesTheAotCacheAndStartsTheAppOnIt() throws Exception {
        Path projectDir = Path.of(System.getProperty("kiosque.project-dir", ".")).toAbsolutePath();
        assumeTrue(jdk25().isPresent(), "no JDK 25 here (KIOSQUE_JAVA_HOME, JAVA_HOME or /usr/lib/jvm/temurin-25-jdk-amd64)");
        Path work = jar.getParent().getParent().resolve("launch-it");
        Files.createDirectories(work);
        Path cache = work.resolve("kiosque.aot");
        Path classLoading = work.resolve("class-load.log");
        for (Path old : List.of(cache, Path.of(cache + ".fingerprint"), Path.of(cache + ".log"), classLoading)) {
            Files.deleteIfExists(old);
        }
        startApp(List.of(projectDir.resolve("bench/launch").toString(), "-Xlog:class+load=info:file=" + classLoading),
                Map.of("KIOSQUE_APP_DIR", jar.getParent().toString(), "KIOSQUE_AOT_CACHE", cache.toString(),
                        "KIOSQUE_JAVA_HOME", jdk25().get().toString(), "AOT_TRAINING_PORT", String.valueOf(PackagedApp.freePort())));
        log.await("Listening on: http://127.0.0.1:" + port, Duration.ofMinutes(4), app);

        assertThat(log.text()).contains("bench/launch: AOT cache made in").doesNotContain("bench/train: ");
        assertThat(Files.size(cache)).as("the cache").isGreaterThan(50_000_000L);
        assertThat(Path.of(cache + ".fingerprint")).exists();
        assertThat(Files.readString(Path.of(cache + ".log"))).contains("Using AOT-linked classes: true");
        assertThat(Files.readAllLines(classLoading)).as("the application's classes come from the cache")
                .anyMatch(line -> line.contains(" fr.kiosque.") && line.endsWith("source: shared objects file"));
        HttpResponse<String> ready = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/q/health/ready"))
                .timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(ready.statusCode()).as(ready.body()).isEqualTo(200);
    }

    /** The JDK 25+ that bench/launch would pick, if any. */
    private static Optional<Path> jdk25() {
        return Stream.of(System.getenv("KIOSQUE_JAVA_HOME"), System.getenv("JAVA_HOME"), "/usr/lib/jvm/temurin-25-jdk-amd64")
                .filter(home -> home != null && !home.isBlank()).map(Path::of)
                .filter(home -> Files.isExecutable(home.resolve("bin/java"))).filter(PackagedAppIT::isJdk25OrLater).findFirst();
    }

    private static boolean isJdk25OrLater(Path home) {
        try {
            Matcher version = Pattern.compile("(?m)^JAVA_VERSION=\"(\\d+)").matcher(Files.readString(home.resolve("release")));
            return version.find() && Integer.parseInt(version.group(1)) >= 25;
        } catch (IOException e) {
            return false;
        }
    }

    /**
     * Ghost's own client ({@code @tryghost/content-api}, pinned in {@code tools/ghost-client-check})
     * drives the Content API of the packaged app through a Gatsby or Next.js starter's calls
     * (docs/ghost.md); its output is in {@code target/ghost-client-check.log}.
     */
    @Test
    void ghostsOwnClientRunsAStartersCalls() throws Exception {
        Path output = appLogFile.getParent().resolve("ghost-client-check.log");
        Files.deleteIfExists(output);
        fr.kiosque.ghost.GhostClientCheck.run("http://127.0.0.1:" + port, token(), output);
        assertThat(Files.readString(output)).contains("Ghost client check passed");
    }

    private String token() throws IOException, InterruptedException {
        HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        HttpResponse<String> response = client.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/v1/auth/token"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"email\":\"" + ADMIN_EMAIL + "\",\"password\":\"" + ADMIN_PASSWORD + "\"}"))
                .timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        Matcher matcher = Pattern.compile("\"accessToken\"\\s*:\\s*\"([^\"]+)\"").matcher(response.body());
        assertThat(matcher.find()).isTrue();
        return matcher.group(1);
    }

    private int tagsNamed(String name) throws SQLException {
        try (Connection connection = database();
                PreparedStatement query = connection.prepareStatement("select count(*) from " + schema + ".tag where name = ?")) {
            query.setString(1, name);
            try (ResultSet rows = query.executeQuery()) {
                rows.next();
                return rows.getInt(1);
            }
        }
    }

    private static byte[] json(String tagName) {
        return ("{\"name\":\"" + tagName + "\"}").getBytes(StandardCharsets.UTF_8);
    }

    /** A request line and headers, with the blank line that ends them; {@code length} -1 for no body. */
    private byte[] head(String method, String target, String token, int length, String... extra) {
        StringBuilder head = new StringBuilder(method).append(' ').append(target).append(" HTTP/1.1\r\n")
                .append("Host: 127.0.0.1:").append(port).append("\r\n");
        if (token != null) {
            head.append("Authorization: Bearer ").append(token).append("\r\n");
        }
        if (length >= 0) {
            head.append("Content-Type: application/json\r\nContent-Length: ").append(length).append("\r\n");
        }
        for (String header : extra) {
            head.append(header).append("\r\n");
        }
        return head.append("\r\n").toString().getBytes(StandardCharsets.US_ASCII);
    }

    /** One request on a connection of its own. */
    private Answer exchange(byte[] head, byte[] body) throws IOException {
        try (Socket socket = new Socket("127.0.0.1", port)) {
            socket.setSoTimeout(15_000);
            socket.getOutputStream().write(head);
            socket.getOutputStream().write(body);
            socket.getOutputStream().flush();
            return read(socket.getInputStream());
        }
    }

    private Connection database() throws SQLException {
        return packaged.database();
    }

    record Answer(int status, Map<String, String> headers, String body) {
    }

    private static String readLine(InputStream in) throws IOException {
        ByteArrayOutputStream line = new ByteArrayOutputStream();
        int b;
        while ((b = in.read()) != -1) {
            if (b == '\n') {
                break;
            }
            if (b != '\r') {
                line.write(b);
            }
        }
        return line.toString(StandardCharsets.ISO_8859_1);
    }

    private static Answer read(InputStream in) throws IOException {
        String status = readLine(in);
        Map<String, String> headers = new LinkedHashMap<>();
        for (String line = readLine(in); !line.isEmpty(); line = readLine(in)) {
            int colon = line.indexOf(':');
            headers.put(line.substring(0, colon).trim().toLowerCase(Locale.ROOT), line.substring(colon + 1).trim());
        }
        int length = Integer.parseInt(headers.getOrDefault("content-length", "0"));
        byte[] body = in.readNBytes(length);
        return new Answer(Integer.parseInt(status.split(" ")[1]), headers, new String(body, StandardCharsets.UTF_8));
    }

    /**
     * The application's output (stdout and stderr), written to a file: a pipe would not do, as
     * {@link Process#destroy()} closes it (the test sends SIGTERM through {@link ProcessHandle}).
     */
    static final class AppLog {
        private final Path file;

        AppLog(Path file) {
            this.file = file;
        }

        /** Waits for a line holding {@code fragment}; fails early when {@code process} (if given) ends. */
        void await(String fragment, Duration timeout, Process process) throws InterruptedException, IOException {
            long deadline = System.nanoTime() + timeout.toNanos();
            while (lines().stream().noneMatch(line -> line.contains(fragment))) {
                if (System.nanoTime() > deadline || (process != null && !process.isAlive())) {
                    throw new AssertionError("no \"" + fragment + "\" in the application's log (" + file + "):\n" + text());
                }
                Thread.sleep(100);
            }
        }

        List<String> lines() throws IOException {
            return Files.exists(file) ? Files.readAllLines(file, StandardCharsets.UTF_8) : List.of();
        }

        String text() throws IOException {
            return String.join("\n", lines());
        }
    }
}
