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
import fr.kiosque.article.api.TaxonomyRequests.AuthorRequest;
import fr.kiosque.article.api.TaxonomyResponses.AuthorAdminResponse;
import fr.kiosque.common.http.Preconditions;
import fr.kiosque.common.paging.Page;
import fr.kiosque.common.paging.PageParams;
import fr.kiosque.common.security.Roles;

/** Authors for the newsroom. */
@Path(AuthorAdminResource.PATH)
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Administration : auteurs")
@RolesAllowed({ Roles.EDITOR, Roles.ADMIN })
class AuthorAdminResource extends TermAdminResource<AuthorRequest, AuthorAdminResponse> {

    static final String PATH = "/api/v1/admin/authors";

    AuthorAdminResource(TaxonomyService service) {
        super(service, service.authors(), PATH, AuthorAdminResponse::id, AuthorAdminResponse::version);
    }

    @GET
    @Operation(operationId = "listAdminAuthors", summary = "Lister les auteurs")
    @APIResponse(responseCode = "200", description = "Une page")
    public RestResponse<Page<AuthorAdminResponse>> list(@BeanParam PageParams paging) {
        return pageOf(paging);
    }

    @GET
    @Path("/{id}")
    @Operation(operationId = "getAdminAuthor", summary = "Lire un auteur")
    @APIResponse(responseCode = "200", description = "Trouvé ; l'ETag sert d'If-Match")
    public RestResponse<AuthorAdminResponse> get(@Parameter(example = "3") @PathParam("id") long id) {
        return one(id);
    }

    @POST
    @Operation(operationId = "createAuthor", summary = "Créer un auteur",
            description = "Le slug est tiré du nom s'il n'est pas donné, et numéroté (-2, -3…) si un autre auteur l'a déjà (homonymes).")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON,
            examples = @ExampleObject(name = "Anne Rédac", value = Examples.AUTHOR_REQUEST)))
    @APIResponse(responseCode = "201", description = "Créé ; Location et ETag renseignés",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = AuthorAdminResponse.class)))
    @APIResponse(responseCode = "409", description = "Le slug demandé est déjà pris")
    public RestResponse<AuthorAdminResponse> create(@Valid @NotNull AuthorRequest request) {
        return created(request);
    }

    @PUT
    @Path("/{id}")
    @Operation(operationId = "replaceAuthor", summary = "Remplacer un auteur", description = "Demande If-Match avec l'ETag lu auparavant.")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON,
            examples = @ExampleObject(name = "Anne Rédac", value = Examples.AUTHOR_REQUEST)))
    @APIResponse(responseCode = "200", description = "Modifié, avec son nouvel ETag")
    @APIResponse(responseCode = "409", description = "Slug déjà pris")
    public RestResponse<AuthorAdminResponse> replace(@Parameter(example = "3") @PathParam("id") long id,
            @Parameter(description = Preconditions.IF_MATCH_DESCRIPTION, required = true, example = "\"v3\"") @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Valid @NotNull AuthorRequest request) {
        return replaced(id, ifMatch, request);
    }

    @DELETE
    @Path("/{id}")
    @Operation(operationId = "deleteAuthor", summary = "Supprimer un auteur", description = "Refusé (409, en nommant des articles) tant que l'auteur signe des articles. Demande If-Match.")
    @APIResponse(responseCode = "409", description = "L'auteur signe encore des articles")
    public void delete(@Parameter(example = "3") @PathParam("id") long id,
            @Parameter(description = Preconditions.IF_MATCH_DESCRIPTION, required = true, example = "\"v3\"") @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        deleted(id, ifMatch);
    }
}
