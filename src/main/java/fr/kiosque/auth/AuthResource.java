package fr.kiosque.auth;

import java.time.Clock;
import java.util.UUID;

import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.CookieParam;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
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

import fr.kiosque.auth.api.AuthDtos.PasswordResetAccepted;
import fr.kiosque.auth.api.AuthDtos.PasswordResetConfirmation;
import fr.kiosque.auth.api.AuthDtos.PasswordResetRequest;
import fr.kiosque.auth.api.AuthDtos.RefreshRequest;
import fr.kiosque.auth.api.AuthDtos.TokenDelivery;
import fr.kiosque.auth.api.AuthDtos.TokenRequest;
import fr.kiosque.auth.api.AuthDtos.TokenResponse;
import fr.kiosque.common.http.ClientAddress;
import io.vertx.core.http.HttpServerRequest;

/** Staff log in here, refresh their access tokens, log out, and reset a forgotten password. */
@Path("/api/v1/auth")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Authentification")
@PermitAll
class AuthResource {

    static final String RESET_ACCEPTED = "Si un compte actif correspond à cette adresse, un e-mail vient de lui être envoyé.";

    @Inject Logins logins;
    @Inject StaffSessions sessions;
    @Inject AccessTokens tokens;
    @Inject PasswordResets resets;
    @Inject Clock clock;

    @POST
    @Path("/token")
    @Operation(operationId = "login", summary = "Se connecter",
            description = "Échange e-mail et mot de passe contre un jeton d'accès (JWT, 15 minutes, à envoyer en Authorization:"
                    + " Bearer) et ouvre une session : jeton de rafraîchissement (POST /api/v1/auth/refresh) et jeton d'appareil,"
                    + " dans la réponse ou, avec delivery COOKIE, en cookies HttpOnly; Secure; SameSite=Strict limités à /api/v1/auth.")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON, examples = @ExampleObject(name = "Rédaction",
            value = "{ \"email\": \"redaction@example.org\", \"password\": \"un-mot-de-passe-solide\" }")))
    @APIResponse(responseCode = "200", description = "Le jeton d'accès et la session")
    @APIResponse(responseCode = "400", description = "E-mail ou mot de passe absent, ou mot de passe de plus de 72 octets")
    @APIResponse(responseCode = "401", description = "Identifiants incorrects (même réponse que le compte existe ou non)")
    @APIResponse(responseCode = "429", description = "Trop d'échecs récents depuis cette adresse, pour ce compte depuis cette"
            + " adresse, pour ce compte (appareil inconnu) ou depuis cet appareil ; attendre Retry-After secondes")
    public RestResponse<TokenResponse> token(@Valid @NotNull TokenRequest request, @Context HttpServerRequest http,
            @Parameter(hidden = true) @CookieParam(AuthCookies.DEVICE) String deviceCookie,
            @Parameter(hidden = true) @HeaderParam(HttpHeaders.USER_AGENT) String userAgent) {
        String device = request.deviceToken() != null ? request.deviceToken() : deviceCookie;
        Logins.LoggedIn in = logins.login(request.email(), request.password(), ClientAddress.of(http), userAgent, device);
        return answer(in.session(), in.deviceToken(), request.delivery() == TokenDelivery.COOKIE);
    }

    @POST
    @Path("/refresh")
    @Operation(operationId = "refreshToken", summary = "Rafraîchir le jeton d'accès",
            description = "Dépense le jeton de rafraîchissement (du corps, sinon du cookie kiosque_refresh) et en remet un nouveau"
                    + " avec un nouveau jeton d'accès, là où l'ancien avait été lu (corps ou cookie). Un jeton déjà dépensé présenté"
                    + " dans les 10 secondes (deux onglets à la fois) : 409, rien n'est révoqué ; plus tard : toute la session"
                    + " est close (détection de réutilisation, RFC 9700 §4.14.2).")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON, examples = @ExampleObject(name = "Jeton",
            value = "{ \"refreshToken\": \"c2Vzc2lvbi1yYWZyYWljaGlzc2VtZW50LWV4ZW1wbGU\" }")))
    @APIResponse(responseCode = "200", description = "Un nouveau jeton d'accès et un nouveau jeton de rafraîchissement")
    @APIResponse(responseCode = "401", description = "Jeton de rafraîchissement absent, inconnu, expiré ou révoqué")
    @APIResponse(responseCode = "409", description = "Jeton déjà dépensé à l'instant par une autre requête ; rien n'est révoqué")
    public RestResponse<TokenResponse> refresh(@Valid RefreshRequest request,
            @Parameter(hidden = true) @CookieParam(AuthCookies.REFRESH) String refreshCookie) {
        String token = presented(request, refreshCookie);
        return answer(sessions.refresh(token), null, request == null || request.refreshToken() == null);
    }

    /**
     * A new access token, with the session's refresh token and the device token (when there is
     * one) in the body, or in cookies for browser frontends.
     */
    private RestResponse<TokenResponse> answer(StaffSessions.Issued session, String deviceToken, boolean inCookies) {
        String access = tokens.sign(session.account(), session.sessionId());
        if (!inCookies) {
            return RestResponse.ok(new TokenResponse(access, "Bearer", tokens.lifetime(), session.refreshToken(), deviceToken,
                    session.sessionId()));
        }
        var response = RestResponse.ResponseBuilder.ok(new TokenResponse(access, "Bearer", tokens.lifetime(), null, null,
                session.sessionId()))
                .header(HttpHeaders.SET_COOKIE, AuthCookies.refresh(session.refreshToken(), session.expiresAt(), clock));
        if (deviceToken != null) {
            response.header(HttpHeaders.SET_COOKIE, AuthCookies.device(deviceToken));
        }
        return response.build();
    }

    @POST
    @Path("/logout")
    @Operation(operationId = "logout", summary = "Se déconnecter",
            description = "Clôt la session du jeton de rafraîchissement (du corps, sinon du cookie kiosque_refresh) : ce jeton et"
                    + " les jetons d'accès de la session cessent de fonctionner aussitôt, sur chaque instance. Efface le cookie"
                    + " kiosque_refresh. Une session déjà close : 204 aussi.")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON, examples = @ExampleObject(name = "Jeton",
            value = "{ \"refreshToken\": \"c2Vzc2lvbi1yYWZyYWljaGlzc2VtZW50LWV4ZW1wbGU\" }")))
    @APIResponse(responseCode = "204", description = "Session close")
    @APIResponse(responseCode = "401", description = "Jeton de rafraîchissement absent ou inconnu")
    public RestResponse<Void> logout(@Valid RefreshRequest request,
            @Parameter(hidden = true) @CookieParam(AuthCookies.REFRESH) String refreshCookie) {
        sessions.logout(presented(request, refreshCookie));
        return RestResponse.ResponseBuilder.<Void> noContent().header(HttpHeaders.SET_COOKIE, AuthCookies.clearRefresh()).build();
    }

    /** The refresh token of the body, else of the cookie; 401 without either. */
    private static String presented(RefreshRequest request, String cookie) {
        String fromBody = request == null ? null : request.refreshToken();
        String token = fromBody != null ? fromBody : cookie;
        if (token == null || token.isEmpty()) {
            throw StaffSessions.invalid();
        }
        return token;
    }

    @POST
    @Path("/password-reset")
    @Operation(operationId = "requestPasswordReset", summary = "Demander un e-mail de réinitialisation du mot de passe",
            description = "Répond toujours 202, avec le même corps et dans le même temps, que l'adresse ait un compte ou non. Un"
                    + " compte actif reçoit un e-mail (texte et HTML) avec un lien valable 30 minutes, une seule fois ; le jeton"
                    + " est dans le fragment de l'adresse (#token=…), qui n'atteint jamais un serveur.")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON, examples = @ExampleObject(name = "Oubli",
            value = "{ \"email\": \"redaction@example.org\" }")))
    @APIResponse(responseCode = "202", description = "Demande prise en compte",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = PasswordResetAccepted.class)))
    @APIResponse(responseCode = "400", description = "E-mail absent")
    @APIResponse(responseCode = "429", description = "Trop de demandes depuis cette adresse ou pour cet e-mail ; attendre Retry-After secondes")
    public RestResponse<PasswordResetAccepted> requestPasswordReset(@Valid @NotNull PasswordResetRequest request,
            @Context HttpServerRequest http) {
        resets.request(request.email(), ClientAddress.of(http));
        return RestResponse.accepted(new PasswordResetAccepted(RESET_ACCEPTED));
    }

    @POST
    @Path("/password-reset/confirm")
    @Operation(operationId = "confirmPasswordReset", summary = "Choisir un nouveau mot de passe avec le jeton reçu par e-mail",
            description = "Dépense le jeton, change le mot de passe et clôt toutes les sessions du compte.")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON, examples = @ExampleObject(name = "Nouveau mot de passe",
            value = "{ \"token\": \"Zm9yZ290dGVuLXBhc3N3b3JkLXRva2VuLWV4ZW1wbGUx\", \"password\": \"un-nouveau-mot-de-passe-solide\" }")))
    @APIResponse(responseCode = "204", description = "Mot de passe changé ; se connecter à nouveau")
    @APIResponse(responseCode = "400", description = "Jeton absent, mot de passe trop court ou de plus de 72 octets")
    @APIResponse(responseCode = "422", description = "Jeton inconnu, expiré ou déjà utilisé")
    public void confirmPasswordReset(@Valid @NotNull PasswordResetConfirmation request) {
        resets.confirm(request.token(), request.password());
    }

    /** The account and session of a staff access token. */
    record CurrentStaff(long accountId, UUID sessionId) {
        static CurrentStaff of(JsonWebToken jwt) {
            Object sid = jwt.getClaim(AccessTokens.SESSION_CLAIM);
            return new CurrentStaff(Long.parseLong(jwt.getSubject()), UUID.fromString(String.valueOf(sid).replace("\"", "")));
        }
    }

}
