package fr.kiosque.auth.api;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import fr.kiosque.common.security.Roles;

/** Request and response records of the auth feature. */
public final class AuthDtos {

    private AuthDtos() {
    }

    /** Where a login or a refresh puts the refresh and device tokens. */
    @Schema(name = "TokenDelivery", description = "BODY : jetons de rafraîchissement et d'appareil dans la réponse (applications"
            + " mobiles, frontends qui les gardent eux-mêmes) ; COOKIE : dans des cookies HttpOnly; Secure; SameSite=Strict"
            + " limités à /api/v1/auth (frontends web)")
    public enum TokenDelivery {
        BODY, COOKIE
    }

    @Schema(name = "TokenRequest")
    public record TokenRequest(
            @NotBlank @Size(max = 320) @Schema(required = true, examples = "redaction@example.org") String email,
            @NotBlank @PasswordLength @Schema(required = true, maxLength = 72, description = "72 octets au plus (UTF-8)",
                    examples = "mot-de-passe-très-long") String password,
            @Size(max = 64) @Schema(nullable = true, maxLength = 64, description = "Jeton d'appareil reçu à une connexion réussie"
                    + " de ce compte (sinon lu du cookie kiosque_device) : une connexion qui le présente n'est limitée que par"
                    + " ses propres échecs", examples = "Jq0cV1m2bXo6Yb3qk0o3bQ2Hq6pC9Yx1T2w3e4r5t6y") String deviceToken,
            @Schema(nullable = true, description = "BODY par défaut") TokenDelivery delivery) {

        @Override
        public String toString() {
            return "TokenRequest[email=" + email + ", delivery=" + delivery + "]"; // never the password nor a token
        }
    }

    @Schema(name = "TokenResponse")
    public record TokenResponse(
            @Schema(description = "JWT signé (RS256), valable expiresIn secondes", examples = "eyJhbGciOiJSUzI1NiIsInR5cCI6IkpXVCJ9…") String accessToken,
            @Schema(examples = "Bearer") String tokenType,
            @Schema(description = "Durée de validité du jeton d'accès en secondes (15 minutes au plus)", examples = "900") long expiresIn,
            @Schema(nullable = true, description = "Jeton de rafraîchissement, à usage unique (POST /api/v1/auth/refresh) ;"
                    + " null quand il est remis en cookie (delivery COOKIE)", examples = "c2Vzc2lvbi1yYWZyYWljaGlzc2VtZW50LWV4ZW1wbGU")
            String refreshToken,
            @Schema(nullable = true, description = "Jeton d'appareil, à présenter aux connexions suivantes ; null quand il est"
                    + " remis en cookie, et en réponse à un rafraîchissement", examples = "Jq0cV1m2bXo6Yb3qk0o3bQ2Hq6pC9Yx1T2w3e4r5t6y")
            String deviceToken,
            @Schema(description = "Identifiant de la session (GET /api/v1/me/sessions)",
                    examples = "0b9c6a52-4a7e-4c1f-9a57-2f3c1d0e8b11") UUID sessionId) {
    }

    @Schema(name = "RefreshRequest", description = "Le jeton de rafraîchissement ; sans lui (null ou corps vide), celui du cookie kiosque_refresh")
    public record RefreshRequest(
            @Size(max = 64) @Schema(nullable = true, maxLength = 64, examples = "c2Vzc2lvbi1yYWZyYWljaGlzc2VtZW50LWV4ZW1wbGU")
            String refreshToken) {

        @Override
        public String toString() {
            return "RefreshRequest[]";
        }
    }

    @Schema(name = "Me", description = "Le compte connecté")
    public record MeResponse(
            @Schema(examples = "2") long id,
            @Schema(examples = "redaction@example.org") String email,
            @Schema(examples = "Camille Martin") String displayName,
            @Schema(maxItems = Roles.COUNT, examples = "[\"editor\"]") List<String> roles) {
    }

    @Schema(name = "MeUpdate", description = "Ce que le compte connecté peut changer de lui-même")
    public record MeUpdate(
            @NotBlank @Size(max = 120) @Schema(required = true, maxLength = 120, examples = "Camille Martin") String displayName) {
    }

    @Schema(name = "PasswordChangeRequest")
    public record PasswordChangeRequest(
            @NotBlank @PasswordLength @Schema(required = true, maxLength = 72, examples = "mot-de-passe-actuel") String currentPassword,
            @NotBlank @Size(min = 12) @PasswordLength @Schema(required = true, maxLength = 72,
                    description = "12 caractères au moins, 72 octets au plus (UTF-8)", examples = "un-nouveau-mot-de-passe-solide")
            String newPassword) {

        @Override
        public String toString() {
            return "PasswordChangeRequest[]";
        }
    }

    @Schema(name = "Session", description = "Une session ouverte par une connexion")
    public record SessionResponse(
            @Schema(examples = "0b9c6a52-4a7e-4c1f-9a57-2f3c1d0e8b11") UUID id,
            @Schema(description = "Appareil, d'après le User-Agent de la connexion", examples = "Firefox sur Linux") String deviceLabel,
            @Schema(description = "Adresse du client à la connexion", examples = "203.0.113.7") String address,
            Instant createdAt,
            @Schema(description = "Dernier rafraîchissement (ou la connexion)") Instant lastUsedAt,
            @Schema(description = "Fin si elle n'est pas rafraîchie d'ici là") Instant idleExpiresAt,
            @Schema(description = "Fin au plus tard, rafraîchie ou non") Instant expiresAt,
            @Schema(description = "true pour la session du jeton qui fait la requête", examples = "true") boolean current) {
    }

    @Schema(name = "PasswordResetRequest")
    public record PasswordResetRequest(
            @NotBlank @Size(max = 320) @Schema(required = true, maxLength = 320, examples = "redaction@example.org") String email) {

        @Override
        public String toString() {
            return "PasswordResetRequest[]";
        }
    }

    @Schema(name = "PasswordResetAccepted", description = "La même réponse, que le compte existe ou non")
    public record PasswordResetAccepted(
            @Schema(examples = "Si un compte actif correspond à cette adresse, un e-mail vient de lui être envoyé.") String message) {
    }

    @Schema(name = "PasswordResetConfirmation")
    public record PasswordResetConfirmation(
            @NotBlank @Size(max = 64) @Schema(required = true, maxLength = 64, description = "Le jeton du lien reçu par e-mail",
                    examples = "Zm9yZ290dGVuLXBhc3N3b3JkLXRva2VuLWV4ZW1wbGUx") String token,
            @NotBlank @Size(min = 12) @PasswordLength @Schema(required = true, maxLength = 72,
                    description = "Nouveau mot de passe, 12 caractères au moins, 72 octets au plus (UTF-8)",
                    examples = "un-nouveau-mot-de-passe-solide") String password) {

        @Override
        public String toString() {
            return "PasswordResetConfirmation[]";
        }
    }

    @Schema(name = "UserRequest", description = "Création d'un compte de l'équipe")
    public record UserRequest(
            @NotBlank @Email @Size(max = 320) @Schema(required = true, examples = "redaction@example.org") String email,
            @NotBlank @Size(min = 12) @PasswordLength
            @Schema(required = true, maxLength = 72, description = "12 caractères au moins, 72 octets au plus (UTF-8 : une lettre accentuée compte pour deux)",
                    examples = "un-mot-de-passe-solide") String password,
            @NotBlank @Size(max = 120) @Schema(required = true, examples = "La rédaction") String displayName,
            @NotEmpty @Size(max = Roles.COUNT) @Schema(required = true, description = "admin, editor, moderator, recruiter", examples = "[\"editor\"]")
            List<@NotBlank String> roles) {

        @Override
        public String toString() {
            return "UserRequest[email=" + email + ", roles=" + roles + "]";
        }
    }

    @Schema(name = "UserUpdateRequest", description = "Modification d'un compte ; password facultatif (le change s'il est donné)."
            + " Changer le mot de passe, l'e-mail ou les rôles, ou désactiver le compte, révoque les jetons émis avant.")
    public record UserUpdateRequest(
            @NotBlank @Email @Size(max = 320) @Schema(required = true, examples = "redaction@example.org") String email,
            @Size(min = 12) @PasswordLength
            @Schema(nullable = true, maxLength = 72, description = "Nouveau mot de passe, 12 caractères au moins, 72 octets au plus (UTF-8) ; le changer"
                    + " révoque les jetons du compte") String password,
            @NotBlank @Size(max = 120) @Schema(required = true, examples = "La rédaction") String displayName,
            @NotEmpty @Size(max = Roles.COUNT) @Schema(required = true, examples = "[\"editor\", \"moderator\"]") List<@NotBlank String> roles,
            @Schema(nullable = true, description = "false pour désactiver le compte (true par défaut)", examples = "true") Boolean enabled) {

        @Override
        public String toString() {
            return "UserUpdateRequest[email=" + email + ", roles=" + roles + ", enabled=" + enabled + "]";
        }
    }

    @Schema(name = "User", description = "Compte de l'équipe (jamais le mot de passe)")
    public record UserResponse(
            @Schema(examples = "2") long id,
            @Schema(examples = "redaction@example.org") String email,
            @Schema(examples = "La rédaction") String displayName,
            @Schema(maxItems = Roles.COUNT, examples = "[\"editor\"]") List<String> roles,
            @Schema(examples = "true") boolean enabled,
            Instant createdAt,
            Instant updatedAt,
            @Schema(examples = "0") long version) {
    }
}
