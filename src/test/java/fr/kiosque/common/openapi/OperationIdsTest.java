package fr.kiosque.common.openapi;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;

/**
 * Client generators (openapi-generator, orval, openapi-typescript-codegen) name their methods
 * after {@code operationId}: every operation of {@code openapi.yaml} has one, unique, in camelCase
 * ({@code listArticles}, {@code getArticle}, {@code createComment}). Without Quarkus:
 * {@code OpenApiContractTest} proves the committed file is what the code produces.
 */
class OperationIdsTest {

    private static final Path CONTRACT = Path.of(System.getProperty("kiosque.project-dir", ".")).resolve("openapi.yaml");
    private static final Pattern READABLE = Pattern.compile("^[a-z][a-zA-Z0-9]*$");
    private static final Set<String> METHODS = Set.of("get", "put", "post", "delete", "patch", "head", "options", "trace");

    @Test
    void everyOperationHasAUniqueCamelCaseId() throws IOException {
        List<String> problems = problems(Files.readString(CONTRACT, StandardCharsets.UTF_8));
        assertThat(problems).as("operations of openapi.yaml: set @Operation(operationId = ...) on the resource method").isEmpty();
    }

    @Test
    void aMissingADuplicateAndAnUnreadableIdAreEachFound() throws IOException {
        String contract = """
                openapi: 3.1.0
                paths:
                  /api/v1/things:
                    get: { operationId: listThings }
                    post: { summary: Créer }
                  /api/v1/admin/things:
                    get: { operationId: listThings }
                    delete: { operationId: delete_thing }
                """;
        assertThat(problems(contract)).containsExactlyInAnyOrder(
                "POST /api/v1/things: no operationId",
                "GET /api/v1/admin/things: operationId listThings already names GET /api/v1/things",
                "DELETE /api/v1/admin/things: operationId delete_thing is not camelCase (^[a-z][a-zA-Z0-9]*$)");
    }

    private static List<String> problems(String yaml) throws IOException {
        JsonNode paths = new ObjectMapper(new YAMLFactory()).readTree(yaml).path("paths");
        List<String> problems = new ArrayList<>();
        Map<String, String> owners = new HashMap<>();
        paths.fields().forEachRemaining(path -> path.getValue().fields().forEachRemaining(op -> {
            if (!METHODS.contains(op.getKey())) {
                return;
            }
            String name = op.getKey().toUpperCase(Locale.ROOT) + " " + path.getKey();
            String id = op.getValue().path("operationId").asText("");
            if (id.isBlank()) {
                problems.add(name + ": no operationId");
                return;
            }
            String owner = owners.putIfAbsent(id, name);
            if (owner != null) {
                problems.add(name + ": operationId " + id + " already names " + owner);
            }
            if (!READABLE.matcher(id).matches()) {
                problems.add(name + ": operationId " + id + " is not camelCase (" + READABLE.pattern() + ")");
            }
        }));
        return problems;
    }
}
