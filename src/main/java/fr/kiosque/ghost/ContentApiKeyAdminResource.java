package fr.kiosque.ghost;

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
import fr.kiosque.common.security.Roles;
import fr.kiosque.ghost.api.ContentApiKeyRequest;
import fr.kiosque.ghost.api.ContentApiKeyView;

/** Content API keys of partner sites and frontends, for admins (docs/ghost.md). */
@Path(ContentApiKeyAdminResource.PATH)
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Administration : clés d'API de contenu")
@RolesAllowed(Roles.ADMIN)
class ContentApiKeyAdminResource {

    static final String PATH = "/api/v1/admin/content-api-keys";
    private static final String REQUEST = """
            {"name": "Le Journal des Partenaires", "rights": "EXCERPT", "requestsPerMinute": 120,
             "allowedOrigins": ["https://www.partenaire.fr"]}""";

    @Inject ContentApiKeys keys;

    @GET
    @Operation(operationId = "listContentApiKeys", summary = "Lister les clés d'API de contenu", description = "Sans les clés elles-mêmes : seule leur fin apparaît.")
    @APIResponse(responseCode = "200", description = "Une page de clés")
    public RestResponse<Page<ContentApiKeyView>> list(@BeanParam PageParams paging) {
        return paging.ok(keys.list(paging.request()));
    }

    @GET
    @Path("/{id}")
    @Operation(operationId = "getContentApiKey", summary = "Lire une clé d'API de contenu", description = "L'ETag de la réponse sert d'If-Match aux modifications.")
    @APIResponse(responseCode = "200", description = "La clé (sans la clé elle-même)")
    public RestResponse<ContentApiKeyView> get(@Parameter(example = "4") @PathParam("id") long id) {
        ContentApiKeyView key = keys.get(id);
        return StaffResponses.ok(key.version(), key);
    }

    @POST
    @Operation(operationId = "createContentApiKey", summary = "Créer une clé d'API de contenu",
            description = "La clé (26 caractères hexadécimaux, le format du client officiel de Ghost) n'est montrée que dans cette réponse ;"
                    + " Kiosque n'en garde qu'une empreinte (HMAC-SHA256).")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON, examples = @ExampleObject(name = "Partenaire en extraits", value = REQUEST)))
    @APIResponse(responseCode = "201", description = "Créée ; Location et ETag renseignés",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ContentApiKeyView.Created.class)))
    public RestResponse<ContentApiKeyView.Created> create(@Valid @NotNull ContentApiKeyRequest request) {
        ContentApiKeyView.Created created = keys.create(request);
        return StaffResponses.created(PATH, created.apiKey().id(), created.apiKey().version(), created);
    }

    @PUT
    @Path("/{id}")
    @Operation(operationId = "replaceContentApiKey", summary = "Modifier une clé d'API de contenu",
            description = "Nom, droits, limite et origines ; la clé reste la même. Demande If-Match.")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON, examples = @ExampleObject(name = "Partenaire en extraits", value = REQUEST)))
    @APIResponse(responseCode = "200", description = "La clé modifiée, avec son nouvel ETag")
    public RestResponse<ContentApiKeyView> replace(@Parameter(example = "4") @PathParam("id") long id,
            @Parameter(description = Preconditions.IF_MATCH_DESCRIPTION, required = true, example = "\"v0\"") @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Valid @NotNull ContentApiKeyRequest request) {
        ContentApiKeyView key = keys.replace(id, ifMatch, request);
        return StaffResponses.ok(key.version(), key);
    }

    @DELETE
    @Path("/{id}")
    @Operation(operationId = "deleteContentApiKey", summary = "Révoquer une clé d'API de contenu",
            description = "Refusée aussitôt, sur toutes les instances. Demande If-Match.")
    @APIResponse(responseCode = "204", description = "Révoquée")
    public void delete(@Parameter(example = "4") @PathParam("id") long id,
            @Parameter(description = Preconditions.IF_MATCH_DESCRIPTION, required = true, example = "\"v0\"") @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        keys.delete(id, ifMatch);
    }

    @GET
    @Path("/{id}/usage")
    @Operation(operationId = "getContentApiKeyUsage", summary = "Usage quotidien d'une clé d'API de contenu",
            description = "Requêtes présentées avec la clé, par jour (UTC), les plus récents d'abord ; 90 jours au plus.")
    @APIResponse(responseCode = "200", description = "Les requêtes par jour")
    public ContentApiKeyView.UsageReport usage(@Parameter(example = "4") @PathParam("id") long id) {
        return keys.usage(id);
    }
}
