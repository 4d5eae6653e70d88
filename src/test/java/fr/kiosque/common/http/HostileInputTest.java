package fr.kiosque.common.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;

import jakarta.inject.Inject;
import javax.sql.DataSource;

import org.jboss.logging.Logger;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;

import fr.kiosque.support.OpenApiContract;
import fr.kiosque.support.OpenApiContract.Operation;
import fr.kiosque.support.RawHttp;
import fr.kiosque.support.RawHttp.Answer;
import fr.kiosque.support.Tokens;
import io.quarkus.test.junit.QuarkusTest;

/**
 * Sends the hostile corpus of {@code src/test/resources/hostile/} (see its README) to every
 * operation of {@code openapi.yaml}: public ones anonymously, staff ones with an admin token so that
 * requests reach parsing and validation. The operations come from the contract, so a route added
 * later is attacked the day it lands. Requests go over a bare socket ({@link RawHttp}): many of them
 * are not something a well-behaved client can send, and the answers are checked here rather than
 * against the contract (see {@link #check}). The database must be the same afterwards (a checksum of
 * every table but the rate-limit and login-throttle counters).
 */
@QuarkusTest
class HostileInputTest {

    private static final Logger LOG = Logger.getLogger(HostileInputTest.class);
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String PLACEHOLDER = "@@HOSTILE@@";
    /** What a client must never read in an error: stack traces, class and package names, SQL. */
    private static final Pattern LEAK = Pattern.compile(
            "(?i)(exception|\\tat |\\bat [a-z]+\\.[a-z]+\\.|org\\.hibernate|org\\.postgresql|java\\.|jakarta\\.|io\\.quarkus"
                    + "|io\\.vertx|com\\.fasterxml|fr\\.kiosque|syntax error|\\bselect\\b.*\\bfrom\\b|\\binsert into\\b|sqlstate|psql|jdbc)");
    /** Counters that hostile requests are expected to move (one per refused login, per post attempt…). */
    private static final List<String> BOOKKEEPING = List.of("rate_limit", "login_throttle", "flyway_schema_history");

    @Inject
    DataSource dataSource;

    record Attack(Operation operation, String kind, String head, byte[] body) {
    }

    @Test
    void everyOperationAnswersTheCorpusWithProblemsAndChangesNothing() throws Exception {
        String admin = Tokens.admin(); // before the checksum: the first call creates the account
        List<Operation> operations = OpenApiContract.committed().operations();
        List<Attack> attacks = new ArrayList<>();
        for (Operation op : operations) {
            attacks.addAll(attacks(op, op.secured() ? admin : null));
        }
        Map<String, String> before = checksum();

        long start = System.nanoTime();
        List<String> failures = Collections.synchronizedList(new ArrayList<>());
        ExecutorService pool = Executors.newFixedThreadPool(6);
        try {
            List<Future<?>> done = new ArrayList<>();
            for (Attack attack : attacks) {
                done.add(pool.submit(() -> {
                    Answer answer = RawHttp.send(attack.head().getBytes(StandardCharsets.UTF_8), attack.body(), 30_000);
                    String problem = attack.operation().template().startsWith("/ghost/api/") ? checkGhost(answer) : check(answer);
                    boolean write = !attack.operation().method().equals("GET") && !attack.operation().method().equals("HEAD");
                    if (problem == null && write && answer.status() < 300) {
                        problem = "a write accepted hostile input";
                    }
                    if (problem != null) {
                        failures.add(attack.operation() + " [" + attack.kind() + "] " + problem + "\n    answer: " + answer);
                    }
                }));
            }
            for (Future<?> future : done) {
                future.get(5, TimeUnit.MINUTES);
            }
        } finally {
            pool.shutdownNow();
        }
        LOG.infof("%d hostile requests to %d operations in %d ms", attacks.size(), operations.size(),
                (System.nanoTime() - start) / 1_000_000);

        assertThat(operations).as("operations in openapi.yaml").hasSizeGreaterThan(40);
        assertThat(failures).as("answers that break the rules (%d)", failures.size())
                .isEmpty();
        assertThat(checksum()).as("every table, as it was before the hostile requests").isEqualTo(before);
    }

    /**
     * The rules every answer to a hostile request follows: not a 5xx; an error is a problem
     * document that names no class, no stack frame, no SQL; nothing injected into headers.
     */
    static String check(Answer answer) {
        if (answer.status() == 0) {
            return "no answer";
        }
        if (answer.status() >= 500) {
            return "server error";
        }
        if (answer.header("Set-Cookie") != null || answer.header("injected") != null
                || (answer.header("Location") != null && answer.header("Location").contains("evil.example"))) {
            return "header injected";
        }
        if (answer.status() >= 400) {
            String type = answer.header("Content-Type");
            if (type == null || !type.startsWith("application/problem+json")) {
                return "error that is not application/problem+json";
            }
            try {
                JsonNode problem = JSON.readTree(answer.body());
                if (!problem.path("type").asText().startsWith("urn:kiosque:problem:") || problem.path("status").asInt() != answer.status()) {
                    return "problem without a Kiosque type or with another status";
                }
            } catch (IOException e) {
                return "problem that is not JSON";
            }
            if (LEAK.matcher(answer.text()).find()) {
                return "implementation details in the body";
            }
        }
        return null;
    }

    /**
     * The same rules for Ghost's Content API, whose own errors are in Ghost's shape
     * ({@code {"errors":[{"message","type"}]}}, which Ghost's clients read; docs/ghost.md).
     */
    static String checkGhost(Answer answer) {
        String type = answer.header("Content-Type");
        if (answer.status() >= 400 && answer.status() < 500 && type != null && type.startsWith("application/json")) {
            try {
                JsonNode error = JSON.readTree(answer.body()).path("errors").path(0);
                if (!error.path("type").asText().endsWith("Error") || !error.path("message").isTextual()) {
                    return "error in neither Ghost's shape nor a problem";
                }
            } catch (IOException e) {
                return "error that is not JSON";
            }
            return LEAK.matcher(answer.text()).find() ? "implementation details in the body" : null;
        }
        return check(answer);
    }

    // ---- the attacks of one operation ------------------------------------------------------

    static List<Attack> attacks(Operation op, String token) throws IOException {
        List<Attack> attacks = new ArrayList<>();
        boolean read = op.method().equals("GET") || op.method().equals("HEAD");
        String path = neutralPath(op);
        byte[] example = safeExample(op);

        // query parameters: every value in every parameter at once, duplicated, and unknown
        List<String> parameters = op.queryParameters().isEmpty() ? List.of("q") : List.copyOf(op.queryParameters());
        List<String> values = corpus("query-values.txt");
        for (int i = 0; i < values.size(); i++) {
            if (!read && i % 6 != 0) {
                continue; // writes take their input from the body: a sample of the values is enough
            }
            String value = values.get(i).equals("(empty)") ? "" : values.get(i);
            StringBuilder query = new StringBuilder();
            for (String parameter : parameters) {
                query.append(query.isEmpty() ? "?" : "&").append(parameter).append('=').append(value);
            }
            query.append('&').append(parameters.get(0)).append("=1&zz-unknown=").append(value);
            attacks.add(attack(op, token, "query " + value, op.method(), path + query, example));
        }
        // one parameter at a time, with SQL metacharacters, so that no earlier parameter's 400 hides it
        for (String parameter : op.queryParameters()) {
            for (String value : values.subList(0, 5)) {
                attacks.add(attack(op, token, "query " + parameter + "=" + value, op.method(), path + "?" + parameter + "=" + value, example));
            }
        }
        // path segments
        if (!op.pathParameterTypes().isEmpty()) {
            for (String segment : corpus("path-segments.txt")) {
                String target = op.template().replaceAll("\\{[^}]+}", java.util.regex.Matcher.quoteReplacement(segment));
                attacks.add(attack(op, token, "path " + segment, op.method(), target, example));
            }
        }
        if (op.requestMediaType() == null) {
            return attacks;
        }
        // bodies
        for (String line : corpus("json-bodies.txt")) {
            attacks.add(attack(op, token, "body " + abbreviate(line), op.method(), path, body(line)));
        }
        JsonNode exampleTree = JSON.readTree(example);
        for (String line : corpus("json-strings.txt")) {
            JsonNode copy = exampleTree.deepCopy();
            replaceStrings(copy);
            byte[] text = JSON.writeValueAsBytes(copy);
            attacks.add(attack(op, token, "strings " + abbreviate(line), op.method(), path,
                    replace(text, ("\"" + PLACEHOLDER + "\"").getBytes(StandardCharsets.UTF_8),
                            concat(new byte[] { '"' }, decode(line), new byte[] { '"' }))));
        }
        if (exampleTree instanceof ObjectNode object && object.size() > 0) {
            List<String> fields = new ArrayList<>();
            object.fieldNames().forEachRemaining(fields::add);
            List<String> wrong = corpus("json-values.txt");
            for (String value : wrong) {
                ObjectNode copy = object.deepCopy();
                for (String field : fields) {
                    copy.set(field, TextNode.valueOf(PLACEHOLDER));
                }
                attacks.add(attack(op, token, "all fields " + value, op.method(), path, replace(JSON.writeValueAsBytes(copy),
                        ("\"" + PLACEHOLDER + "\"").getBytes(StandardCharsets.UTF_8), value.getBytes(StandardCharsets.UTF_8))));
            }
            for (int i = 0; i < fields.size(); i++) {
                ObjectNode copy = object.deepCopy();
                copy.set(fields.get(i), TextNode.valueOf(PLACEHOLDER));
                String value = wrong.get(i % wrong.size());
                attacks.add(attack(op, token, fields.get(i) + "=" + value, op.method(), path, replace(JSON.writeValueAsBytes(copy),
                        ("\"" + PLACEHOLDER + "\"").getBytes(StandardCharsets.UTF_8), value.getBytes(StandardCharsets.UTF_8))));
            }
        }
        for (String contentType : corpus("content-types.txt")) {
            attacks.add(new Attack(op, "content type " + contentType, RawHttp.head(op.method(), path, headers(token,
                    contentType.equals("-") ? null : contentType, example.length)), example));
        }
        // a declared body over the limit, never sent: refused from the head alone
        attacks.add(new Attack(op, "declared 50 MB", RawHttp.head(op.method(), path, headers(token, op.requestMediaType(), 50_000_000)), null));
        return attacks;
    }

    private static Attack attack(Operation op, String token, String kind, String method, String target, byte[] body) {
        String contentType = op.requestMediaType();
        return new Attack(op, kind, RawHttp.head(method, target, headers(token, contentType, body == null || contentType == null ? -1 : body.length)),
                contentType == null ? null : body);
    }

    private static String[] headers(String token, String contentType, long length) {
        List<String> headers = new ArrayList<>();
        headers.add("X-Forwarded-For: " + Tokens.randomClient()); // rate limits count per client
        headers.add("If-Match: \"1\"");
        if (token != null) {
            headers.add("Authorization: Bearer " + token);
        }
        if (contentType != null) {
            headers.add("Content-Type: " + contentType);
        }
        if (length >= 0) {
            headers.add("Content-Length: " + length);
        }
        return headers.toArray(String[]::new);
    }

    /** The template with unknown ids and slugs: the operation's own checks run, nothing is found. */
    static String neutralPath(Operation op) {
        String path = op.template();
        for (Map.Entry<String, String> parameter : op.pathParameterTypes().entrySet()) {
            String value = "integer".equals(parameter.getValue()) ? "2147483000"
                    : parameter.getKey().equalsIgnoreCase("id") ? "00000000-0000-4000-8000-000000000000" : "inexistant-hostile";
            path = path.replace("{" + parameter.getKey() + "}", value);
        }
        return path;
    }

    /**
     * The documented example. An operation that creates something at a fixed address (no path
     * parameter: nothing to miss) gets an unknown property too, so that even a payload it would
     * take leaves nothing behind: the strings are still read by the parser, the rest refused. An
     * e-mail of the example is replaced by one of this test's own (rate limits count per e-mail).
     */
    static byte[] safeExample(Operation op) throws IOException {
        String example = op.requestExample() == null ? "{}" : op.requestExample();
        JsonNode tree = JSON.readTree(example);
        if (tree instanceof ObjectNode object) {
            // an e-mail of its own: the many requests must not use up the rate limit of the example's e-mail for other tests
            List<String> names = new ArrayList<>();
            object.fieldNames().forEachRemaining(names::add);
            for (String name : names) {
                if (object.get(name).isTextual() && object.get(name).asText().matches("[^@\\s]+@[^@\\s]+")) {
                    object.put(name, "hostile-" + java.util.UUID.randomUUID().toString().substring(0, 8) + "@example.org");
                }
            }
        }
        if (op.pathParameterTypes().isEmpty() && tree instanceof ObjectNode object) {
            object.put("zzHostileUnknown", true);
        }
        return JSON.writeValueAsBytes(tree);
    }

    private static void replaceStrings(JsonNode node) {
        if (node instanceof ObjectNode object) {
            List<String> names = new ArrayList<>();
            object.fieldNames().forEachRemaining(names::add);
            for (String name : names) {
                if (object.get(name).isTextual()) {
                    object.set(name, TextNode.valueOf(PLACEHOLDER));
                } else {
                    replaceStrings(object.get(name));
                }
            }
        } else if (node instanceof com.fasterxml.jackson.databind.node.ArrayNode array) {
            for (int i = 0; i < array.size(); i++) {
                if (array.get(i).isTextual()) {
                    array.set(i, TextNode.valueOf(PLACEHOLDER));
                } else {
                    replaceStrings(array.get(i));
                }
            }
        }
    }

    // ---- the corpus files ------------------------------------------------------------------

    static List<String> corpus(String file) throws IOException {
        try (InputStream in = HostileInputTest.class.getResourceAsStream("/hostile/" + file)) {
            List<String> lines = new ArrayList<>();
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (!line.isEmpty() && !line.startsWith("#")) {
                    lines.add(line);
                }
            }
            return lines;
        }
    }

    private static final Map<String, byte[]> GENERATED = new java.util.concurrent.ConcurrentHashMap<>();

    /** A body line: {@code @generator n}, or text whose {@code \xHH} are raw bytes. */
    static byte[] body(String line) {
        if (!line.startsWith("@")) {
            return decode(line);
        }
        return GENERATED.computeIfAbsent(line, l -> {
            String[] parts = l.split(" ");
            int n = Integer.parseInt(parts[1]);
            StringBuilder text = new StringBuilder(n * 6);
            switch (parts[0]) {
                case "@nested-objects" -> text.append("{\"a\":".repeat(n)).append('1').append("}".repeat(n));
                case "@nested-arrays" -> text.append("[".repeat(n)).append("]".repeat(n));
                case "@huge-string" -> text.append("{\"title\":\"").append("a".repeat(n)).append("\"}");
                case "@huge-array" -> {
                    text.append("{\"tags\":[");
                    for (int i = 0; i < n; i++) {
                        text.append(i == 0 ? "" : ",").append(i % 10);
                    }
                    text.append("]}");
                }
                case "@many-fields" -> {
                    text.append('{');
                    for (int i = 0; i < n; i++) {
                        text.append(i == 0 ? "" : ",").append("\"f").append(i).append("\":1");
                    }
                    text.append('}');
                }
                case "@long-number" -> text.append("{\"page\":").append("9".repeat(n)).append('}');
                default -> throw new IllegalArgumentException("unknown generator " + l);
            }
            return text.toString().getBytes(StandardCharsets.UTF_8);
        });
    }

    /** UTF-8 of the text, where {@code \xHH} is the raw byte HH and {@code \\} a backslash. */
    static byte[] decode(String line) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == '\\' && i + 1 < line.length() && line.charAt(i + 1) == '\\') {
                text.append('\\');
                i++;
            } else if (c == '\\' && i + 3 < line.length() + 0 && line.charAt(i + 1) == 'x') {
                out.writeBytes(text.toString().getBytes(StandardCharsets.UTF_8));
                text.setLength(0);
                out.write(Integer.parseInt(line.substring(i + 2, i + 4), 16));
                i += 3;
            } else {
                text.append(c);
            }
        }
        out.writeBytes(text.toString().getBytes(StandardCharsets.UTF_8));
        return out.toByteArray();
    }

    private static byte[] replace(byte[] haystack, byte[] needle, byte[] replacement) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int i = 0;
        while (i < haystack.length) {
            if (i + needle.length <= haystack.length && java.util.Arrays.equals(haystack, i, i + needle.length, needle, 0, needle.length)) {
                out.writeBytes(replacement);
                i += needle.length;
            } else {
                out.write(haystack[i++]);
            }
        }
        return out.toByteArray();
    }

    private static byte[] concat(byte[]... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] part : parts) {
            out.writeBytes(part);
        }
        return out.toByteArray();
    }

    private static String abbreviate(String text) {
        return text.length() > 40 ? text.substring(0, 40) + "…" : text;
    }

    // ---- the database ----------------------------------------------------------------------

    /** Row count and a hash of every row, per table (bookkeeping counters aside). */
    Map<String, String> checksum() throws SQLException {
        Map<String, String> sums = new TreeMap<>();
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            List<String> tables = new ArrayList<>();
            try (ResultSet rs = statement.executeQuery("select table_name from information_schema.tables "
                    + "where table_schema = current_schema() and table_type = 'BASE TABLE'")) {
                while (rs.next()) {
                    tables.add(rs.getString(1));
                }
            }
            tables.removeAll(BOOKKEEPING);
            for (String table : tables) {
                try (ResultSet rs = statement.executeQuery("select count(*), coalesce(sum(hashtextextended(t::text, 0)), 0) from \""
                        + table + "\" t")) {
                    rs.next();
                    sums.put(table, rs.getLong(1) + " rows, hash " + rs.getString(2));
                }
            }
        }
        return sums;
    }
}
