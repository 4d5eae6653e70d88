package fr.kiosque.common.openapi;

import java.math.BigDecimal;
import java.util.ArrayDeque;
import java.util.Collections;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.media.Schema;

/**
 * States in the contract the bounds the server enforces on values that carry none of their own
 * (OWASP API4, checked by {@code tools/lint-openapi}): a string parameter is part of the request
 * target, at most {@value #MAX_TARGET} characters ({@code kiosque.http.limits.max-uri-length}); any
 * other string is at most {@value #MAX_STRING} characters ({@code kiosque.json.max-string-length});
 * an integer stays within its format's range. Bounds a field states itself ({@code @Size},
 * {@code @Min}/{@code @Max}, an enumeration) are kept. A file ({@code format: binary}) is no JSON
 * string: it states its upload's byte limit itself ({@code MediaUploadForm.DEFAULT_MAX_FILE_BYTES}),
 * and {@code OpenApiContractTest} fails for one that does not.
 */
final class StatedBounds {

    static final int MAX_TARGET = 8192;
    static final int MAX_STRING = 1_000_000;

    private StatedBounds() {
    }

    static void apply(OpenAPI api) {
        if (api.getPaths() == null) {
            return;
        }
        Set<Schema> done = Collections.newSetFromMap(new IdentityHashMap<>());
        api.getPaths().getPathItems().values().forEach(path -> path.getOperations().values().forEach(operation -> {
            if (operation.getParameters() != null) {
                operation.getParameters().stream().map(p -> p.getSchema()).filter(s -> s != null)
                        .forEach(schema -> walk(schema, MAX_TARGET, done));
            }
        }));
        if (api.getComponents() != null && api.getComponents().getSchemas() != null) {
            api.getComponents().getSchemas().values().forEach(schema -> walk(schema, MAX_STRING, done));
        }
        api.getPaths().getPathItems().values().forEach(path -> path.getOperations().values().forEach(operation -> {
            if (operation.getRequestBody() != null && operation.getRequestBody().getContent() != null) {
                operation.getRequestBody().getContent().getMediaTypes().values().stream().map(m -> m.getSchema())
                        .filter(s -> s != null).forEach(schema -> walk(schema, MAX_STRING, done));
            }
            if (operation.getResponses() != null && operation.getResponses().getAPIResponses() != null) {
                operation.getResponses().getAPIResponses().values().stream()
                        .filter(r -> r.getContent() != null && r.getContent().getMediaTypes() != null)
                        .flatMap(r -> r.getContent().getMediaTypes().values().stream())
                        .map(m -> m.getSchema()).filter(s -> s != null)
                        .forEach(schema -> walk(schema, MAX_STRING, done));
            }
        }));
    }

    private static void walk(Schema root, int maxLength, Set<Schema> done) {
        Deque<Schema> todo = new ArrayDeque<>();
        todo.push(root);
        while (!todo.isEmpty()) {
            Schema schema = todo.pop();
            if (!done.add(schema)) {
                continue;
            }
            bound(schema, maxLength);
            if (schema.getProperties() != null) {
                schema.getProperties().values().forEach(todo::push);
            }
            Stream.of(schema.getItems(), schema.getAdditionalPropertiesSchema())
                    .filter(s -> s != null)
                    .forEach(todo::push);
            Stream.of(schema.getAllOf(), schema.getAnyOf(), schema.getOneOf())
                    .filter(list -> list != null)
                    .forEach(list -> list.forEach(todo::push));
        }
    }

    private static void bound(Schema schema, int maxLength) {
        List<Schema.SchemaType> types = schema.getType();
        if (types == null || schema.getRef() != null) {
            return;
        }
        boolean enumerated = schema.getEnumeration() != null && !schema.getEnumeration().isEmpty() || schema.getConstValue() != null;
        boolean file = "binary".equals(schema.getFormat());
        if (types.contains(Schema.SchemaType.STRING) && schema.getMaxLength() == null && !enumerated && !file) {
            schema.setMaxLength(maxLength);
        }
        if (types.contains(Schema.SchemaType.INTEGER)) {
            boolean int32 = "int32".equals(schema.getFormat());
            if (schema.getMinimum() == null && schema.getExclusiveMinimum() == null) {
                schema.setMinimum(BigDecimal.valueOf(int32 ? Integer.MIN_VALUE : Long.MIN_VALUE));
            }
            if (schema.getMaximum() == null && schema.getExclusiveMaximum() == null) {
                schema.setMaximum(BigDecimal.valueOf(int32 ? Integer.MAX_VALUE : Long.MAX_VALUE));
            }
        }
    }
}
