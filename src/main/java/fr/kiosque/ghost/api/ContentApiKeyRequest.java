package fr.kiosque.ghost.api;

import java.util.List;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import fr.kiosque.ghost.KeyRights;

/** A Content API key as an admin creates (POST) or changes it (PUT): everything but the key itself. */
@Schema(name = "ContentApiKeyRequest")
public record ContentApiKeyRequest(
        @NotBlank @Size(max = 120)
        @Schema(required = true, description = "À qui est la clé", examples = "Le Journal des Partenaires") String name,
        @NotNull
        @Schema(required = true, description = "FULL : articles entiers ; EXCERPT : chapô et premier paragraphe, avec un lien vers l'article",
                examples = "EXCERPT") KeyRights rights,
        @NotNull @Min(1) @Max(MAX_REQUESTS_PER_MINUTE)
        @Schema(required = true, description = "Requêtes permises par minute, sur l'ensemble des instances", examples = "120")
        Integer requestsPerMinute,
        @Size(max = MAX_ORIGINS)
        @Schema(nullable = true, description = "Origines de navigateur autorisées (CORS) ; aucune par défaut",
                examples = "[\"https://www.partenaire.fr\"]")
        List<@NotBlank @Size(max = 200) @Pattern(regexp = ORIGIN, message = "{kiosque.url}") String> allowedOrigins) {

    public static final int MAX_REQUESTS_PER_MINUTE = 100_000;
    public static final int MAX_ORIGINS = 20;
    /** An origin: scheme, host, optional port, nothing after. */
    public static final String ORIGIN = "https?://[A-Za-z0-9.-]+(:[0-9]{1,5})?";
}
