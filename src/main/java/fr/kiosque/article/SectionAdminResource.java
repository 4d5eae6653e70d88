package fr.kiosque.article;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

import fr.kiosque.article.api.Examples;
import fr.kiosque.article.api.TaxonomyRequests.SectionRequest;
import fr.kiosque.article.api.TaxonomyResponses.SectionAdminResponse;
import fr.kiosque.common.http.Preconditions;
import fr.kiosque.common.paging.Page;
import fr.kiosque.common.paging.PageParams;
import fr.kiosque.common.security.Roles;

/** Sections for the newsroom. */
@Path(SectionAdminResource.PATH)
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Administration : rubriques")
@RolesAllowed({ Roles.EDITOR, Roles.ADMIN })
class SectionAdminResource extends TermAdminResource<SectionRequest, SectionAdminResponse> {

    static final String PATH = "/api/v1/admin/sections";

    SectionAdminResource(TaxonomyService service) {
        super(service, service.sections(), PATH, SectionAdminResponse::id, SectionAdminResponse::version);
    }

    @GET
    @Operation(operationId = "listAdminSections", summary = "Lister les rubriques")
    @APIResponse(responseCode = "200", description = "Une page")
    public RestResponse<Page<SectionAdminResponse>> list(@BeanParam PageParams paging) {
        return pageOf(paging);
    }

    @GET
    @Path("/{id}")
    @Operation(operationId = "getAdminSection", summary = "Lire une rubrique")
    @APIResponse(responseCode = "200", description = "Trouvé ; l'ETag sert d'If-Match")
    public RestResponse<SectionAdminResponse> get(@Parameter(example = "3") @PathParam("id") long id) {
        return one(id);
    }

    @POST
    @Operation(operationId = "createSection", summary = "Créer une rubrique",
            description = "Le slug est tiré du nom s'il n'est pas donné, et numéroté (-2, -3…) si une autre rubrique l'a déjà.")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON,
            examples = @ExampleObject(name = "Le Magazine", value = Examples.SECTION_REQUEST)))
    @APIResponse(responseCode = "201", description = "Créé ; Location et ETag renseignés",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = SectionAdminResponse.class)))
    @APIResponse(responseCode = "409", description = "Le slug demandé est déjà pris")
    public RestResponse<SectionAdminResponse> create(@Valid @NotNull SectionRequest request) {
        return created(request);
    }

    @PUT
    @Path("/{id}")
    @Operation(operationId = "replaceSection", summary = "Remplacer une rubrique", description = "Demande If-Match avec l'ETag lu auparavant.")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON,
            examples = @ExampleObject(name = "Le Magazine", value = Examples.SECTION_REQUEST)))
    @APIResponse(responseCode = "200", description = "Modifié, avec son nouvel ETag")
    @APIResponse(responseCode = "409", description = "Slug déjà pris")
    public RestResponse<SectionAdminResponse> replace(@Parameter(example = "3") @PathParam("id") long id,
            @Parameter(description = Preconditions.IF_MATCH_DESCRIPTION, required = true, example = "\"v3\"") @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Valid @NotNull SectionRequest request) {
        return replaced(id, ifMatch, request);
    }

    @DELETE
    @Path("/{id}")
    @Operation(operationId = "deleteSection", summary = "Supprimer une rubrique", description = "Refusé (409, en nommant des articles) tant que des articles sont dans la rubrique. Demande If-Match.")
    @APIResponse(responseCode = "409", description = "Des articles sont encore dans la rubrique")
    public void delete(@Parameter(example = "3") @PathParam("id") long id,
            @Parameter(description = Preconditions.IF_MATCH_DESCRIPTION, required = true, example = "\"v3\"") @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        deleted(id, ifMatch);
    }
}
