package fr.kiosque.media;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * A real S3-compatible server for the tests: S3Proxy 2.6.0 with a filesystem backend, run as a
 * separate java process from the self-contained jar the build copies to target/s3proxy (pom.xml),
 * so that its jclouds, Guice and logback never meet the application's class path.
 */
final class S3ProxyServer implements AutoCloseable {

    static final String IDENTITY = "kiosque-test";
    static final String CREDENTIAL = "kiosque-test-secret";

    private final Process process;
    private final int port;

    private S3ProxyServer(Process process, int port) {
        this.process = process;
        this.port = port;
    }

    static S3ProxyServer start() {
        String jar = System.getProperty("kiosque.s3proxy-jar", "target/s3proxy/s3proxy.jar");
        try {
            int port;
            try (ServerSocket socket = new ServerSocket(0)) {
                port = socket.getLocalPort();
            }
            Path dir = Files.createTempDirectory("kiosque-s3proxy");
            Path data = Files.createDirectories(dir.resolve("data"));
            Path properties = dir.resolve("s3proxy.conf");
            Files.writeString(properties, String.join("\n",
                    "s3proxy.endpoint=http://127.0.0.1:" + port,
                    "s3proxy.authorization=aws-v2-or-v4",
                    "s3proxy.identity=" + IDENTITY,
                    "s3proxy.credential=" + CREDENTIAL,
                    "jclouds.provider=filesystem",
                    "jclouds.filesystem.basedir=" + data,
                    ""));
            String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
            Process process = new ProcessBuilder(List.of(java, "-Xmx128m", "-jar", jar, "--properties", properties.toString()))
                    .redirectErrorStream(true).redirectOutput(dir.resolve("s3proxy.log").toFile()).start();
            S3ProxyServer server = new S3ProxyServer(process, port);
            server.awaitPort(Duration.ofSeconds(60));
            return server;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    URI endpoint() {
        return URI.create("http://127.0.0.1:" + port);
    }

    private void awaitPort(Duration timeout) {
        Instant end = Instant.now().plus(timeout);
        while (Instant.now().isBefore(end)) {
            if (!process.isAlive()) {
                throw new IllegalStateException("S3Proxy stopped at start (exit " + process.exitValue() + ")");
            }
            try (Socket socket = new Socket()) {
                socket.connect(new InetSocketAddress("127.0.0.1", port), 200);
                return;
            } catch (IOException e) {
                try {
                    Thread.sleep(100);
                } catch (InterruptedException interrupted) {
                    Thread.currentThread().interrupt();
                    throw new IllegalStateException(interrupted);
                }
            }
        }
        close();
        throw new IllegalStateException("S3Proxy did not open port " + port + " within " + timeout);
    }

    @Override
    public void close() {
        process.destroy();
        try {
            if (!process.waitFor(10, java.util.concurrent.TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
