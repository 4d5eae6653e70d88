package fr.kiosque.common.openapi;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.SpecVersion;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.ParseOptions;
import io.swagger.v3.parser.core.models.SwaggerParseResult;

/**
 * {@code openapi.yaml} at the repository root is the API contract: it must be exactly what the
 * code produces, be valid OpenAPI 3.1, and document every operation the house way.
 */
@QuarkusTest
class OpenApiContractTest {

    private static final Path PROJECT = Path.of(System.getProperty("kiosque.project-dir", "."));
    private static final Path CONTRACT = PROJECT.resolve("openapi.yaml");
    private static final Path GENERATED = PROJECT.resolve("target/openapi/openapi.yaml");

    @Test
    void committedContractIsWhatTheCodeProduces() throws IOException {
        String served = given().queryParam("format", "yaml").get("/q/openapi").then().statusCode(200).extract().asString();
        Files.createDirectories(GENERATED.getParent());
        Files.writeString(GENERATED, served, StandardCharsets.UTF_8);
        String committed = Files.exists(CONTRACT) ? Files.readString(CONTRACT, StandardCharsets.UTF_8) : "";
        assertThat(normalize(committed))
                .as("openapi.yaml is stale: the code now produces another contract. Review the change, then run:%n"
                        + "    cp target/openapi/openapi.yaml openapi.yaml%nand commit it.")
                .isEqualTo(normalize(served));
    }

    @Test
    void contractIsValidOpenApi31() throws IOException {
        OpenAPI api = parse();
        assertThat(api.getSpecVersion()).isEqualTo(SpecVersion.V31);
        assertThat(api.getOpenapi()).startsWith("3.1");
    }

    @Test
    void everyOperationIsDocumentedTheHouseWay() throws IOException {
        OpenAPI api = parse();
        List<String> problems = new ArrayList<>();
        List<String> declaredTags = api.getTags() == null ? List.of()
                : api.getTags().stream().map(io.swagger.v3.oas.models.tags.Tag::getName).toList();
        for (Map.Entry<String, PathItem> path : api.getPaths().entrySet()) {
            for (Map.Entry<PathItem.HttpMethod, Operation> entry : path.getValue().readOperationsMap().entrySet()) {
                String name = entry.getKey() + " " + path.getKey();
                Operation operation = entry.getValue();
                if (operation.getSummary() == null || operation.getSummary().isBlank()) {
                    problems.add(name + ": no summary");
                }
                if (operation.getTags() == null || operation.getTags().isEmpty()) {
                    problems.add(name + ": no tag");
                } else if (!declaredTags.containsAll(operation.getTags())) {
                    problems.add(name + ": tag " + operation.getTags() + " not declared (and ordered) in KiosqueApiDefinition");
                }
                boolean success = operation.getResponses().keySet().stream().anyMatch(code -> code.startsWith("2"));
                if (!success) {
                    problems.add(name + ": no 2xx response");
                }
                for (Map.Entry<String, ApiResponse> response : operation.getResponses().entrySet()) {
                    boolean error = response.getKey().startsWith("4") || response.getKey().startsWith("5");
                    // Ghost's Content API answers its own errors in Ghost's shape, which Ghost's clients read (docs/ghost.md);
                    // the HTTP layer's (406) stay problems
                    boolean ghost = path.getKey().startsWith("/ghost/api/");
                    String errorType = "application/problem+json";
                    if (error && (response.getValue().getContent() == null
                            || !(response.getValue().getContent().containsKey(errorType)
                                    || ghost && response.getValue().getContent().containsKey("application/json")))) {
                        problems.add(name + ": " + response.getKey() + " is not documented as " + errorType);
                    }
                }
                boolean staff = path.getKey().startsWith("/api/v1/admin");
                if (staff && (operation.getSecurity() == null || operation.getSecurity().isEmpty())) {
                    problems.add(name + ": staff operation without security requirement");
                }
                if (staff && !(operation.getResponses().containsKey("401") && operation.getResponses().containsKey("403"))) {
                    problems.add(name + ": staff operation without 401/403 responses");
                }
                if (operation.getRequestBody() != null) {
                    boolean example = operation.getRequestBody().getContent().values().stream()
                            .anyMatch(media -> media.getExamples() != null && !media.getExamples().isEmpty());
                    if (!example) {
                        problems.add(name + ": request body without an example");
                    }
                }
            }
        }
        assertThat(problems).isEmpty();
    }

    /**
     * Every array of the contract states its {@code maxItems} (OWASP API4, which
     * {@code tools/lint-openapi} checks outside the build): request lists are bounded by
     * {@code @Size}, answers by the page size or by a bound their code keeps.
     */
    @Test
    void everyArrayStatesItsBound() throws IOException {
        com.fasterxml.jackson.databind.JsonNode root = io.swagger.v3.core.util.Yaml.mapper().readTree(Files.readString(CONTRACT));
        List<String> unbounded = new ArrayList<>();
        collectUnboundedArrays(root, "", unbounded);
        assertThat(unbounded).as("arrays without maxItems").isEmpty();
    }

    /**
     * Every object an answer holds lists each of its properties as {@code required}: answers are
     * serialized with every key, {@code null} included, and typed clients must not see optional
     * fields that are always there. The exceptions omit keys on purpose, and say so.
     */
    @Test
    void everyPropertyOfAnAnswerIsRequired() throws IOException {
        OpenAPI api = parse();
        // Problem omits its empty errors; schema.org JobPosting (JSON-LD) omits what a listing lacks
        // Ghost's shapes hold the keys that the request's fields and include ask for, and a single read has no meta
        List<String> omitKeysOnPurpose = List.of("Problem", "JobPostingJsonLd", "JsonLdPostalAddress", "JsonLdOrganization",
                "GhostPost", "GhostTag", "GhostAuthor", "GhostPosts", "GhostPages", "GhostTags", "GhostAuthors");
        java.util.Deque<io.swagger.v3.oas.models.media.Schema<?>> todo = new java.util.LinkedList<>(); // takes the nulls of absent parts
        api.getPaths().values().forEach(path -> path.readOperations().forEach(operation -> operation.getResponses().values()
                .forEach(response -> {
                    if (response.getContent() != null) {
                        response.getContent().values().forEach(media -> todo.add(media.getSchema()));
                    }
                })));
        java.util.Set<String> seen = new java.util.TreeSet<>();
        List<String> optional = new ArrayList<>();
        while (!todo.isEmpty()) {
            io.swagger.v3.oas.models.media.Schema<?> schema = todo.pop();
            if (schema == null) {
                continue;
            }
            if (schema.get$ref() != null) {
                String name = schema.get$ref().substring(schema.get$ref().lastIndexOf('/') + 1);
                if (seen.add(name)) {
                    io.swagger.v3.oas.models.media.Schema<?> component = api.getComponents().getSchemas().get(name);
                    if (component.getProperties() != null && !omitKeysOnPurpose.contains(name)) {
                        List<String> required = component.getRequired() == null ? List.of() : component.getRequired();
                        component.getProperties().keySet().stream().filter(p -> !required.contains(p))
                                .forEach(p -> optional.add(name + "." + p));
                    }
                    todo.push(component);
                }
            }
            if (schema.getProperties() != null) {
                schema.getProperties().values().forEach(todo::push);
            }
            java.util.stream.Stream.of(schema.getItems(), schema.getNot()).forEach(todo::push);
            java.util.stream.Stream.of(schema.getAllOf(), schema.getAnyOf(), schema.getOneOf())
                    .filter(list -> list != null).forEach(list -> list.forEach(todo::push));
            if (schema.getAdditionalProperties() instanceof io.swagger.v3.oas.models.media.Schema<?> values) {
                todo.push(values);
            }
        }
        assertThat(seen).contains("ArticleSnapshot", "CoverImageSnapshot").doesNotContain("ArticleRequest");
        assertThat(optional).as("answer properties not listed as required").isEmpty();
    }

    /**
     * A file states the default byte limit of its upload ({@code kiosque.media.max-file-size},
     * {@code kiosque.cv.max-file-size}), not a JSON string's bound, which read as 1 MB for a 20 MB
     * image; and a form body refers to its schema alone, without SmallRye's inline copy beside the
     * {@code $ref}.
     */
    @Test
    void filesStateTheirByteLimitAndFormsOneSchema() throws IOException {
        com.fasterxml.jackson.databind.JsonNode root = io.swagger.v3.core.util.Yaml.mapper().readTree(Files.readString(CONTRACT));
        Map<String, Long> files = new java.util.TreeMap<>();
        List<String> copies = new ArrayList<>();
        visit(root, "", (node, at) -> {
            if ("binary".equals(node.path("format").asText())) {
                files.put(at, node.path("maxLength").asLong(-1));
            }
            if (node.has("$ref") && node.has("properties")) {
                copies.add(at);
            }
        });
        assertThat(files).as("binary schemas").isNotEmpty();
        assertThat(files.values()).as("their maxLength").containsOnly((long) fr.kiosque.media.api.MediaUploadForm.DEFAULT_MAX_FILE_BYTES,
                (long) fr.kiosque.cv.api.CvSubmissionForm.DEFAULT_MAX_FILE_BYTES);
        assertThat(files.get("/components/schemas/MediaUploadForm/properties/file")).isEqualTo(20L << 20);
        assertThat(files.get("/components/schemas/CvSubmissionForm/properties/cv")).isEqualTo(5L << 20);
        assertThat(copies).as("schemas holding a $ref and properties").isEmpty();
    }

    private static void visit(com.fasterxml.jackson.databind.JsonNode node, String at,
            java.util.function.BiConsumer<com.fasterxml.jackson.databind.JsonNode, String> visitor) {
        if (node.isObject()) {
            visitor.accept(node, at);
            node.fields().forEachRemaining(field -> visit(field.getValue(), at + "/" + field.getKey(), visitor));
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                visit(node.get(i), at + "/" + i, visitor);
            }
        }
    }

    private static void collectUnboundedArrays(com.fasterxml.jackson.databind.JsonNode node, String at, List<String> into) {
        if (node.isObject()) {
            com.fasterxml.jackson.databind.JsonNode type = node.get("type");
            boolean array = type != null && (type.isTextual() ? type.asText().equals("array")
                    : type.isArray() && java.util.stream.StreamSupport.stream(type.spliterator(), false).anyMatch(t -> t.asText().equals("array")));
            if (array && !node.has("maxItems")) {
                into.add(at);
            }
            node.fields().forEachRemaining(field -> {
                if (!field.getKey().equals("examples") && !field.getKey().equals("example")) {
                    collectUnboundedArrays(field.getValue(), at + "/" + field.getKey(), into);
                }
            });
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                collectUnboundedArrays(node.get(i), at + "/" + i, into);
            }
        }
    }

    private static OpenAPI parse() throws IOException {
        ParseOptions options = new ParseOptions();
        options.setResolve(true);
        SwaggerParseResult result = new OpenAPIV3Parser().readContents(Files.readString(CONTRACT), null, options);
        assertThat(result.getMessages()).as("OpenAPI validation messages").isEmpty();
        assertThat(result.getOpenAPI()).isNotNull();
        return result.getOpenAPI();
    }

    private static String normalize(String yaml) {
        return yaml.replace("\r\n", "\n").strip();
    }
}
