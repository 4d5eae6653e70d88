package fr.kiosque.ghost.api;

import java.time.Instant;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import fr.kiosque.ghost.KeyRights;

/** A Content API key as admins see it: never the key, only its last four characters. */
@Schema(name = "ContentApiKey")
public record ContentApiKeyView(
        @Schema(examples = "4") long id,
        @Schema(examples = "Le Journal des Partenaires") String name,
        @Schema(description = "Les quatre derniers caractères de la clé", examples = "9f2c") String keyHint,
        @Schema(examples = "EXCERPT") KeyRights rights,
        @Schema(examples = "120") int requestsPerMinute,
        @Schema(maxItems = ContentApiKeyRequest.MAX_ORIGINS, examples = "[\"https://www.partenaire.fr\"]") List<String> allowedOrigins,
        Instant createdAt,
        Instant updatedAt,
        @Schema(description = "Version pour If-Match (l'ETag vaut \"v<version>\")", examples = "0") long version) {

    /** The answer of a creation: the key, shown this once. */
    @Schema(name = "CreatedContentApiKey")
    public record Created(
            @Schema(description = "La clé (26 caractères hexadécimaux), montrée cette seule fois", examples = "8a1f3c5e7b9d0f2a4c6e8b0d9f")
            String key,
            ContentApiKeyView apiKey) {
    }

    /** A key's requests per day, the latest days first. */
    @Schema(name = "ContentApiKeyUsageReport")
    public record UsageReport(
            @Schema(examples = "4") long keyId,
            @Schema(maxItems = USAGE_DAYS) List<Usage> days) {
    }

    /** Most days of usage a report holds. */
    public static final int USAGE_DAYS = 90;

    /** Requests presented with a key on one day (UTC). */
    @Schema(name = "ContentApiKeyUsage")
    public record Usage(
            @Schema(examples = "2026-11-20") java.time.LocalDate day,
            @Schema(examples = "1834") long requests) {
    }
}
