package fr.kiosque.ghost;

import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;

import io.quarkus.smallrye.openapi.OpenApiFilter;

/**
 * The errors of the Content API, in Ghost's shape, documented once here rather than on each
 * operation (as {@code ProblemResponsesFilter} does for the house's problems): on every operation
 * 401 (key missing, unknown or revoked), 429 (the key's limit) and 503 (the Ghost bulkhead full),
 * the last two with {@code Retry-After}; 400 on a list (an operation with {@code filter}); 404 on a
 * read by id or slug (a path parameter). They replace the house's problem-shaped 401 and 400, which
 * the key's security requirement and the {@code page} parameter would otherwise bring. Their schema,
 * {@code GhostErrors}, is GhostDocs.Errors's (in the contract as every {@code @Schema} record of api/ is).
 */
@OpenApiFilter(OpenApiFilter.RunStage.BUILD)
public class GhostResponsesFilter implements OASFilter {

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        if (openAPI.getPaths() == null || openAPI.getPaths().getPathItems() == null) {
            return;
        }
        openAPI.getPaths().getPathItems().forEach((path, item) -> {
            if (path.startsWith("/ghost/api/")) {
                item.getOperations().forEach((PathItem.HttpMethod method, Operation operation) -> {
                    if (has(operation, "query", "filter")) {
                        put(operation, "400", "Filtre, limite, page ou ordre invalide (forme d'erreur de Ghost)");
                    }
                    if (has(operation, "path", null)) {
                        put(operation, "404", "Rien de publié n'a cet id ou ce slug (forme d'erreur de Ghost)");
                    }
                    put(operation, "401", "Clé absente, inconnue ou révoquée (forme d'erreur de Ghost)");
                    put(operation, "429", "Limite de requêtes de la clé atteinte ; Retry-After renseigné (forme d'erreur de Ghost)");
                    put(operation, "503", "Trop de réponses de l'API de contenu en cours de calcul ; Retry-After renseigné"
                            + " (forme d'erreur de Ghost)");
                });
            }
        });
    }

    private static boolean has(Operation operation, String in, String name) {
        return operation.getParameters() != null && operation.getParameters().stream()
                .anyMatch(p -> p.getIn() != null && p.getIn().toString().equalsIgnoreCase(in) && (name == null || name.equals(p.getName())));
    }

    private static void put(Operation operation, String status, String description) {
        if (operation.getResponses() == null) {
            return;
        }
        operation.getResponses().addAPIResponse(status, OASFactory.createAPIResponse().description(description)
                .content(OASFactory.createContent().addMediaType("application/json",
                        OASFactory.createMediaType().schema(OASFactory.createSchema().ref("GhostErrors")))));
    }
}
