package fr.kiosque.media.api;

import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.jboss.resteasy.reactive.PartType;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;

import jakarta.ws.rs.core.MediaType;

/** The multipart form of an upload; fields arrive as text and are checked by the use case (400 naming each). */
@Schema(name = "MediaUploadForm", description = "Formulaire multipart/form-data d'envoi d'une image")
public class MediaUploadForm {

    /**
     * The default of {@code kiosque.media.max-file-size} in bytes (20 MiB): the contract states it as the
     * file's {@code maxLength}, where a JSON string's bound would read as 1 MB.
     */
    public static final int DEFAULT_MAX_FILE_BYTES = 20 << 20;

    @RestForm
    @PartType(MediaType.APPLICATION_OCTET_STREAM)
    @Schema(required = true, type = SchemaType.STRING, format = "binary", maxLength = DEFAULT_MAX_FILE_BYTES,
            description = "L'image : JPEG, PNG, WebP ou GIF reconnu à son contenu (SVG refusé), 20 Mo et 40 mégapixels au plus par défaut")
    public FileUpload file;

    @RestForm
    @Schema(maxLength = 300, description = "Texte alternatif ; requis pour servir de une à un article publié",
            examples = "Le logo de X sur un écran de téléphone")
    public String alt;

    @RestForm
    @Schema(maxLength = 300, examples = "Photo : Camille Durand / Kiosque")
    public String credit;

    @RestForm
    @Schema(description = "Point focal, abscisse de 0 à 1 (avec focalY)", examples = "0.5")
    public String focalX;

    @RestForm
    @Schema(description = "Point focal, ordonnée de 0 à 1 (avec focalX)", examples = "0.35")
    public String focalY;
}
