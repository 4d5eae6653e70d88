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
import fr.kiosque.article.api.TaxonomyRequests.TagRequest;
import fr.kiosque.article.api.TaxonomyResponses.TagAdminResponse;
import fr.kiosque.common.http.Preconditions;
import fr.kiosque.common.paging.Page;
import fr.kiosque.common.paging.PageParams;
import fr.kiosque.common.security.Roles;

/** Tags for the newsroom. */
@Path(TagAdminResource.PATH)
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Administration : mots-clés")
@RolesAllowed({ Roles.EDITOR, Roles.ADMIN })
class TagAdminResource extends TermAdminResource<TagRequest, TagAdminResponse> {

    static final String PATH = "/api/v1/admin/tags";

    TagAdminResource(TaxonomyService service) {
        super(service, service.tags(), PATH, TagAdminResponse::id, TagAdminResponse::version);
    }

    @GET
    @Operation(operationId = "listAdminTags", summary = "Lister les mots-clés")
    @APIResponse(responseCode = "200", description = "Une page")
    public RestResponse<Page<TagAdminResponse>> list(@BeanParam PageParams paging) {
        return pageOf(paging);
    }

    @GET
    @Path("/{id}")
    @Operation(operationId = "getAdminTag", summary = "Lire un mot-clé")
    @APIResponse(responseCode = "200", description = "Trouvé ; l'ETag sert d'If-Match")
    public RestResponse<TagAdminResponse> get(@Parameter(example = "3") @PathParam("id") long id) {
        return one(id);
    }

    @POST
    @Operation(operationId = "createTag", summary = "Créer un mot-clé",
            description = "Le slug est tiré du nom s'il n'est pas donné. Un mot-clé est son nom : un second du même nom est refusé (409).")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON,
            examples = @ExampleObject(name = "Réseaux sociaux", value = Examples.TAG_REQUEST)))
    @APIResponse(responseCode = "201", description = "Créé ; Location et ETag renseignés",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = TagAdminResponse.class)))
    @APIResponse(responseCode = "409", description = "Slug déjà pris : un mot-clé de ce nom ou de ce slug existe")
    public RestResponse<TagAdminResponse> create(@Valid @NotNull TagRequest request) {
        return created(request);
    }

    @PUT
    @Path("/{id}")
    @Operation(operationId = "replaceTag", summary = "Remplacer un mot-clé", description = "Demande If-Match avec l'ETag lu auparavant.")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON,
            examples = @ExampleObject(name = "Réseaux sociaux", value = Examples.TAG_REQUEST)))
    @APIResponse(responseCode = "200", description = "Modifié, avec son nouvel ETag")
    @APIResponse(responseCode = "409", description = "Slug déjà pris")
    public RestResponse<TagAdminResponse> replace(@Parameter(example = "3") @PathParam("id") long id,
            @Parameter(description = Preconditions.IF_MATCH_DESCRIPTION, required = true, example = "\"v3\"") @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Valid @NotNull TagRequest request) {
        return replaced(id, ifMatch, request);
    }

    @DELETE
    @Path("/{id}")
    @Operation(operationId = "deleteTag", summary = "Supprimer un mot-clé", description = "Le mot-clé est retiré des articles qui le portaient. Demande If-Match.")
    public void delete(@Parameter(example = "3") @PathParam("id") long id,
            @Parameter(description = Preconditions.IF_MATCH_DESCRIPTION, required = true, example = "\"v3\"") @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        deleted(id, ifMatch);
    }
}
