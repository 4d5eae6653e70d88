package fr.kiosque.media.api;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What staff edit of an image: its description (the pixels never change; upload another image for that). */
@Schema(name = "MediaUpdate")
public record MediaUpdate(
        @Size(max = 300) @Schema(nullable = true, examples = "Le logo de X sur un écran de téléphone") String alt,
        @Size(max = 300) @Schema(nullable = true, examples = "Photo : Camille Durand / Kiosque") String credit,
        @Valid @Schema(nullable = true) Focal focalPoint) {

    @Schema(name = "FocalPointRequest")
    public record Focal(
            @DecimalMin("0") @DecimalMax("1") @Schema(required = true, minimum = "0", maximum = "1", examples = "0.5") double x,
            @DecimalMin("0") @DecimalMax("1") @Schema(required = true, minimum = "0", maximum = "1", examples = "0.35") double y) {
    }

    public static final String EXAMPLE = """
            {"alt": "Le logo de X sur un écran de téléphone", "credit": "Photo : Camille Durand / Kiosque", "focalPoint": {"x": 0.5, "y": 0.35}}""";
}
