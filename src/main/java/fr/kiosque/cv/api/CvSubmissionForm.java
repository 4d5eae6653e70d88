package fr.kiosque.cv.api;

import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.jboss.resteasy.reactive.PartType;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;

import jakarta.ws.rs.core.MediaType;

/**
 * The multipart form a candidate sends. Fields arrive as text and are checked by the service, so
 * that every invalid one is named in one 400 answer.
 */
@Schema(name = "CvSubmissionForm", description = "Formulaire multipart/form-data de dépôt de CV")
public class CvSubmissionForm {

    /**
     * The default of {@code kiosque.cv.max-file-size} in bytes (5 MiB): the contract states it as the
     * file's {@code maxLength}, where a JSON string's bound would read as 1 MB.
     */
    public static final int DEFAULT_MAX_FILE_BYTES = 5 << 20;

    @RestForm
    @Schema(required = true, maxLength = 100, examples = "Camille")
    public String firstName;

    @RestForm
    @Schema(required = true, maxLength = 100, examples = "Durand")
    public String lastName;

    @RestForm
    @Schema(required = true, maxLength = 254, examples = "camille.durand@example.org")
    public String email;

    @RestForm
    @Schema(maxLength = 30, examples = "+33 6 12 34 56 78")
    public String phone;

    @RestForm
    @Schema(description = "Slug d'une fiche métier (candidature spontanée) ; desiredProfile ou jobSlug est requis",
            examples = "chef-de-projet-digital")
    public String desiredProfile;

    @RestForm
    @Schema(description = "Slug d'une offre ouverte à laquelle postuler", examples = "chef-de-projet-digital-agence-lumiere-lyon")
    public String jobSlug;

    @RestForm
    @Schema(required = true, maxLength = 120, examples = "Lyon")
    public String location;

    @RestForm
    @Schema(description = "Texte brut (5000 caractères au plus par défaut)",
            examples = "Bonjour, chef de projet digital depuis six ans en agence, je cherche un poste à Lyon.")
    public String message;

    @RestForm
    @Schema(required = true, description = "true : le candidat accepte la politique de confidentialité (version enregistrée avec la date)",
            examples = "true")
    public String consent;

    @RestForm("cv")
    @PartType(MediaType.APPLICATION_OCTET_STREAM)
    @Schema(required = true, type = SchemaType.STRING, format = "binary", maxLength = DEFAULT_MAX_FILE_BYTES,
            description = "Le CV : PDF, DOCX ou ODT reconnu à son contenu, 5 Mo au plus par défaut")
    public FileUpload cv;
}
