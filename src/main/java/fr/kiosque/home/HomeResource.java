package fr.kiosque.home;

import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** {@code GET /}: where to go from here. */
@Path("/")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Accueil")
@PermitAll
class HomeResource {

    @Schema(name = "Index")
    record Index(
            @Schema(examples = "Kiosque") String name,
            @Schema(examples = "API du magazine Kiosque pour les métiers de la communication, du marketing et du digital") String description,
            Links links) {
    }

    @Schema(name = "IndexLinks")
    record Links(
            @Schema(examples = "/api/v1/articles") String articles,
            @Schema(examples = "/api/v1/sections") String sections,
            @Schema(examples = "/api/v1/tags") String tags,
            @Schema(examples = "/api/v1/authors") String authors,
            @Schema(examples = "/api/v1/jobs") String jobs,
            @Schema(examples = "/api/v1/job-profiles") String jobProfiles,
            @Schema(examples = "/api/v1/auth/token") String token,
            @Schema(examples = "/q/openapi") String openapi,
            @Schema(examples = "/q/swagger-ui/") String swaggerUi,
            @Schema(examples = "/docs/api-guide.md") String docs,
            @Schema(examples = "/q/health") String health) {
    }

    private static final Index INDEX = new Index("Kiosque",
            "API du magazine Kiosque pour les métiers de la communication, du marketing et du digital",
            new Links("/api/v1/articles", "/api/v1/sections", "/api/v1/tags", "/api/v1/authors", "/api/v1/jobs",
                    "/api/v1/job-profiles", "/api/v1/auth/token",
                    "/q/openapi", "/q/swagger-ui/", "/docs/api-guide.md", "/q/health"));

    @GET
    @Operation(operationId = "getApiIndex", summary = "Index de l'API", description = "Liens vers l'API, sa documentation, le document OpenAPI et Swagger UI.")
    @APIResponse(responseCode = "200", description = "L'index")
    public Index index() {
        return INDEX;
    }
}
