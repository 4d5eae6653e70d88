package fr.kiosque.common.error;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One invalid field of a request: its JSON name (or query parameter) and what is wrong with it. */
@Schema(name = "FieldError")
public record FieldError(
        @Schema(examples = "title") String field,
        @Schema(examples = "ne doit pas être vide") String message) {
}
