package fr.kiosque.common.openapi;

import java.util.Map;

import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;

import fr.kiosque.common.error.Problem;

/**
 * Every error response an operation declares is documented as {@code application/problem+json}
 * with the {@code Problem} schema, so resources only state which statuses they return and why.
 * The errors that the HTTP layer answers for any operation are documented here once: 406 when
 * {@code Accept} excludes JSON, and for operations that take a body 400 (unreadable JSON), 413
 * (too large) and 415 (wrong {@code Content-Type}), unless the resource already describes them.
 * Then {@link ExactSchemasFilter} makes every schema state its required and nullable fields, and
 * {@link StatedBounds} the length and range bounds the server enforces.
 */
public class ProblemResponsesFilter implements OASFilter {

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        new ExactSchemasFilter().filterOpenAPI(openAPI);
        StatedBounds.apply(openAPI);
    }

    @Override
    public Operation filterOperation(Operation operation) {
        if (operation.getResponses() == null || operation.getResponses().getAPIResponses() == null) {
            return operation;
        }
        if (operation.getRequestBody() != null) {
            addIfAbsent(operation, "400", "JSON illisible ou champs invalides");
            addIfAbsent(operation, "413", "Corps de requête trop volumineux");
            addIfAbsent(operation, "415", "Content-Type non pris en charge");
        }
        addIfAbsent(operation, "406", "L'en-tête Accept exclut application/json");
        for (Map.Entry<String, APIResponse> entry : operation.getResponses().getAPIResponses().entrySet()) {
            String code = entry.getKey();
            APIResponse response = entry.getValue();
            boolean error = code.length() == 3 && (code.startsWith("4") || code.startsWith("5"));
            if (error && (response.getContent() == null || response.getContent().getMediaTypes() == null
                    || response.getContent().getMediaTypes().isEmpty())) {
                response.setContent(OASFactory.createContent().addMediaType(Problem.MEDIA_TYPE,
                        OASFactory.createMediaType().schema(OASFactory.createSchema().ref("Problem"))));
            }
            if ("304".equals(code) || "204".equals(code)) {
                response.setContent(null);
            }
        }
        return operation;
    }

    private static void addIfAbsent(Operation operation, String code, String description) {
        if (!operation.getResponses().hasAPIResponse(code)) {
            operation.getResponses().addAPIResponse(code, OASFactory.createAPIResponse().description(description));
        }
    }
}
