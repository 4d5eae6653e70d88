package fr.kiosque.auth;

import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
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

import com.fasterxml.jackson.databind.JsonNode;

import fr.kiosque.auth.AuthResource.CurrentStaff;
import fr.kiosque.auth.api.AuthDtos.MeResponse;
import fr.kiosque.auth.api.AuthDtos.MeUpdate;
import fr.kiosque.auth.api.AuthDtos.PasswordChangeRequest;
import fr.kiosque.auth.api.AuthDtos.SessionResponse;
import fr.kiosque.common.error.ProblemException;
import fr.kiosque.common.http.JsonMergePatch;
import fr.kiosque.common.paging.Page;
import fr.kiosque.common.paging.PageParams;
import fr.kiosque.common.security.Roles;

/** The connected staff member's own account and sessions. */
@Path("/api/v1/me")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Mon compte")
@RolesAllowed({ Roles.ADMIN, Roles.EDITOR, Roles.MODERATOR, Roles.RECRUITER })
class MeResource {

    @Inject MyAccount account;
    @Inject StaffSessions sessions;
    @Inject JsonWebToken jwt;

    @GET
    @Operation(operationId = "getMe", summary = "Lire mon compte")
    @APIResponse(responseCode = "200", description = "Le compte connecté")
    public MeResponse get() {
        return account.get(me().accountId());
    }

    @PATCH
    @Consumes({ JsonMergePatch.MEDIA_TYPE, MediaType.APPLICATION_JSON })
    @Operation(operationId = "updateMe", summary = "Changer mon nom affiché", description = "JSON Merge Patch (RFC 7396).")
    @RequestBody(content = @Content(mediaType = JsonMergePatch.MEDIA_TYPE, schema = @Schema(implementation = MeUpdate.class),
            examples = @ExampleObject(name = "Nom", value = "{ \"displayName\": \"Camille Martin\" }")))
    @APIResponse(responseCode = "200", description = "Le compte modifié")
    @APIResponse(responseCode = "400", description = "Champ invalide ou inconnu")
    @APIResponse(responseCode = "415", description = "Content-Type autre que application/merge-patch+json ou application/json")
    public MeResponse patch(JsonNode patch) {
        return account.patch(me().accountId(), patch);
    }

    @POST
    @Path("/password")
    @Operation(operationId = "changeMyPassword", summary = "Changer mon mot de passe",
            description = "Demande le mot de passe actuel. Clôt toutes les autres sessions du compte ; celle de la requête continue.")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON, examples = @ExampleObject(name = "Changement",
            value = "{ \"currentPassword\": \"mot-de-passe-actuel\", \"newPassword\": \"un-nouveau-mot-de-passe-solide\" }")))
    @APIResponse(responseCode = "204", description = "Mot de passe changé")
    @APIResponse(responseCode = "400", description = "Champ absent, nouveau mot de passe trop court ou de plus de 72 octets")
    @APIResponse(responseCode = "422", description = "Mot de passe actuel incorrect (ou changé entre-temps par une autre requête)")
    @APIResponse(responseCode = "429", description = "Trop d'essais du mot de passe actuel ; attendre Retry-After secondes")
    public void changePassword(@Valid @NotNull PasswordChangeRequest request) {
        CurrentStaff me = me();
        account.changePassword(me.accountId(), me.sessionId(), request.currentPassword(), request.newPassword());
    }

    @GET
    @Path("/sessions")
    @Operation(operationId = "listMySessions", summary = "Lister mes sessions ouvertes", description = "Les plus récemment utilisées d'abord.")
    @APIResponse(responseCode = "200", description = "Une page de sessions")
    public RestResponse<Page<SessionResponse>> sessions(@BeanParam PageParams paging) {
        CurrentStaff me = me();
        return paging.ok(sessions.list(me.accountId(), me.sessionId(), paging.request()));
    }

    @DELETE
    @Path("/sessions/{id}")
    @Operation(operationId = "endMySession", summary = "Clore une de mes sessions",
            description = "Son jeton de rafraîchissement et ses jetons d'accès cessent de fonctionner aussitôt.")
    @APIResponse(responseCode = "204", description = "Session close")
    @APIResponse(responseCode = "404", description = "Aucune session ouverte de ce compte n'a cet identifiant")
    public void endSession(@Parameter(example = "0b9c6a52-4a7e-4c1f-9a57-2f3c1d0e8b11") @PathParam("id") String id) {
        SessionIds.end(sessions, me().accountId(), id, StaffSessions.ENDED_BY_OWNER);
    }

    private CurrentStaff me() {
        return CurrentStaff.of(jwt);
    }

    /** Session ids in paths: a UUID, or no session at all (404). */
    static final class SessionIds {
        private SessionIds() {
        }

        static UUID parse(String id) {
            try {
                return UUID.fromString(id);
            } catch (IllegalArgumentException e) {
                throw notFound(id);
            }
        }

        /** Ends the account's open session named in a path; 404 when there is none. */
        static void end(StaffSessions sessions, long accountId, String id, String reason) {
            if (!sessions.end(accountId, parse(id), reason)) {
                throw notFound(id);
            }
        }

        static ProblemException notFound(String id) {
            return ProblemException.notFound("Aucune session ouverte n'a l'identifiant " + id + ".");
        }
    }
}
