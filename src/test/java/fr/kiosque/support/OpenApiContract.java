package fr.kiosque.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.dialect.Dialects;
import com.networknt.schema.path.PathType;

/**
 * The committed {@code openapi.yaml}, as a judge of real answers. Given an exchange (method, path,
 * status, media type, body) it finds the documented operation and response, and validates the
 * body against the response's schema with a JSON Schema validator (networknt, OpenAPI 3.1
 * dialect, so JSON Schema 2020-12 with {@code $ref}s resolved into the components).
 * <p>
 * One strictness is added for answers only: object schemas are closed
 * ({@code additionalProperties: false}), so a field the contract does not document fails too.
 * Formats ({@code date-time}…) are asserted.
 */
public final class OpenApiContract {

    private static final String IRI = "https://kiosque.test/openapi.json";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Set<String> METHODS = Set.of("get", "put", "post", "delete", "patch", "head", "options", "trace");
    private static volatile OpenApiContract committed;

    private final JsonNode document;
    private final List<Route> routes;
    private final SchemaRegistry registry;
    private final Map<String, Schema> schemas = new ConcurrentHashMap<>();

    /** The operation an exchange was matched to, and what the contract makes of the answer. */
    public record Verdict(String operation, int status, List<String> violations) {

        /** {@code GET /api/v1/articles/{slug} 200}, or null when the exchange is outside the contract. */
        public String pair() {
            return operation == null ? null : operation + " " + status;
        }
    }

    /**
     * A documented operation, as a test that calls it needs it: its statuses, the media type and
     * example of its request body (null without one), its path and query parameters.
     */
    public record Operation(String method, String template, Set<String> statuses, boolean secured,
            String requestMediaType, String requestExample, Map<String, String> pathParameterTypes,
            Set<String> queryParameters) {

        @Override
        public String toString() {
            return method + " " + template;
        }
    }

    private record Route(Pattern pattern, String template, int literals) {
    }

    public OpenApiContract(String yaml) {
        try {
            this.document = new ObjectMapper(new YAMLFactory()).readTree(yaml);
            JsonNode strict = document.deepCopy();
            close(strict.path("components").path("schemas"));
            SchemaRegistryConfig config = SchemaRegistryConfig.builder()
                    .pathType(PathType.JSON_POINTER)
                    .formatAssertionsEnabled(true)
                    .locale(Locale.ENGLISH)
                    .build();
            String text = JSON.writeValueAsString(strict);
            this.registry = SchemaRegistry.withDefaultDialect(Dialects.getOpenApi31(),
                    builder -> builder.schemaRegistryConfig(config).schemas(Map.of(IRI, text)));
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("openapi.yaml is not readable", e);
        }
        this.routes = new ArrayList<>();
        document.path("paths").fieldNames().forEachRemaining(template -> routes.add(route(template)));
        // "/api/v1/admin/articles/{id}" must not swallow a literal route that also matches
        routes.sort(Comparator.comparingInt(Route::literals).reversed());
    }

    /** The contract at the repository root ({@code kiosque.project-dir}), read once. */
    public static OpenApiContract committed() {
        if (committed == null) {
            synchronized (OpenApiContract.class) {
                if (committed == null) {
                    Path file = Path.of(System.getProperty("kiosque.project-dir", ".")).resolve("openapi.yaml");
                    try {
                        committed = new OpenApiContract(Files.readString(file, StandardCharsets.UTF_8));
                    } catch (IOException e) {
                        throw new UncheckedIOException("Cannot read the contract " + file, e);
                    }
                }
            }
        }
        return committed;
    }

    /** Every documented (operation, status): {@code POST /api/v1/admin/articles 201}. */
    public Set<String> documentedPairs() {
        Set<String> pairs = new TreeSet<>();
        document.path("paths").fields().forEachRemaining(path -> path.getValue().fields().forEachRemaining(op -> {
            if (METHODS.contains(op.getKey())) {
                op.getValue().path("responses").fieldNames().forEachRemaining(status -> pairs.add(
                        op.getKey().toUpperCase(Locale.ROOT) + " " + path.getKey() + " " + status));
            }
        }));
        return pairs;
    }

    /** Every documented operation. */
    public List<Operation> operations() {
        List<Operation> operations = new ArrayList<>();
        document.path("paths").fields().forEachRemaining(path -> path.getValue().fields().forEachRemaining(op -> {
            if (!METHODS.contains(op.getKey())) {
                return;
            }
            JsonNode operation = op.getValue();
            Set<String> statuses = new TreeSet<>();
            operation.path("responses").fieldNames().forEachRemaining(statuses::add);
            String mediaType = null;
            String example = null;
            JsonNode content = operation.path("requestBody").path("content");
            if (content.size() > 0) {
                mediaType = content.fieldNames().next();
                JsonNode examples = content.path(mediaType).path("examples");
                if (examples.size() > 0) {
                    example = examples.elements().next().path("value").toString();
                }
            }
            Map<String, String> pathParameters = new java.util.LinkedHashMap<>();
            Set<String> queryParameters = new TreeSet<>();
            for (JsonNode parameter : operation.path("parameters")) {
                if ("path".equals(parameter.path("in").asText())) {
                    pathParameters.put(parameter.path("name").asText(), parameter.path("schema").path("type").asText("string"));
                } else if ("query".equals(parameter.path("in").asText())) {
                    queryParameters.add(parameter.path("name").asText());
                }
            }
            boolean secured = operation.path("security").size() > 0;
            operations.add(new Operation(op.getKey().toUpperCase(Locale.ROOT), path.getKey(), statuses, secured,
                    mediaType, example, pathParameters, queryParameters));
        }));
        return operations;
    }

    /** The documented operation for a method and a request path: {@code GET /api/v1/articles/{slug}}, or null. */
    public String operation(String method, String path) {
        String template = template(path);
        if (template == null || !document.path("paths").path(template).has(method.toLowerCase(Locale.ROOT))) {
            return null;
        }
        return method.toUpperCase(Locale.ROOT) + " " + template;
    }

    /** The documented path template that a request path falls under, or null. */
    public String template(String path) {
        for (Route route : routes) {
            if (route.pattern().matcher(path).matches()) {
                return route.template();
            }
        }
        return null;
    }

    /**
     * Judges one answer. Outside the contract (an undocumented route or method, {@code /q/…})
     * nothing is asserted but the shape of a problem answer; inside, the status must be
     * documented, the media type too, and the body must fit the schema.
     */
    public Verdict check(String method, String path, int status, String contentType, String body) {
        List<String> violations = new ArrayList<>();
        String mediaType = contentType == null || contentType.isBlank() ? null
                : contentType.split(";")[0].strip().toLowerCase(Locale.ROOT);
        boolean hasBody = body != null && !body.isBlank();
        String operation = operation(method, path);
        if (operation == null) {
            if (hasBody && "application/problem+json".equals(mediaType)) {
                validate("/components/schemas/Problem", body, violations);
            }
            return new Verdict(null, status, violations);
        }
        String template = operation.substring(operation.indexOf(' ') + 1);
        String code = String.valueOf(status);
        JsonNode responses = document.path("paths").path(template).path(method.toLowerCase(Locale.ROOT)).path("responses");
        String documented = responses.has(code) ? code
                : responses.has(code.charAt(0) + "XX") ? code.charAt(0) + "XX"
                : responses.has("default") ? "default" : null;
        if (documented == null) {
            List<String> known = new ArrayList<>();
            responses.fieldNames().forEachRemaining(known::add);
            violations.add("status " + status + " is not documented (documented: " + String.join(", ", known) + ")");
            return new Verdict(operation, status, violations);
        }
        JsonNode content = responses.path(documented).path("content");
        if (content.isMissingNode() || content.isEmpty()) {
            if (hasBody) {
                violations.add("the contract documents no body, the answer has one (" + mediaType + ")");
            }
            return new Verdict(operation, status, violations);
        }
        if (!hasBody) {
            violations.add("the contract documents a body (" + String.join(", ", names(content)) + "), the answer has none");
            return new Verdict(operation, status, violations);
        }
        if (mediaType == null || !content.has(mediaType)) {
            violations.add("media type " + mediaType + " is not documented (documented: " + String.join(", ", names(content)) + ")");
            return new Verdict(operation, status, violations);
        }
        if (content.path(mediaType).has("schema") && isJson(mediaType)) {
            validate("/paths/" + escape(template) + "/" + method.toLowerCase(Locale.ROOT) + "/responses/" + documented
                    + "/content/" + escape(mediaType) + "/schema", body, violations);
        }
        return new Verdict(operation, status, violations);
    }

    private void validate(String pointer, String body, List<String> violations) {
        JsonNode instance;
        try {
            instance = JSON.readTree(body);
        } catch (JsonProcessingException e) {
            violations.add("the body is not JSON: " + e.getOriginalMessage());
            return;
        }
        Schema schema = schemas.computeIfAbsent(pointer, p -> {
            Schema loaded = registry.getSchema(SchemaLocation.of(IRI + "#" + p));
            loaded.initializeValidators();
            return loaded;
        });
        for (Error error : schema.validate(instance)) {
            String at = error.getInstanceLocation().toString();
            violations.add((at.isEmpty() ? "/" : at) + ": " + error.getMessage()
                    + " [schema " + error.getSchemaLocation().getFragment() + "]");
        }
    }

    private static boolean isJson(String mediaType) {
        return mediaType.equals("application/json") || mediaType.endsWith("+json");
    }

    private static List<String> names(JsonNode node) {
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }

    private static String escape(String pointerToken) {
        return pointerToken.replace("~", "~0").replace("/", "~1");
    }

    private static Route route(String template) {
        StringBuilder regex = new StringBuilder();
        Matcher parameter = Pattern.compile("\\{[^}]+}").matcher(template);
        int last = 0;
        int literals = 0;
        while (parameter.find()) {
            regex.append(Pattern.quote(template.substring(last, parameter.start()))).append("[^/]+");
            literals += parameter.start() - last;
            last = parameter.end();
        }
        regex.append(Pattern.quote(template.substring(last)));
        if (template.startsWith("/ghost/api/")) {
            regex.append("/?"); // Ghost's clients end every path with a slash
        }
        literals += template.length() - last;
        return new Route(Pattern.compile(regex.toString()), template, literals);
    }

    /**
     * Closes every object schema that lists its properties: an answer may not carry a field the
     * contract does not document. Only for judging answers: the published contract stays open.
     */
    private static void close(JsonNode schemas) {
        Iterator<JsonNode> all = schemas.elements();
        while (all.hasNext()) {
            JsonNode schema = all.next();
            if (schema instanceof ObjectNode object && object.has("properties") && !object.has("additionalProperties")) {
                object.put("additionalProperties", false);
            }
        }
    }
}
