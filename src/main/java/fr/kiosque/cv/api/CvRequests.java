package fr.kiosque.cv.api;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import fr.kiosque.cv.CvStatus;

/** What the recruitment team sends. */
public final class CvRequests {

    private CvRequests() {
    }

    @Schema(name = "CvStatusChange")
    public record StatusChange(
            @NotNull @Schema(required = true, examples = "SHORTLISTED") CvStatus status,
            @Size(max = 2000) @Schema(nullable = true, description = "Note privée : absente ou null la laisse telle quelle, \"\" l'efface",
                    examples = "Profil solide, à rappeler.") String note) {
    }

    @Schema(name = "CvCandidateRequest", description = "Un e-mail de candidat (dans le corps, jamais dans l'URL)")
    public record Candidate(
            @NotBlank @Email @Size(max = 254) @Schema(required = true, examples = "camille.durand@example.org") String email) {
    }

    public static final String STATUS_EXAMPLE = """
            { "status": "SHORTLISTED", "note": "Profil solide, à rappeler." }""";

    public static final String CANDIDATE_EXAMPLE = """
            { "email": "camille.durand@example.org" }""";

    public static final String FORM_EXAMPLE = """
            {
              "firstName": "Camille",
              "lastName": "Durand",
              "email": "camille.durand@example.org",
              "phone": "+33 6 12 34 56 78",
              "desiredProfile": "chef-de-projet-digital",
              "location": "Lyon",
              "message": "Bonjour, chef de projet digital depuis six ans en agence, je cherche un poste à Lyon.",
              "consent": "true",
              "cv": "(le fichier CV Camille Durand.pdf)"
            }""";
}
