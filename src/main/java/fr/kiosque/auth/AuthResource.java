package fr.kiosque.auth;

import jakarta.annotation.security.PermitAll;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import fr.kiosque.auth.api.AuthDtos.TokenRequest;
import fr.kiosque.auth.api.AuthDtos.TokenResponse;
import fr.kiosque.common.http.ClientAddress;
import io.vertx.core.http.HttpServerRequest;

/** Staff log in here and get a bearer token for the staff API. */
@Path("/api/v1/auth")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Authentification")
@PermitAll
class AuthResource {

    private final UserService service;

    AuthResource(UserService service) {
        this.service = service;
    }

    @POST
    @Path("/token")
    @Operation(summary = "Obtenir un jeton d'accès",
            description = "Échange e-mail et mot de passe contre un JWT à envoyer en Authorization: Bearer.")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON, examples = @ExampleObject(name = "Rédaction",
            value = "{ \"email\": \"redaction@example.org\", \"password\": \"un-mot-de-passe-solide\" }")))
    @APIResponse(responseCode = "200", description = "Le jeton")
    @APIResponse(responseCode = "400", description = "E-mail ou mot de passe absent, ou mot de passe de plus de 72 octets")
    @APIResponse(responseCode = "401", description = "Identifiants incorrects (même réponse que le compte existe ou non)")
    @APIResponse(responseCode = "415", description = "Content-Type autre que application/json")
    @APIResponse(responseCode = "429", description = "Trop de tentatives récentes depuis cette adresse, pour ce compte"
            + " ou en tout ; attendre Retry-After secondes")
    public TokenResponse token(@Valid @NotNull TokenRequest request, @Context HttpServerRequest http) {
        return service.issueToken(request.email(), request.password(), ClientAddress.of(http));
    }
}
