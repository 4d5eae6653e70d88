package fr.kiosque.cv;

import java.net.URI;
import java.util.UUID;

import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

import fr.kiosque.common.http.ClientAddress;
import fr.kiosque.common.security.DeletionTokens;
import fr.kiosque.cv.api.CvReceipt;
import fr.kiosque.cv.api.CvRequests;
import fr.kiosque.cv.api.CvSubmissionForm;
import io.vertx.core.http.HttpServerRequest;

/** "Je dépose mon CV": a candidate sends a CV, and may erase it with the token they got. */
@Path(CvSubmissionResource.PATH)
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Candidatures")
@PermitAll
class CvSubmissionResource {

    static final String PATH = "/api/v1/cv-submissions";
    static final String TOKEN_HEADER = DeletionTokens.HEADER;
    static final String IDEMPOTENCY_HEADER = "Idempotency-Key";

    @Inject SubmitCv service;
    @Inject CandidateRequests candidates;

    @POST
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Operation(operationId = "createCvSubmission", summary = "Déposer son CV",
            description = "Formulaire multipart/form-data : identité, fiche métier visée (desiredProfile) ou offre (jobSlug), message en"
                    + " texte brut, consentement (consent=true : la version de la politique de confidentialité est enregistrée avec la"
                    + " date) et le fichier cv : PDF, DOCX ou ODT reconnu à son contenu, 5 Mo au plus par défaut. Le fichier est"
                    + " chiffré avant d'être enregistré. La réponse donne un jeton de suppression, à garder. Avec l'en-tête"
                    + " Idempotency-Key, un envoi répété reçoit la première réponse au lieu de créer un doublon. Voir docs/cv.md.")
    @RequestBody(content = @Content(mediaType = MediaType.MULTIPART_FORM_DATA,
            schema = @Schema(implementation = CvSubmissionForm.class),
            examples = @ExampleObject(name = "Candidature spontanée", value = CvRequests.FORM_EXAMPLE)))
    @APIResponse(responseCode = "201", description = "Reçue : id, date, statut et jeton de suppression ; Location renseigné",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CvReceipt.class)))
    @APIResponse(responseCode = "400", description = "Champ manquant ou invalide (chacun nommé dans errors, consent compris), fichier vide"
            + " ou endommagé, formulaire illisible")
    @APIResponse(responseCode = "410", description = "L'offre jobSlug est fermée ou expirée : elle n'accepte plus de candidatures")
    @APIResponse(responseCode = "413", description = "Fichier ou requête trop volumineux (5 Mo par défaut), refusé avant d'être lu")
    @APIResponse(responseCode = "415", description = "Le fichier n'est ni un PDF, ni un DOCX, ni un ODT (d'après son contenu), ou la"
            + " requête n'est pas multipart/form-data")
    @APIResponse(responseCode = "422", description = "Fiche métier ou offre inconnue, offre qui ne reçoit pas de candidatures par Kiosque,"
            + " ou Idempotency-Key déjà utilisée pour une autre candidature")
    @APIResponse(responseCode = "429", description = "Trop de candidatures récentes depuis cette adresse ou avec cet e-mail ;"
            + " attendre Retry-After secondes")
    @APIResponse(responseCode = "503", description = "Le dépôt de CV n'est pas configuré sur ce serveur (pas de clé de chiffrement)")
    public RestResponse<CvReceipt> submit(@BeanParam CvSubmissionForm form,
            @Parameter(name = IDEMPOTENCY_HEADER, description = "Clé choisie par le client (un UUID) : un nouvel envoi avec la même clé"
                    + " et le même contenu reçoit la première réponse, pendant 24 heures",
                    example = "5f0c2b8e-1a7d-4e0b-9c3f-8d2a6b4e1f07") @HeaderParam(IDEMPOTENCY_HEADER) String idempotencyKey,
            @Context HttpServerRequest http) {
        CvReceipt receipt = service.submit(form, idempotencyKey, ClientAddress.of(http));
        return RestResponse.ResponseBuilder.<CvReceipt> created(URI.create(PATH + "/" + receipt.id()))
                .entity(receipt)
                .header(HttpHeaders.CACHE_CONTROL, "private, no-store")
                .build();
    }

    @DELETE
    @Path("/{id}")
    @Operation(operationId = "deleteCvSubmission", summary = "Effacer sa candidature",
            description = "Avec le jeton de suppression reçu au dépôt (en-tête X-Deletion-Token) : la candidature et son CV sont effacés"
                    + " (droit à l'effacement) ; l'identifiant répond ensuite 404.")
    @APIResponse(responseCode = "204", description = "Effacée, fichier compris")
    @APIResponse(responseCode = "401", description = "En-tête X-Deletion-Token absent")
    @APIResponse(responseCode = "403", description = "Ce jeton n'est pas celui de cette candidature")
    @APIResponse(responseCode = "404", description = "Aucune candidature à cet identifiant (ou déjà effacée)")
    public void delete(@Parameter(example = "0b4f6a52-8d1e-4c57-9a61-3f2b7c9d1e08") @PathParam("id") UUID id,
            @Parameter(name = TOKEN_HEADER, description = "Le jeton de suppression reçu au dépôt", required = true,
                    example = "Zr4nT0q9cV2kLx7pW1mE8sYbH3dJ6uFa5oGiN0eQ2wA") @HeaderParam(TOKEN_HEADER) String token) {
        candidates.withdraw(id, token);
    }
}
