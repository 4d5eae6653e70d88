package fr.kiosque.media;

import java.io.InputStream;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

import fr.kiosque.common.error.ProblemException;
import fr.kiosque.media.MediaStore.StoredFile;
import fr.kiosque.media.api.MediaUploadForm;

/**
 * The library's files, by content address: straight from the store (nothing decoded, nothing kept
 * in the response cache), immutable for a year, with a strong ETag (the hash) and 304 without even
 * asking the store.
 */
@Path(MediaLibrary.FILES_PATH + "{key}")
@Tag(name = "Images")
@PermitAll
class MediaFileResource {

    static final String IMMUTABLE = "public, max-age=31536000, immutable";
    private static final Pattern KEY = Pattern.compile("([0-9a-f]{64})\\.(jpg|png|webp|gif)");

    @Inject MediaStore store;

    @GET
    // the real type is set on each answer; declared as the CV download is, so that the stream is written as bytes
    @Produces(MediaType.APPLICATION_OCTET_STREAM)
    @Operation(operationId = "getMediaFile", summary = "Lire un fichier d'image",
            description = "Une déclinaison d'une image de la médiathèque, à l'adresse donnée par les réponses (articles, médiathèque)."
                    + " L'adresse est l'empreinte SHA-256 du contenu : il ne change jamais (Cache-Control: public, max-age=31536000,"
                    + " immutable ; ETag fort ; 304 sur If-None-Match). Sans aucune métadonnée.")
    @APIResponse(responseCode = "200", description = "Le fichier", content = {
            @Content(mediaType = "image/webp",
                    schema = @Schema(type = SchemaType.STRING, format = "binary", maxLength = MediaUploadForm.DEFAULT_MAX_FILE_BYTES)),
            @Content(mediaType = "image/jpeg",
                    schema = @Schema(type = SchemaType.STRING, format = "binary", maxLength = MediaUploadForm.DEFAULT_MAX_FILE_BYTES)),
            @Content(mediaType = "image/png",
                    schema = @Schema(type = SchemaType.STRING, format = "binary", maxLength = MediaUploadForm.DEFAULT_MAX_FILE_BYTES)),
            @Content(mediaType = "image/gif",
                    schema = @Schema(type = SchemaType.STRING, format = "binary", maxLength = MediaUploadForm.DEFAULT_MAX_FILE_BYTES)) })
    @APIResponse(responseCode = "304", description = "If-None-Match correspond : le client a déjà ce fichier")
    @APIResponse(responseCode = "404", description = "Aucun fichier à cette adresse")
    public RestResponse<InputStream> get(
            @Parameter(description = "Empreinte SHA-256 du fichier et son extension",
                    example = "9f2c5e0b7a1d4c3e8b6f0a2d5c7e9b1f3a5c7e9b1d3f5a7c9e1b3d5f7a9c1e3b.webp") @PathParam("key") String key,
            @Parameter(description = "L'ETag reçu auparavant", example = "\"9f2c5e0b7a1d4c3e8b6f0a2d5c7e9b1f3a5c7e9b1d3f5a7c9e1b3d5f7a9c1e3b\"")
            @HeaderParam(HttpHeaders.IF_NONE_MATCH) String ifNoneMatch) {
        Matcher matcher = KEY.matcher(key);
        if (!matcher.matches()) {
            throw notFound();
        }
        String etag = "\"" + matcher.group(1) + "\"";
        if (ifNoneMatch != null && matches(ifNoneMatch, etag)) {
            return RestResponse.ResponseBuilder.<InputStream> notModified()
                    .header(HttpHeaders.ETAG, etag).header(HttpHeaders.CACHE_CONTROL, IMMUTABLE).build();
        }
        StoredFile file = store.get(key).orElseThrow(MediaFileResource::notFound);
        String type = ImageFormat.ofExtension(matcher.group(2)).map(f -> f.mediaType).orElseThrow();
        return RestResponse.ResponseBuilder.ok(file.body(), MediaType.valueOf(type))
                .header(HttpHeaders.ETAG, etag)
                .header(HttpHeaders.CACHE_CONTROL, IMMUTABLE)
                .header("X-Content-Type-Options", "nosniff")
                .build();
    }

    private static boolean matches(String ifNoneMatch, String etag) {
        for (String candidate : ifNoneMatch.split(",")) {
            String value = candidate.strip();
            if (value.startsWith("W/")) {
                value = value.substring(2);
            }
            if (value.equals(etag) || value.equals("*")) {
                return true;
            }
        }
        return false;
    }

    private static ProblemException notFound() {
        return ProblemException.notFound("Aucun fichier d'image à cette adresse.");
    }
}
