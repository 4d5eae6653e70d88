package fr.kiosque.common.error;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * An RFC 9457 problem details document, the body of every error answer
 * ({@code application/problem+json}). It names {@value #MAX_ERRORS} field errors at most (the
 * first ones): a request may hold thousands of invalid list elements, an answer stays bounded.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(name = "Problem", description = "Erreur au format RFC 9457 (application/problem+json).")
public record Problem(
        @Schema(required = true, description = "Identifiant stable du type d'erreur", examples = "urn:kiosque:problem:validation-error") String type,
        @Schema(required = true, description = "Résumé lisible du type d'erreur", examples = "Requête invalide") String title,
        @Schema(required = true, description = "Code HTTP", examples = "400") int status,
        @Schema(required = true, description = "Explication propre à cette occurrence", examples = "Le champ « title » est obligatoire.") String detail,
        @Schema(required = true, description = "Chemin de la requête en cause", examples = "/api/v1/admin/articles") String instance,
        @Schema(maxItems = Problem.MAX_ERRORS, description = "Erreurs par champ, pour les erreurs de validation (les "
                + Problem.MAX_ERRORS + " premières) ; absent sinon") List<FieldError> errors) {

    public static final String MEDIA_TYPE = "application/problem+json";
    public static final int MAX_ERRORS = 100;

    public Problem {
        if (errors != null && errors.size() > MAX_ERRORS) {
            errors = List.copyOf(errors.subList(0, MAX_ERRORS));
        }
    }

    public Problem withInstance(String newInstance) {
        return new Problem(type, title, status, detail, newInstance, errors);
    }
}
