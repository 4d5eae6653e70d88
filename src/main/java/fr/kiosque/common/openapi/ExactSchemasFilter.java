package fr.kiosque.common.openapi;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Stream;

import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.media.MediaType;
import org.eclipse.microprofile.openapi.models.media.Schema;

/**
 * Makes the schemas say exactly what goes over the wire, so that a client generated from the
 * contract (openapi-typescript, openapi-generator…) types every field right.
 * <ul>
 * <li><b>Responses: every property is {@code required}.</b> Response records are serialized with
 * all their components, {@code null} included (Jackson's default, which Kiosque keeps), so every
 * key is always there. Which ones may be {@code null} is said once per field in Java, with
 * {@code @Schema(nullable = true)}, which SmallRye writes the OpenAPI 3.1 way
 * ({@code type: [string, "null"]}, or {@code anyOf: [{$ref}, {type: "null"}]} for objects). A
 * response schema that lists its {@code required} properties itself keeps its list: that is how
 * {@code Problem}, which omits its empty {@code errors}, says so.</li>
 * <li><b>Requests</b> keep what their records declare: {@code required} for what a client must
 * send ({@code @NotBlank}, {@code @NotNull}…), {@code nullable} for what it may clear with
 * {@code null}.</li>
 * <li><b>A request schema that an answer carries too</b> (a revision holds the article as a PUT
 * would send it) gets a twin for the answers, {@code <Name>Snapshot}, every property required.</li>
 * <li><b>JSON Merge Patch bodies</b> ({@code application/merge-patch+json}) whose resource names the
 * document they patch ({@code @Schema(implementation = ArticleRequest.class)}) get a
 * {@code <Name>MergePatch} schema: the same properties, none required (RFC 7396: absent means
 * unchanged, {@code null} clears).</li>
 * </ul>
 * Component schemas that no operation references (the {@code JsonNode} that a merge patch is read
 * as) are dropped. {@link ProblemResponsesFilter} runs this last, once every error response has its
 * {@code Problem} schema, so that it sees every schema an answer uses.
 */
class ExactSchemasFilter implements OASFilter {

    static final String MERGE_PATCH = "application/merge-patch+json";
    private static final String COMPONENTS = "#/components/schemas/";

    @Override
    public void filterOpenAPI(OpenAPI api) {
        if (api.getComponents() == null || api.getComponents().getSchemas() == null || api.getPaths() == null) {
            return;
        }
        describeMergePatches(api, api.getComponents().getSchemas());
        Map<String, Schema> schemas = api.getComponents().getSchemas();

        Set<String> requests = reachable(bodies(api, ExactSchemasFilter::requestContents), schemas);
        twinSchemasAnswersShareWithRequests(api, requests, reachable(bodies(api, ExactSchemasFilter::responseContents), schemas));
        schemas = api.getComponents().getSchemas();
        Set<String> responses = reachable(bodies(api, ExactSchemasFilter::responseContents), schemas);
        for (String name : responses) {
            Schema schema = schemas.get(name);
            boolean listsItsOwn = schema.getRequired() != null && !schema.getRequired().isEmpty();
            if (!requests.contains(name) && schema.getProperties() != null && !listsItsOwn) {
                schema.setRequired(new ArrayList<>(schema.getProperties().keySet()));
            }
        }

        Set<String> used = new LinkedHashSet<>(requests);
        used.addAll(responses);
        used.addAll(reachable(parameterSchemas(api), schemas));
        List<String> unused = schemas.keySet().stream().filter(name -> !used.contains(name)).toList();
        unused.forEach(api.getComponents()::removeSchema);
    }

    /**
     * A request schema that an answer carries too (a revision holds the article as a PUT would
     * send it) gets a twin for the answers, {@code <Name>Snapshot} ({@code ArticleRequest} →
     * {@code ArticleSnapshot}): the same properties, every one required like any answer's, where
     * the request keeps its own. The answers' schemas and bodies point at the twins.
     */
    private static void twinSchemasAnswersShareWithRequests(OpenAPI api, Set<String> requests, Set<String> responses) {
        Map<String, Schema> schemas = api.getComponents().getSchemas();
        Map<String, String> twins = new LinkedHashMap<>();
        responses.stream()
                .filter(name -> requests.contains(name) && schemas.get(name).getProperties() != null) // objects; not enums, not Instant
                .forEach(name -> twins.put(name, name.replaceFirst("Request$", "") + "Snapshot"));
        if (twins.isEmpty()) {
            return;
        }
        for (String name : responses) {
            Schema answer = (Schema) copy(schemas.get(name), twins);
            if (twins.containsKey(name)) {
                answer.setRequired(null); // what a client must send, not what an answer holds: all of it
            }
            api.getComponents().addSchema(twins.getOrDefault(name, name), answer);
        }
        bodies(api, ExactSchemasFilter::responseContents).forEach(body -> {
            if (body.getRef() != null && twins.containsKey(name(body.getRef()))) {
                body.setRef(COMPONENTS + twins.get(name(body.getRef())));
            }
            if (body.getItems() != null && body.getItems().getRef() != null && twins.containsKey(name(body.getItems().getRef()))) {
                body.getItems().setRef(COMPONENTS + twins.get(name(body.getItems().getRef())));
            }
        });
    }

    /** A deep copy of a schema (or of a value inside one) whose references to the twinned schemas point at their twins. */
    private static Object copy(Object value, Map<String, String> twins) {
        if (value instanceof Schema schema) {
            Map<String, Object> all = new LinkedHashMap<>();
            schema.getAll().forEach((key, inner) -> all.put(key, copy(inner, twins)));
            Schema copy = OASFactory.createSchema();
            copy.setAll(all);
            if (copy.getRef() != null && twins.containsKey(name(copy.getRef()))) {
                copy.setRef(COMPONENTS + twins.get(name(copy.getRef())));
            }
            return copy;
        }
        if (value instanceof Map<?, ?> map) {
            Map<Object, Object> copy = new LinkedHashMap<>();
            map.forEach((key, inner) -> copy.put(key, copy(inner, twins)));
            return copy;
        }
        if (value instanceof List<?> list) {
            return new ArrayList<>(list.stream().map(inner -> copy(inner, twins)).toList());
        }
        return value;
    }

    /** The body a merge patch sends: the patched document's properties, none required. */
    private static void describeMergePatches(OpenAPI api, Map<String, Schema> schemas) {
        operations(api).forEach(operation -> {
            Content content = operation.getRequestBody() == null ? null : operation.getRequestBody().getContent();
            MediaType media = content == null || content.getMediaTypes() == null ? null : content.getMediaTypes().get(MERGE_PATCH);
            if (media == null || media.getSchema() == null || media.getSchema().getRef() == null) {
                return;
            }
            String target = name(media.getSchema().getRef());
            Schema patched = schemas.get(target);
            if (patched == null || "JsonNode".equals(target)) {
                return;
            }
            String patchName = target + "MergePatch";
            if (!schemas.containsKey(patchName)) {
                Schema patch = OASFactory.createSchema()
                        .addType(Schema.SchemaType.OBJECT)
                        .description("JSON Merge Patch (RFC 7396) d'un " + target
                                + " : seuls les champs présents changent ; null efface un champ facultatif.")
                        .properties(new LinkedHashMap<>(patched.getProperties()));
                api.getComponents().addSchema(patchName, patch);
            }
            media.setSchema(OASFactory.createSchema().ref(COMPONENTS + patchName));
        });
    }

    private static Stream<Operation> operations(OpenAPI api) {
        return api.getPaths().getPathItems().values().stream()
                .flatMap(item -> item.getOperations().values().stream());
    }

    private static List<Schema> bodies(OpenAPI api, Function<Operation, Stream<Content>> contents) {
        return operations(api).flatMap(contents)
                .filter(content -> content != null && content.getMediaTypes() != null)
                .flatMap(content -> content.getMediaTypes().values().stream())
                .map(MediaType::getSchema)
                .filter(schema -> schema != null)
                .toList();
    }

    private static Stream<Content> requestContents(Operation operation) {
        return operation.getRequestBody() == null ? Stream.empty() : Stream.of(operation.getRequestBody().getContent());
    }

    private static Stream<Content> responseContents(Operation operation) {
        if (operation.getResponses() == null || operation.getResponses().getAPIResponses() == null) {
            return Stream.empty();
        }
        return operation.getResponses().getAPIResponses().values().stream().map(r -> r.getContent());
    }

    private static List<Schema> parameterSchemas(OpenAPI api) {
        return operations(api)
                .filter(operation -> operation.getParameters() != null)
                .flatMap(operation -> operation.getParameters().stream())
                .map(parameter -> parameter.getSchema())
                .filter(schema -> schema != null)
                .toList();
    }

    /** Names of the component schemas that the given schemas use, directly or through others. */
    static Set<String> reachable(List<Schema> roots, Map<String, Schema> components) {
        Set<String> found = new LinkedHashSet<>();
        Deque<Schema> todo = new ArrayDeque<>(roots);
        while (!todo.isEmpty()) {
            Schema schema = todo.pop();
            if (schema.getRef() != null) {
                String name = name(schema.getRef());
                if (components.containsKey(name) && found.add(name)) {
                    todo.push(components.get(name));
                }
            }
            if (schema.getProperties() != null) {
                schema.getProperties().values().forEach(todo::push);
            }
            Stream.of(schema.getItems(), schema.getAdditionalPropertiesSchema(), schema.getNot())
                    .filter(s -> s != null)
                    .forEach(todo::push);
            Stream.of(schema.getAllOf(), schema.getAnyOf(), schema.getOneOf())
                    .filter(list -> list != null)
                    .forEach(list -> list.forEach(todo::push));
        }
        return found;
    }

    private static String name(String ref) {
        return ref.startsWith(COMPONENTS) ? ref.substring(COMPONENTS.length()) : ref;
    }
}
