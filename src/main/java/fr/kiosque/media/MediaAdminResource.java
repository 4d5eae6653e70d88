package fr.kiosque.media;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
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

import fr.kiosque.common.http.Preconditions;
import fr.kiosque.common.http.StaffResponses;
import fr.kiosque.common.paging.Page;
import fr.kiosque.common.paging.PageParams;
import fr.kiosque.common.security.Roles;
import fr.kiosque.media.api.MediaUpdate;
import fr.kiosque.media.api.MediaUploadForm;
import fr.kiosque.media.api.MediaView;

/** The image library, for the newsroom. */
@Path(MediaAdminResource.PATH)
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Administration : médiathèque")
@RolesAllowed({ Roles.EDITOR, Roles.ADMIN })
class MediaAdminResource {

    static final String PATH = "/api/v1/admin/media";

    @Inject UploadMedia uploads;
    @Inject EditMedia edits;

    @POST
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Operation(operationId = "uploadMedia", summary = "Envoyer une image",
            description = "Formulaire multipart/form-data : le fichier (file), son texte alternatif (alt, requis pour servir de une à un"
                    + " article publié), son crédit, son point focal (focalX, focalY). Le type est reconnu au contenu : JPEG, PNG, WebP ou"
                    + " GIF ; SVG et tout autre type sont refusés (415). Les dimensions sont lues dans l'en-tête avant tout décodage : au-delà"
                    + " de 40 mégapixels par défaut, 422. Toutes les métadonnées (EXIF dont la position GPS, XMP, IPTC) sont retirées, de"
                    + " l'original comme des déclinaisons (320 à 1920 pixels de large, en WebP et en JPEG, ou PNG s'il y a de la transparence),"
                    + " orientation appliquée, en sRGB. Les déclinaisons sont servies à des adresses immuables.")
    @RequestBody(content = @Content(mediaType = MediaType.MULTIPART_FORM_DATA, schema = @Schema(implementation = MediaUploadForm.class),
            examples = @ExampleObject(name = "Photo de une", value = "{\"file\": \"(fichier image)\", \"alt\": \"Le logo de X sur un écran"
                    + " de téléphone\", \"credit\": \"Photo : Camille Durand / Kiosque\", \"focalX\": \"0.5\", \"focalY\": \"0.35\"}")))
    @APIResponse(responseCode = "201", description = "Enregistrée : l'image et ses déclinaisons ; Location et ETag renseignés",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = MediaView.class)))
    @APIResponse(responseCode = "400", description = "Fichier absent, vide, endommagé ou tronqué, champ invalide (chacun nommé)")
    @APIResponse(responseCode = "413", description = "Fichier trop volumineux (20 Mo par défaut), refusé avant d'être lu")
    @APIResponse(responseCode = "415", description = "Ni JPEG, ni PNG, ni WebP, ni GIF d'après le contenu (SVG compris), ou requête qui"
            + " n'est pas multipart/form-data")
    @APIResponse(responseCode = "422", description = "Image trop grande en pixels (d'après son en-tête, sans la décoder)")
    @APIResponse(responseCode = "503", description = "Trop d'images en cours de traitement, ou stockage injoignable : réessayer après"
            + " Retry-After secondes ; rien n'est enregistré")
    public RestResponse<MediaView> upload(@BeanParam MediaUploadForm form) {
        MediaView created = uploads.upload(form);
        return StaffResponses.created(PATH, created.id(), created.version(), created);
    }

    @GET
    @Operation(operationId = "listMedia", summary = "Lister et chercher les images",
            description = "Les plus récentes d'abord ; q cherche dans le texte alternatif, le crédit et le nom du fichier (sans accents ni"
                    + " casse).")
    @APIResponse(responseCode = "200", description = "Une page")
    @APIResponse(responseCode = "400", description = "page, size ou q invalide")
    public RestResponse<Page<MediaView>> list(
            @Parameter(description = "Texte cherché", example = "téléphone") @QueryParam("q") String q,
            @BeanParam PageParams paging) {
        return paging.ok(edits.list(q, paging.request()));
    }

    @GET
    @Path("/{id}")
    @Operation(operationId = "getMedia", summary = "Lire une image")
    @APIResponse(responseCode = "200", description = "Trouvée ; l'ETag sert d'If-Match")
    public RestResponse<MediaView> get(@Parameter(example = "42") @PathParam("id") long id) {
        MediaView view = edits.get(id);
        return StaffResponses.ok(view.version(), view);
    }

    @PUT
    @Path("/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "updateMedia", summary = "Modifier la description d'une image",
            description = "Texte alternatif, crédit, point focal (les pixels ne changent pas). Les articles qui montrent l'image sont"
                    + " mis à jour. " + Preconditions.IF_MATCH_DESCRIPTION)
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON,
            examples = @ExampleObject(name = "Description", value = MediaUpdate.EXAMPLE)))
    @APIResponse(responseCode = "200", description = "Modifiée, avec son nouvel ETag")
    @APIResponse(responseCode = "400", description = "Champ invalide ou JSON illisible")
    public RestResponse<MediaView> update(@Parameter(example = "42") @PathParam("id") long id,
            @Parameter(description = Preconditions.IF_MATCH_DESCRIPTION, required = true, example = "\"v0\"") @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Valid @NotNull MediaUpdate update) {
        MediaView view = edits.update(id, ifMatch, update);
        return StaffResponses.ok(view.version(), view);
    }

    @DELETE
    @Path("/{id}")
    @Operation(operationId = "deleteMedia", summary = "Supprimer une image",
            description = "Refusé tant qu'un article l'utilise (en une ou dans son texte) : le 409 les nomme. Ses fichiers quittent le"
                    + " stockage. " + Preconditions.IF_MATCH_DESCRIPTION)
    @APIResponse(responseCode = "409", description = "Des articles utilisent l'image : ils sont nommés")
    public void delete(@Parameter(example = "42") @PathParam("id") long id,
            @Parameter(description = Preconditions.IF_MATCH_DESCRIPTION, required = true, example = "\"v0\"") @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        edits.delete(id, ifMatch);
    }
}
