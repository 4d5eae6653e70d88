package fr.kiosque.page;

import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
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

import org.eclipse.microprofile.jwt.JsonWebToken;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

import fr.kiosque.common.http.Preconditions;
import fr.kiosque.common.http.StaffResponses;
import fr.kiosque.common.paging.Page;
import fr.kiosque.common.paging.PageParams;
import fr.kiosque.common.paging.PageRequest;
import fr.kiosque.common.security.Roles;
import fr.kiosque.page.api.PageViews;

/** Standing pages ("Mentions légales", "Contact"…), for editors: drafts, publication, revisions. */
@Path(PageAdminResource.PATH)
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Administration : pages")
@RolesAllowed({ Roles.EDITOR, Roles.ADMIN })
class PageAdminResource {

    static final String PATH = "/api/v1/admin/pages";
    private static final String EXAMPLE = """
            {"title": "Mentions légales", "standfirst": "Éditeur, directeur de la publication et hébergeur du site.",
             "body": "<h2>Éditeur</h2><p>Kiosque SAS, 12 rue des Journaux, 75002 Paris.</p>", "status": "PUBLISHED"}""";

    @Inject EditPages pages;
    @Inject JsonWebToken token;

    @GET
    @Operation(operationId = "listStandingPagesAdmin", summary = "Lister les pages (brouillons compris)")
    @APIResponse(responseCode = "200", description = "Une page de pages, par titre")
    public RestResponse<Page<PageViews.AdminPage>> list(@BeanParam PageParams paging) {
        return paging.ok(pages.list(paging.request()));
    }

    @GET
    @Path("/{id}")
    @Operation(operationId = "getStandingPageAdmin", summary = "Lire une page", description = "L'ETag de la réponse sert d'If-Match aux modifications.")
    @APIResponse(responseCode = "200", description = "La page, quel que soit son statut")
    public RestResponse<PageViews.AdminPage> get(@Parameter(example = "3") @PathParam("id") long id) {
        PageViews.AdminPage page = pages.get(id);
        return StaffResponses.ok(page.version(), page);
    }

    @POST
    @Operation(operationId = "createStandingPage", summary = "Créer une page", description = "Brouillon par défaut ; le slug est tiré du titre s'il n'est pas donné.")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON, examples = @ExampleObject(name = "Mentions légales", value = EXAMPLE)))
    @APIResponse(responseCode = "201", description = "Créée ; Location et ETag renseignés",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = PageViews.AdminPage.class)))
    @APIResponse(responseCode = "409", description = "Slug déjà pris par une autre page")
    public RestResponse<PageViews.AdminPage> create(@Valid @NotNull fr.kiosque.page.api.PageRequest request) {
        PageViews.AdminPage page = pages.create(request, token.getName());
        return StaffResponses.created(PATH, page.id(), page.version(), page);
    }

    @PUT
    @Path("/{id}")
    @Operation(operationId = "replaceStandingPage", summary = "Remplacer une page", description = "Demande If-Match ; une version est gardée.")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON, examples = @ExampleObject(name = "Mentions légales", value = EXAMPLE)))
    @APIResponse(responseCode = "200", description = "La page modifiée, avec son nouvel ETag")
    @APIResponse(responseCode = "409", description = "Slug déjà pris par une autre page")
    public RestResponse<PageViews.AdminPage> replace(@Parameter(example = "3") @PathParam("id") long id,
            @Parameter(description = Preconditions.IF_MATCH_DESCRIPTION, required = true, example = "\"v2\"") @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Valid @NotNull fr.kiosque.page.api.PageRequest request) {
        PageViews.AdminPage page = pages.replace(id, ifMatch, request, token.getName());
        return StaffResponses.ok(page.version(), page);
    }

    @DELETE
    @Path("/{id}")
    @Operation(operationId = "deleteStandingPage", summary = "Supprimer une page", description = "Ses versions disparaissent avec elle. Demande If-Match.")
    public void delete(@Parameter(example = "3") @PathParam("id") long id,
            @Parameter(description = Preconditions.IF_MATCH_DESCRIPTION, required = true, example = "\"v2\"") @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        pages.delete(id, ifMatch);
    }

    @GET
    @Path("/{id}/revisions")
    @Operation(operationId = "listStandingPageRevisions", summary = "Versions d'une page", description = "Les plus récentes d'abord (100 au plus).")
    @APIResponse(responseCode = "200", description = "Les versions",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.ARRAY,
                    maxItems = EditPages.MAX_REVISIONS, implementation = PageViews.Revision.class)))
    public List<PageViews.Revision> revisions(@Parameter(example = "3") @PathParam("id") long id) {
        return pages.revisions(id);
    }
}
