package fr.kiosque.ghost;

import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;

import io.quarkus.smallrye.openapi.OpenApiFilter;

/**
 * The errors every Content API operation can answer, in Ghost's shape, documented once here
 * rather than on each operation (as {@code ProblemResponsesFilter} does for the house's problems):
 * 401 (key missing, unknown or revoked), 429 (the key's limit) and 503 (the Ghost bulkhead full),
 * the last two with {@code Retry-After}. They replace the house's problem-shaped 401, which a
 * security requirement would otherwise bring.
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
                    put(operation, "401", "Clé absente, inconnue ou révoquée (forme d'erreur de Ghost)");
                    put(operation, "429", "Limite de requêtes de la clé atteinte ; Retry-After renseigné (forme d'erreur de Ghost)");
                    put(operation, "503", "Trop de réponses de l'API de contenu en cours de calcul ; Retry-After renseigné"
                            + " (forme d'erreur de Ghost)");
                });
            }
        });
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
