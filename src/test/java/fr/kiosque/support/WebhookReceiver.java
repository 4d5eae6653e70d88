package fr.kiosque.support;

import static io.restassured.RestAssured.given;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CopyOnWriteArrayList;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import com.sun.net.httpserver.HttpServer;

import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;

/**
 * A webhook receiver inside the test: an HTTP server on a free port of 127.0.0.1 that keeps
 * every POST it gets, registered as an endpoint through the admin API. It answers the statuses
 * it was given, in order, then 200. {@link #close()} stops it and deletes the endpoint (and so
 * its deliveries), so no other test ever sends to it.
 */
public final class WebhookReceiver implements AutoCloseable {

    public static final String ADMIN = "/api/v1/admin/webhooks";

    /** One POST received. */
    public record Received(Map<String, List<String>> headers, String body) {
        public String header(String name) {
            return headers.entrySet().stream().filter(e -> e.getKey().equalsIgnoreCase(name))
                    .map(e -> e.getValue().get(0)).findFirst().orElse(null);
        }

        public JsonPath json() {
            return JsonPath.from(body);
        }

        public String event() {
            return header("Kiosque-Event");
        }
    }

    private final HttpServer server;
    private final ConcurrentLinkedQueue<Integer> statuses = new ConcurrentLinkedQueue<>();
    private final List<Received> received = new CopyOnWriteArrayList<>();
    private final String secret = "whsec_" + UUID.randomUUID().toString().replace("-", "");
    private Long endpointId;

    private WebhookReceiver(int... statuses) throws IOException {
        for (int status : statuses) {
            this.statuses.add(status);
        }
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/hook", exchange -> {
            try (InputStream in = exchange.getRequestBody()) {
                received.add(new Received(Map.copyOf(exchange.getRequestHeaders()), new String(in.readAllBytes(), StandardCharsets.UTF_8)));
            }
            Integer status = this.statuses.poll();
            exchange.sendResponseHeaders(status == null ? 200 : status, -1);
            exchange.close();
        });
        server.start();
    }

    /** Starts a receiver answering these statuses first, then 200. */
    public static WebhookReceiver start(int... statuses) {
        try {
            return new WebhookReceiver(statuses);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    public String url() {
        return url("127.0.0.1");
    }

    /** This receiver's URL with another host name (which a test resolver sends to 127.0.0.1). */
    public String url(String host) {
        return "http://" + host + ":" + port() + "/hook";
    }

    public int port() {
        return server.getAddress().getPort();
    }

    public String secret() {
        return secret;
    }

    public long endpointId() {
        return endpointId;
    }

    /** Registers this receiver for these events (active); returns the endpoint id. */
    public long register(String... events) {
        return register(true, events);
    }

    public long register(boolean active, String... events) {
        return registerAt(url(), active, events);
    }

    /** Registers this receiver under another URL (active); returns the endpoint id. */
    public long registerAt(String url, String... events) {
        return registerAt(url, true, events);
    }

    private long registerAt(String url, boolean active, String... events) {
        endpointId = given().contentType(ContentType.JSON).header("Authorization", Tokens.bearer(Tokens.admin()))
                .body(Map.of("url", url, "events", List.of(events), "secret", secret, "active", active))
                .when().post(ADMIN)
                .then().statusCode(201)
                .extract().<Integer> path("id").longValue();
        return endpointId;
    }

    public List<Received> received() {
        return new ArrayList<>(received);
    }

    /** What came for this event about the resource of this slug ({@code data.slug}). */
    public List<Received> received(String event, String slug) {
        return received.stream().filter(r -> event.equals(r.event()) && slug.equals(r.json().getString("data.slug"))).toList();
    }

    /** Whether the Kiosque-Signature header is right for this body and this receiver's secret. */
    public boolean signatureValid(Received request) {
        String header = request.header("Kiosque-Signature");
        if (header == null) {
            return false;
        }
        String t = null;
        String v1 = null;
        for (String part : header.split(",")) {
            if (part.startsWith("t=")) {
                t = part.substring(2);
            } else if (part.startsWith("v1=")) {
                v1 = part.substring(3);
            }
        }
        if (t == null || v1 == null) {
            return false;
        }
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            String expected = HexFormat.of().formatHex(mac.doFinal((t + "." + request.body()).getBytes(StandardCharsets.UTF_8)));
            return expected.equals(v1);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        server.stop(0);
        if (endpointId != null) {
            String path = ADMIN + "/" + endpointId;
            String etag = given().header("Authorization", Tokens.bearer(Tokens.admin())).get(path)
                    .then().statusCode(200).extract().header("ETag");
            given().header("Authorization", Tokens.bearer(Tokens.admin())).header("If-Match", etag)
                    .when().delete(path).then().statusCode(204);
        }
    }
}
