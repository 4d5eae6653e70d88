package fr.kiosque.support;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import io.restassured.RestAssured;

/**
 * HTTP/1.1 over a bare socket, for what a well-behaved client cannot send: invalid header bytes,
 * a {@code Content-Length} that lies, a body that never comes, requests longer than the server
 * accepts. Each request goes on its own connection ({@code Connection: close}). Its answers are
 * not judged against {@code openapi.yaml} (the hostile tests check them themselves: 414, 431, 503
 * may answer any operation, see docs/api-guide.md).
 */
public final class RawHttp {

    /** An answer: status (0 when the server closed the connection without one), headers (lower-case names), body. */
    public record Answer(int status, Map<String, String> headers, byte[] body, long millis) {

        public String header(String name) {
            return headers.get(name.toLowerCase(Locale.ROOT));
        }

        public String text() {
            return new String(body, StandardCharsets.UTF_8);
        }

        @Override
        public String toString() {
            String text = text();
            return status + " after " + millis + " ms " + headers + " " + (text.length() > 300 ? text.substring(0, 300) + "…" : text);
        }
    }

    private RawHttp() {
    }

    public static int port() {
        return RestAssured.port;
    }

    /** Sends {@code head} (request line and headers, CRLF-terminated, without the blank line) and {@code body}. */
    public static Answer send(String head, byte[] body) {
        return send(head.getBytes(StandardCharsets.UTF_8), body, 15_000);
    }

    public static Answer send(byte[] head, byte[] body, int timeoutMillis) {
        return send(head, body, timeoutMillis, null);
    }

    /**
     * The same from a given local address: {@code 127.0.0.2} is a client the tests' proxy
     * settings do not trust ({@code quarkus.http.proxy.trusted-proxies} names 127.0.0.1 only).
     */
    public static Answer send(byte[] head, byte[] body, int timeoutMillis, java.net.InetAddress from) {
        long start = System.nanoTime();
        try (Socket socket = from == null ? new Socket("localhost", port()) : new Socket("localhost", port(), from, 0)) {
            socket.setSoTimeout(timeoutMillis);
            OutputStream out = socket.getOutputStream();
            try {
                out.write(head);
                out.write("\r\n".getBytes(StandardCharsets.US_ASCII));
                if (body != null) {
                    out.write(body);
                }
                out.flush();
            } catch (IOException e) {
                // the server may answer (413…) and close before it has read everything: read what it said
            }
            boolean headRequest = head.length >= 5 && new String(head, 0, 5, StandardCharsets.US_ASCII).equals("HEAD ");
            return read(socket.getInputStream(), start, headRequest);
        } catch (IOException e) {
            throw new IllegalStateException("request failed: " + e, e);
        }
    }

    /** A request line and headers for {@code method target}, with the given extra header lines. */
    public static String head(String method, String target, String... headers) {
        StringBuilder head = new StringBuilder(method).append(' ').append(target).append(" HTTP/1.1\r\n")
                .append("Host: localhost:").append(port()).append("\r\n")
                .append("Connection: close\r\n");
        for (String header : headers) {
            head.append(header).append("\r\n");
        }
        return head.toString();
    }

    public static Answer read(InputStream in, long start, boolean headRequest) throws IOException {
        ByteArrayOutputStream all = new ByteArrayOutputStream();
        byte[] buffer = new byte[16384];
        try {
            int n;
            while ((n = in.read(buffer)) > 0) {
                all.write(buffer, 0, n);
                if (complete(all.toByteArray(), headRequest)) {
                    break; // a server may keep the connection open after a complete answer
                }
            }
        } catch (SocketTimeoutException e) {
            throw new IllegalStateException("no complete answer within the timeout: " + all.toString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            // reset after the answer: keep what was read
        }
        long millis = (System.nanoTime() - start) / 1_000_000;
        byte[] bytes = all.toByteArray();
        int end = indexOf(bytes, "\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
        if (end < 0) {
            return new Answer(0, Map.of(), bytes, millis);
        }
        String[] lines = new String(bytes, 0, end, StandardCharsets.ISO_8859_1).split("\r\n");
        int status = Integer.parseInt(lines[0].split(" ")[1]);
        Map<String, String> headers = new LinkedHashMap<>();
        for (int i = 1; i < lines.length; i++) {
            int colon = lines[i].indexOf(':');
            String name = lines[i].substring(0, colon).strip().toLowerCase(Locale.ROOT);
            String value = lines[i].substring(colon + 1).strip();
            headers.merge(name, value, (a, b) -> a + ", " + b);
        }
        byte[] body = java.util.Arrays.copyOfRange(bytes, end + 4, bytes.length);
        if ("chunked".equalsIgnoreCase(headers.get("transfer-encoding"))) {
            body = dechunk(body);
        }
        return new Answer(status, headers, body, millis);
    }

    /** Whether the bytes hold a whole answer with a known length (Content-Length, or none to come). */
    private static boolean complete(byte[] bytes, boolean headRequest) {
        int end = indexOf(bytes, "\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
        if (end < 0) {
            return false;
        }
        String head = new String(bytes, 0, end, StandardCharsets.ISO_8859_1).toLowerCase(Locale.ROOT);
        String status = head.length() > 12 ? head.substring(9, 12) : "";
        if (headRequest || status.equals("304") || status.equals("204")) {
            return true;
        }
        java.util.regex.Matcher length = java.util.regex.Pattern.compile("\r\ncontent-length: *(\\d+)").matcher(head);
        return length.find() && bytes.length >= end + 4 + Long.parseLong(length.group(1));
    }

    private static byte[] dechunk(byte[] chunked) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int at = 0;
        while (at < chunked.length) {
            int lineEnd = indexOf(java.util.Arrays.copyOfRange(chunked, at, chunked.length), new byte[] { '\r', '\n' });
            if (lineEnd < 0) {
                break;
            }
            String sizeLine = new String(chunked, at, lineEnd, StandardCharsets.US_ASCII).split(";")[0].strip();
            int size = Integer.parseInt(sizeLine, 16);
            at += lineEnd + 2;
            if (size == 0) {
                break;
            }
            out.write(chunked, at, Math.min(size, chunked.length - at));
            at += size + 2;
        }
        return out.toByteArray();
    }

    private static int indexOf(byte[] haystack, byte[] needle) {
        outer:
        for (int i = 0; i + needle.length <= haystack.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }
}
