package fr.kiosque.common.openapi;

import java.util.List;
import java.util.Map;

import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.eclipse.microprofile.openapi.models.security.SecurityRequirement;

import fr.kiosque.common.error.Problem;
import fr.kiosque.common.security.Roles;
import io.quarkus.smallrye.openapi.OpenApiFilter;

/**
 * Every error response an operation declares is documented as {@code application/problem+json}
 * with the {@code Problem} schema, so resources only state which statuses they return and why.
 * The errors that follow from an operation's shape are documented here once, unless the resource
 * describes them itself: 406 when {@code Accept} excludes JSON; for a body, 400 (unreadable JSON or
 * invalid fields), 413 (too large) and 415 (wrong {@code Content-Type}); for a bearer token, 401,
 * and 403 naming the roles of {@code @RolesAllowed} unless every staff role may (Quarkus puts them in the
 * security requirement);
 * for {@code page}/{@code size}, 400; for {@code If-Match}, 412, and 428 where it is required; for an
 * {@code {id}} in the path, 404; a DELETE that states no success, 204. A body that refers to its
 * schema keeps the reference alone.
 * It runs at build time after Quarkus's own filters, whose security requirements it reads.
 * Then {@link ExactSchemasFilter} makes every schema state its required and nullable fields, and
 * {@link StatedBounds} the length and range bounds the server enforces.
 */
@OpenApiFilter(OpenApiFilter.RunStage.BUILD)
public class ProblemResponsesFilter implements OASFilter {

    /** The bearer scheme's name, {@code quarkus.smallrye-openapi.security-scheme-name}. */
    static final String BEARER = "bearer";
    private static final String QUARKUS_401 = "Not Authorized";
    private static final String QUARKUS_403 = "Not Allowed";

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        if (openAPI.getPaths() != null && openAPI.getPaths().getPathItems() != null) {
            openAPI.getPaths().getPathItems().values().stream()
                    .map(PathItem::getDELETE).filter(delete -> delete != null && delete.getResponses() != null)
                    .forEach(delete -> {
                        if (delete.getResponses().getAPIResponses().keySet().stream().noneMatch(code -> code.startsWith("2"))) {
                            delete.getResponses().addAPIResponse("204", OASFactory.createAPIResponse().description("Supprimé"));
                        }
                        describe(delete, "204", "No Content", "Supprimé");
                    });
        }
        new ExactSchemasFilter().filterOpenAPI(openAPI);
        StatedBounds.apply(openAPI);
    }

    @Override
    public Operation filterOperation(Operation operation) {
        if (operation.getResponses() == null || operation.getResponses().getAPIResponses() == null) {
            return operation;
        }
        if (operation.getRequestBody() != null) {
            referenceAlone(operation);
            addIfAbsent(operation, "400", "Champs invalides ou JSON illisible");
            addIfAbsent(operation, "413", "Corps de requête trop volumineux");
            addIfAbsent(operation, "415", unsupportedType(operation));
        }
        List<String> roles = bearerRoles(operation);
        if (roles != null) {
            describe(operation, "401", QUARKUS_401, "Jeton absent ou invalide");
            if (roles.isEmpty() || roles.containsAll(Roles.ALL)) {
                APIResponse generated = operation.getResponses().getAPIResponse("403");
                if (generated != null && QUARKUS_403.equals(generated.getDescription())) {
                    operation.getResponses().removeAPIResponse("403");
                }
            } else {
                describe(operation, "403", QUARKUS_403, "Rôle insuffisant (" + String.join(", ", roles.subList(0, roles.size() - 1))
                        + (roles.size() > 1 ? " ou " : "") + roles.get(roles.size() - 1) + " requis)");
            }
        }
        if (parameter(operation, "path", "id") != null) {
            addIfAbsent(operation, "404", "Aucune ressource n'a cet identifiant");
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

    /**
     * The roles of a bearer-token operation (empty for any signed-in account), or null without one.
     * Quarkus adds the requirement from {@code @RolesAllowed}/{@code @Authenticated}, with the roles as
     * the requirement's list, which OpenAPI 3.1 allows for schemes other than OAuth.
     */
    private static List<String> bearerRoles(Operation operation) {
        if (operation.getSecurity() == null) {
            return null;
        }
        for (SecurityRequirement requirement : operation.getSecurity()) {
            if (requirement.hasScheme(BEARER)) {
                List<String> roles = requirement.getScheme(BEARER);
                return roles == null ? List.of() : roles;
            }
        }
        return null;
    }

    /** Adds the response, or replaces the English description Quarkus or SmallRye gave it. */
    private static void describe(Operation operation, String code, String generated, String description) {
        APIResponse response = operation.getResponses().getAPIResponse(code);
        if (response == null) {
            addIfAbsent(operation, code, description);
        } else if (generated.equals(response.getDescription())) {
            // Quarkus shares one response object between operations: replace it, never change it
            operation.getResponses().addAPIResponse(code, OASFactory.createAPIResponse().description(description));
        }
    }

    /**
     * A body that names its class ({@code @RequestBody(schema = @Schema(implementation = …))} on a
     * multipart {@code @BeanParam}) refers to that schema alone: SmallRye also writes the bean's fields
     * inline beside the {@code $ref}, a second copy that drifted from the first (its examples came out
     * as numbers).
     */
    private static void referenceAlone(Operation operation) {
        if (operation.getRequestBody().getContent() == null || operation.getRequestBody().getContent().getMediaTypes() == null) {
            return;
        }
        operation.getRequestBody().getContent().getMediaTypes().values().stream()
                .filter(media -> media.getSchema() != null && media.getSchema().getRef() != null && media.getSchema().getProperties() != null)
                .forEach(media -> media.setSchema(OASFactory.createSchema().ref(media.getSchema().getRef())));
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
