package fr.kiosque.common.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import fr.kiosque.support.Concurrently;
import fr.kiosque.support.RawHttp;
import fr.kiosque.support.RawHttp.Answer;
import io.quarkus.test.junit.QuarkusTest;

/**
 * What the HTTP layer refuses before JAX-RS sees the request, each as a problem: a request target
 * too long (414), headers too large or too many (431), a declared body over the limit (413, at
 * once, without waiting for the body), a malformed {@code Content-Length} (400); and clients that
 * send their request slowly, which hold no worker.
 */
@QuarkusTest
class HttpLimitsTest {

    @Test
    void aRequestTargetOverTheLimitIs414Problem() {
        Answer answer = RawHttp.send(RawHttp.head("GET", "/api/v1/articles?tag=" + "a".repeat(9000)), null);
        assertProblem(answer, 414, "urn:kiosque:problem:uri-too-long");
        assertThat(answer.text()).doesNotContain("aaaaaaaaaa".repeat(30)); // not echoed back
        // under the limit: an ordinary answer
        assertThat(RawHttp.send(RawHttp.head("GET", "/api/v1/articles?ignored=" + "a".repeat(7000)), null).status()).isEqualTo(200);
        // beyond the connection layer's own limit (64 KiB): still refused, without a body (docs/security.md)
        assertThat(RawHttp.send(RawHttp.head("GET", "/api/v1/articles?tag=" + "a".repeat(70_000)), null).status()).isEqualTo(414);
    }

    /**
     * Every request target from just over Kiosque's limit (8,192 characters) up to 64 KiB gets the
     * 414 problem, whatever the method, with or without a body, sent at once or in pieces. The
     * connection layer's limit (quarkus.http.limits.max-initial-line-length) counts the whole
     * request line (method, target, version), so it must leave room above 64 KiB: it was exactly
     * 64 KiB, and the last few characters under it got Vert.x's bare 414.
     */
    @Test
    void everyTargetOverTheLimitUpTo64KiBIsThe414Problem() throws Exception {
        String prefix = "/api/v1/articles?ignored=";
        assertThat(RawHttp.send(RawHttp.head("GET", prefix + "a".repeat(8192 - prefix.length())), null).status()).isEqualTo(200);
        for (int length : new int[] { 8193, 8200, 16_384, 32_768, 65_000, 65_523, 65_524, 65_530, 65_536 }) {
            String target = prefix + "a".repeat(length - prefix.length());
            for (String method : List.of("GET", "DELETE", "OPTIONS")) {
                Answer answer = RawHttp.send(RawHttp.head(method, target), null);
                assertThat(answer.status()).as(method + " " + length + ": " + answer).isEqualTo(414);
                assertProblem(answer, 414, "urn:kiosque:problem:uri-too-long");
            }
            byte[] body = "{}".getBytes(StandardCharsets.US_ASCII);
            assertProblem(RawHttp.send(RawHttp.head("POST", target, "Content-Type: application/json", "Content-Length: 2"), body),
                    414, "urn:kiosque:problem:uri-too-long");
            // the request line in pieces of 1,000 bytes: the same answer
            assertProblem(sendInPieces(RawHttp.head("GET", target) + "\r\n", 1_000), 414, "urn:kiosque:problem:uri-too-long");
        }
    }

    @Test
    void aRequestLineOverTheConnectionLayersLimitIsStillA414() {
        // beyond quarkus.http.limits.max-initial-line-length Vert.x answers alone: a bare 414 (docs/security.md)
        for (int length : new int[] { 66_561, 70_000, 200_000 }) {
            Answer answer = RawHttp.send(RawHttp.head("GET", "/api/v1/articles?tag=" + "a".repeat(length)), null);
            assertThat(answer.status()).as(answer.toString()).isEqualTo(414);
        }
    }

    /**
     * A 413 sent while the client is still sending its body (RFC 9112, section 9.6): the answer
     * comes at once with {@code Connection: close}, what still arrives is read and discarded, and
     * the connection is closed within a couple of seconds, not left to the idle timeout (30 s)
     * while the client keeps sending.
     */
    @Test
    void a413ClosesTheConnectionWhileTheClientKeepsSending() throws Exception {
        for (String connection : List.of("keep-alive", "close")) {
            try (Socket socket = new Socket("localhost", RawHttp.port())) {
                socket.setSoTimeout(10_000);
                OutputStream out = socket.getOutputStream();
                out.write(("POST /api/v1/admin/articles HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\n"
                        + "Connection: " + connection + "\r\nContent-Length: 500000000\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
                out.flush();
                // a client that keeps sending: 16 KiB every 20 ms, far from the end of its 500 MB
                java.util.concurrent.atomic.AtomicLong failedAt = new java.util.concurrent.atomic.AtomicLong();
                Thread sender = new Thread(() -> {
                    byte[] chunk = " ".repeat(16_384).getBytes(StandardCharsets.US_ASCII);
                    long deadline = System.nanoTime() + 40_000_000_000L;
                    try {
                        while (System.nanoTime() < deadline) {
                            out.write(chunk);
                            out.flush();
                            Thread.sleep(20);
                        }
                    } catch (IOException e) {
                        failedAt.set(System.nanoTime());
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                });
                sender.setDaemon(true);
                sender.start();
                java.io.InputStream in = socket.getInputStream();
                Answer answer = RawHttp.read(in, System.nanoTime(), false);
                long answered = System.nanoTime();
                assertProblem(answer, 413, "urn:kiosque:problem:payload-too-large");
                assertThat(answer.header("Connection")).as(connection).isEqualTo("close");
                // then the server ends the connection: end of stream (or a reset), while the client is still sending
                long ended;
                try {
                    int read = in.read();
                    assertThat(read).as("nothing after the answer").isEqualTo(-1);
                } catch (java.net.SocketTimeoutException e) {
                    throw new AssertionError(connection + ": the connection was still open 10 s after the 413", e);
                } catch (IOException e) {
                    // reset: closed too
                }
                ended = System.nanoTime();
                assertThat((ended - answered) / 1_000_000).as(connection + ": ms from the 413 to the end of the connection")
                        .isLessThan(3_000);
                sender.join(6_000);
                assertThat(failedAt.get()).as(connection + ": the client's writes fail once the connection is closed").isPositive();
                assertThat((failedAt.get() - answered) / 1_000_000).as(connection + ": ms from the 413 to the connection's close")
                        .isLessThan(4_000);
            }
        }
    }

    @Test
    void overHttp2The414IsTheProblemWithoutAConnectionHeader() throws Exception {
        // cleartext HTTP/2 (h2c, the upgrade from the first request): "Connection" has no place in an HTTP/2 answer
        java.net.http.HttpClient client = java.net.http.HttpClient.newBuilder().version(java.net.http.HttpClient.Version.HTTP_2).build();
        java.net.http.HttpResponse<String> answer = client.send(java.net.http.HttpRequest.newBuilder(
                java.net.URI.create("http://localhost:" + RawHttp.port() + "/api/v1/articles?tag=" + "a".repeat(9_000)))
                .timeout(java.time.Duration.ofSeconds(15)).build(), java.net.http.HttpResponse.BodyHandlers.ofString());
        assertThat(answer.version()).isEqualTo(java.net.http.HttpClient.Version.HTTP_2);
        assertThat(answer.statusCode()).isEqualTo(414);
        assertThat(answer.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
        assertThat(answer.body()).contains("urn:kiosque:problem:uri-too-long");
        assertThat(answer.headers().firstValue("Connection")).isEmpty();
    }

    private static Answer sendInPieces(String request, int piece) throws IOException {
        byte[] bytes = request.getBytes(StandardCharsets.US_ASCII);
        long start = System.nanoTime();
        try (Socket socket = new Socket("localhost", RawHttp.port())) {
            socket.setSoTimeout(15_000);
            socket.setTcpNoDelay(true);
            OutputStream out = socket.getOutputStream();
            for (int at = 0; at < bytes.length; at += piece) {
                out.write(bytes, at, Math.min(piece, bytes.length - at));
                out.flush();
                try {
                    Thread.sleep(1);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
            return RawHttp.read(socket.getInputStream(), start, false);
        }
    }

    @Test
    void headersOverTheLimitAre431Problem() {
        assertProblem(RawHttp.send(RawHttp.head("GET", "/api/v1/articles", "X-Big: " + "b".repeat(17_000)), null),
                431, "urn:kiosque:problem:headers-too-large");
        String[] many = new String[120];
        for (int i = 0; i < many.length; i++) {
            many[i] = "X-Header-" + i + ": " + i;
        }
        assertProblem(RawHttp.send(RawHttp.head("GET", "/api/v1/articles", many), null), 431, "urn:kiosque:problem:headers-too-large");
        assertThat(RawHttp.send(RawHttp.head("GET", "/api/v1/articles", "X-Big: " + "b".repeat(70_000)), null).status()).isEqualTo(431);
    }

    @Test
    void aDeclaredBodyOverTheLimitIs413AtOnceWithoutTheBody() throws InterruptedException {
        // the body never comes: the answer must not wait for it
        for (String target : List.of("/api/v1/admin/articles", "/api/v1/articles/un-article/comments", "/api/v1/auth/token")) {
            Answer answer = RawHttp.send(RawHttp.head("POST", target, "Content-Type: application/json",
                    "Content-Length: 3000000"), null);
            assertProblem(answer, 413, "urn:kiosque:problem:payload-too-large");
            assertThat(answer.millis()).as(target).isLessThan(2_000);
        }
        // the comment route's own limit (64 KiB)
        Answer comment = RawHttp.send(RawHttp.head("POST", "/api/v1/articles/un-article/comments",
                "Content-Type: application/json", "Content-Length: 70000"), null);
        assertProblem(comment, 413, "urn:kiosque:problem:payload-too-large");
        // the anonymous token route's (16 KiB: an e-mail and a password)
        assertProblem(RawHttp.send(RawHttp.head("POST", "/api/v1/auth/token", "Content-Type: application/json",
                "Content-Length: 20000"), null), 413, "urn:kiosque:problem:payload-too-large");
        // the same without a Content-Length (chunked): the route's limit cannot be checked before reading, the HTTP
        // layer's cap (quarkus.http.limits.max-body-size, 21M: the largest route limit, the image upload) refuses it
        // when it is crossed
        byte[] chunk = " ".repeat(1_000_000).getBytes(StandardCharsets.UTF_8); // JSON whitespace: only the size is wrong
        java.io.ByteArrayOutputStream body = new java.io.ByteArrayOutputStream();
        for (int i = 0; i < 23; i++) {
            body.writeBytes(concat(Integer.toHexString(chunk.length) + "\r\n", chunk, "\r\n"));
        }
        body.writeBytes(concat("0\r\n\r\n"));
        byte[] chunked = body.toByteArray();
        // a client's oversized body is not a failure of Kiosque: nothing logged at ERROR (an attacker could flood the log)
        List<String> errors = new java.util.concurrent.CopyOnWriteArrayList<>();
        java.util.logging.Handler handler = new java.util.logging.Handler() {
            @Override
            public void publish(java.util.logging.LogRecord record) {
                if (record.getLevel().intValue() >= java.util.logging.Level.SEVERE.intValue()) {
                    errors.add(record.getLoggerName() + ": " + record.getMessage());
                }
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        };
        java.util.logging.Logger logger = java.util.logging.Logger.getLogger("fr.kiosque.common.error");
        logger.addHandler(handler);
        try {
            Answer streamed = RawHttp.send(RawHttp.head("POST", "/api/v1/auth/token", "Content-Type: application/json",
                    "Transfer-Encoding: chunked"), chunked);
            assertThat(streamed.status()).isEqualTo(413);
            Thread.sleep(1_000); // the request's worker may still be failing after the 413 was sent: give it time to log
            assertThat(errors).isEmpty();
        } finally {
            logger.removeHandler(handler);
        }
    }

    @Test
    void aMalformedContentLengthIs400() {
        for (String length : List.of("-1", "abc", "1e3", "99999999999999999999999")) {
            Answer answer = RawHttp.send(RawHttp.head("POST", "/api/v1/auth/token", "Content-Type: application/json",
                    "Content-Length: " + length), "{}".getBytes(StandardCharsets.UTF_8));
            assertThat(answer.status()).as(length).isIn(0, 400, 413);
            if (answer.status() != 0 && answer.body().length > 0) { // Vert.x's own refusals have no body (docs/security.md)
                assertThat(answer.header("Content-Type")).as(length).startsWith("application/problem+json");
            }
        }
    }

    @Test
    void malformedHttpIsRefusedOrDropped() {
        // what the HTTP parser cannot read never reaches Kiosque: Vert.x answers a bare 400 and closes,
        // or closes at once (docs/security.md); never a 5xx
        List<String> heads = List.of(
                "GET /api/v1/articles HTTP/1.1\r\nHost: x\r\nX-Folded: a\r\n b\r\nConnection: close\r\n",
                "GET /api/v1/articles HTTP/1.1\r\nHost: x\r\nNoColonHere\r\nConnection: close\r\n",
                "GET /api/v1/articles HTTP/1.1\r\nHost: x\r\nX-Nul: a\u0000b\r\nConnection: close\r\n",
                "GET /api/v1/articles HTTP/1.1\nHost: x\nConnection: close\n",
                "BREW /api/v1/articles HTTP/1.1\r\nHost: x\r\nConnection: close\r\n",
                "GET /api/v1/articles HTTP/9.9\r\nHost: x\r\nConnection: close\r\n",
                "GET http://evil.example/api/v1/articles HTTP/1.1\r\nHost: x\r\nConnection: close\r\n",
                "POST /api/v1/auth/token HTTP/1.1\r\nHost: x\r\nContent-Length: 2\r\nTransfer-Encoding: chunked\r\nConnection: close\r\n");
        for (String head : heads) {
            Answer answer = RawHttp.send(head.getBytes(StandardCharsets.ISO_8859_1), "0\r\n\r\n".getBytes(StandardCharsets.US_ASCII), 10_000);
            assertThat(answer.status()).as(head).isLessThan(500);
            if (answer.status() >= 400 && answer.body().length > 0) {
                assertThat(answer.header("Content-Type")).as(head).startsWith("application/problem+json");
            }
            assertThat(answer.header("Set-Cookie")).isNull();
        }
    }

    @Test
    void slowClientsHoldNoWorker() throws Exception {
        // more stalled requests than the worker pool has threads: headers that never end, bodies that never come
        List<Socket> slow = new ArrayList<>();
        try {
            for (int i = 0; i < 260; i++) {
                Socket socket = new Socket("localhost", RawHttp.port());
                OutputStream out = socket.getOutputStream();
                if (i % 2 == 0) {
                    out.write(("GET /api/v1/articles HTTP/1.1\r\nHost: x\r\nX-Slow: ").getBytes(StandardCharsets.US_ASCII));
                } else {
                    // an article of 1 MB whose body stops after a few bytes (read on the event loop, quarkus.rest.input-buffer-size)
                    out.write(("POST /api/v1/admin/articles HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n"
                            + "Content-Length: 1000000\r\n\r\n{\"body\": \"").getBytes(StandardCharsets.US_ASCII));
                }
                out.flush();
                slow.add(socket);
            }
            long start = System.nanoTime();
            List<java.util.concurrent.Callable<Integer>> calls = new ArrayList<>();
            for (int i = 0; i < 20; i++) {
                calls.add(() -> RawHttp.send(RawHttp.head("GET", "/api/v1/sections"), null).status());
            }
            List<Integer> statuses = Concurrently.run(calls);
            assertThat(statuses).containsOnly(200);
            assertThat((System.nanoTime() - start) / 1_000_000).as("ms for 20 requests beside 260 stalled ones").isLessThan(10_000);
        } finally {
            for (Socket socket : slow) {
                try {
                    socket.close();
                } catch (IOException e) {
                    // closing anyway
                }
            }
        }
    }

    static void assertProblem(Answer answer, int status, String type) {
        assertThat(answer.status()).as(answer.toString()).isEqualTo(status);
        assertThat(answer.header("Content-Type")).as(answer.toString()).startsWith("application/problem+json");
        assertThat(answer.text()).contains("\"type\":\"" + type + "\"").contains("\"status\":" + status);
        assertThat(answer.header("X-Content-Type-Options")).as(answer.toString()).isEqualTo("nosniff");
    }

    private static byte[] concat(Object... parts) {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        for (Object part : parts) {
            out.writeBytes(part instanceof byte[] bytes ? bytes : part.toString().getBytes(StandardCharsets.US_ASCII));
        }
        return out.toByteArray();
    }
}
