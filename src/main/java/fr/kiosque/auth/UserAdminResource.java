package fr.kiosque.auth;

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

import fr.kiosque.auth.api.AuthDtos.SessionResponse;
import fr.kiosque.auth.api.AuthDtos.UserRequest;
import fr.kiosque.auth.api.AuthDtos.UserResponse;
import fr.kiosque.auth.api.AuthDtos.UserUpdateRequest;
import fr.kiosque.common.http.Preconditions;
import fr.kiosque.common.http.StaffResponses;
import fr.kiosque.common.paging.Page;
import fr.kiosque.common.paging.PageParams;
import fr.kiosque.common.paging.PageRequest;
import fr.kiosque.common.security.Roles;

/** Staff accounts, managed by admins. */
@Path(UserAdminResource.PATH)
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Administration : comptes")
@RolesAllowed(Roles.ADMIN)
class UserAdminResource {

    static final String PATH = "/api/v1/admin/users";

    private static final String USER_EXAMPLE = """
            {
              "email": "redaction@example.org",
              "password": "un-mot-de-passe-solide",
              "displayName": "La rédaction",
              "roles": ["editor"]
            }""";

    private static final String USER_UPDATE_EXAMPLE = """
            {
              "email": "redaction@example.org",
              "displayName": "La rédaction",
              "roles": ["editor", "moderator"],
              "enabled": true
            }""";

    @Inject UserService service;
    @Inject StaffSessions sessions;

    @GET
    @Operation(operationId = "listUsers", summary = "Lister les comptes")
    @APIResponse(responseCode = "200", description = "Une page de comptes")
    public RestResponse<Page<UserResponse>> list(@BeanParam PageParams paging) {
        return paging.ok(service.list(paging.request()));
    }

    @GET
    @Path("/{id}")
    @Operation(operationId = "getUser", summary = "Lire un compte")
    @APIResponse(responseCode = "200", description = "Le compte")
    public RestResponse<UserResponse> get(@Parameter(example = "2") @PathParam("id") long id) {
        UserResponse user = service.get(id);
        return StaffResponses.ok(user.version(), user);
    }

    @POST
    @Operation(operationId = "createUser", summary = "Créer un compte", description = "Le nouveau compte se connecte par POST /api/v1/auth/token.")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON,
            examples = @ExampleObject(name = "Rédaction", value = USER_EXAMPLE)))
    @APIResponse(responseCode = "201", description = "Créé ; Location renseigné",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = UserResponse.class)))
    @APIResponse(responseCode = "400", description = "Champs invalides (e-mail, mot de passe trop court, rôle inconnu)")
    @APIResponse(responseCode = "409", description = "Un compte existe déjà pour cet e-mail")
    public RestResponse<UserResponse> create(@Valid @NotNull UserRequest request) {
        UserResponse created = service.create(request);
        return StaffResponses.created(PATH, created.id(), created.version(), created);
    }

    @PUT
    @Path("/{id}")
    @Operation(operationId = "updateUser", summary = "Modifier un compte",
            description = "Rôles, nom, e-mail, activation ; mot de passe s'il est donné. Demande If-Match avec l'ETag lu auparavant.")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON,
            examples = @ExampleObject(name = "Ajouter la modération", value = USER_UPDATE_EXAMPLE)))
    @APIResponse(responseCode = "200", description = "Le compte modifié")
    @APIResponse(responseCode = "409", description = "E-mail déjà pris, ou dernier administrateur actif")
    public RestResponse<UserResponse> update(@Parameter(example = "2") @PathParam("id") long id,
            @Parameter(description = Preconditions.IF_MATCH_DESCRIPTION, required = true, example = "\"v3\"") @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Valid @NotNull UserUpdateRequest request) {
        UserResponse user = service.update(id, ifMatch, request);
        return StaffResponses.ok(user.version(), user);
    }

    @DELETE
    @Path("/{id}")
    @Operation(operationId = "deleteUser", summary = "Supprimer un compte", description = "Demande If-Match avec l'ETag lu auparavant.")
    @APIResponse(responseCode = "409", description = "Dernier administrateur actif")
    public void delete(@Parameter(example = "2") @PathParam("id") long id,
            @Parameter(description = Preconditions.IF_MATCH_DESCRIPTION, required = true, example = "\"v3\"") @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        service.delete(id, ifMatch);
    }

    @GET
    @Path("/{id}/sessions")
    @Operation(operationId = "listUserSessions", summary = "Lister les sessions ouvertes d'un compte")
    @APIResponse(responseCode = "200", description = "Une page de sessions")
    public RestResponse<Page<SessionResponse>> sessions(@Parameter(example = "2") @PathParam("id") long id,
            @BeanParam PageParams paging) {
        PageRequest request = paging.request();
        service.get(id);
        return paging.ok(sessions.list(id, null, request));
    }

    @DELETE
    @Path("/{id}/sessions/{sessionId}")
    @Operation(operationId = "endUserSession", summary = "Clore une session d'un compte",
            description = "Son jeton de rafraîchissement et ses jetons d'accès cessent de fonctionner aussitôt.")
    @APIResponse(responseCode = "204", description = "Session close")
    @APIResponse(responseCode = "404", description = "Aucune session ouverte de ce compte n'a cet identifiant")
    public void endSession(@Parameter(example = "2") @PathParam("id") long id,
            @Parameter(example = "0b9c6a52-4a7e-4c1f-9a57-2f3c1d0e8b11") @PathParam("sessionId") String sessionId) {
        MeResource.SessionIds.end(sessions, id, sessionId, StaffSessions.ENDED_BY_ADMIN);
    }
}
