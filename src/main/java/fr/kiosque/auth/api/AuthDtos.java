package fr.kiosque.auth.api;

import java.time.Instant;
import java.util.List;

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

    @Schema(name = "TokenRequest")
    public record TokenRequest(
            @NotBlank @Size(max = 320) @Schema(required = true, examples = "redaction@example.org") String email,
            @NotBlank @PasswordLength @Schema(required = true, maxLength = 72, description = "72 octets au plus (UTF-8)",
                    examples = "mot-de-passe-très-long") String password) {

        @Override
        public String toString() {
            return "TokenRequest[email=" + email + "]"; // never the password
        }
    }

    @Schema(name = "TokenResponse")
    public record TokenResponse(
            @Schema(description = "JWT signé (RS256)", examples = "eyJhbGciOiJSUzI1NiIsInR5cCI6IkpXVCJ9…") String accessToken,
            @Schema(examples = "Bearer") String tokenType,
            @Schema(description = "Durée de validité en secondes", examples = "3600") long expiresIn) {
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
