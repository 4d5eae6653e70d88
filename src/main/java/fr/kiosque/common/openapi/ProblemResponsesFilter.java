package fr.kiosque.common.openapi;

import java.util.Map;

import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;

import fr.kiosque.common.error.Problem;

/**
 * Every error response an operation declares is documented as {@code application/problem+json}
 * with the {@code Problem} schema, so resources only state which statuses they return and why.
 * The errors that follow from an operation's shape are documented here once, unless the resource
 * describes them itself: 406 when {@code Accept} excludes JSON; for a body, 400 (unreadable JSON or
 * invalid fields), 413 (too large) and 415 (wrong {@code Content-Type}); for a bearer token, 401;
 * for {@code page}/{@code size}, 400; for {@code If-Match}, 412, and 428 where it is required.
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
            addIfAbsent(operation, "400", "Champs invalides ou JSON illisible");
            addIfAbsent(operation, "413", "Corps de requête trop volumineux");
            addIfAbsent(operation, "415", unsupportedType(operation));
        }
        if (operation.getSecurity() != null && !operation.getSecurity().isEmpty()) {
            addIfAbsent(operation, "401", "Jeton absent ou invalide");
        }
        if (parameter(operation, "query", "page") != null) {
            addIfAbsent(operation, "400", "page ou size invalide");
        }
        Parameter ifMatch = parameter(operation, "header", "If-Match");
        if (ifMatch != null) {
            addIfAbsent(operation, "412", "If-Match ne correspond plus à la version actuelle, ou ETag faible");
            if (Boolean.TRUE.equals(ifMatch.getRequired())) {
                addIfAbsent(operation, "428", "If-Match absent");
            }
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

    /** "Content-Type autre que application/json", naming the media types the body may have. */
    private static String unsupportedType(Operation operation) {
        var content = operation.getRequestBody().getContent();
        if (content == null || content.getMediaTypes() == null || content.getMediaTypes().isEmpty()) {
            return "Content-Type non pris en charge";
        }
        return "Content-Type autre que " + String.join(" ou ", content.getMediaTypes().keySet());
    }

    private static Parameter parameter(Operation operation, String in, String name) {
        if (operation.getParameters() == null) {
            return null;
        }
        return operation.getParameters().stream()
                .filter(p -> p.getIn() != null && in.equals(p.getIn().toString()) && name.equalsIgnoreCase(p.getName()))
                .findFirst().orElse(null);
    }

    private static void addIfAbsent(Operation operation, String code, String description) {
        if (!operation.getResponses().hasAPIResponse(code)) {
            operation.getResponses().addAPIResponse(code, OASFactory.createAPIResponse().description(description));
        }
    }
}
