package fr.kiosque.comment;

import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

import fr.kiosque.comment.api.CommentAccepted;
import fr.kiosque.comment.api.CommentExamples;
import fr.kiosque.comment.api.CommentRequest;
import fr.kiosque.comment.api.CommentView;
import fr.kiosque.common.error.ProblemException;
import fr.kiosque.common.http.Bulkheaded;
import fr.kiosque.common.http.Bulkheads;
import fr.kiosque.common.http.ClientAddress;
import fr.kiosque.common.http.cache.CacheNamespaces;
import fr.kiosque.common.http.cache.PublicCache;
import fr.kiosque.common.paging.Page;
import fr.kiosque.common.paging.PageLinks;
import fr.kiosque.common.paging.PageRequest;
import io.vertx.core.http.HttpServerRequest;

/** The readers' discussion under a published article: read it (cached), join it. */
@Path("/api/v1/articles/{slug}/comments")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Commentaires")
@PermitAll
class CommentResource {

    static final String COMMENTER_TOKEN = "X-Commenter-Token";

    @Inject CommentThreads threads;
    @Inject PostComment service;

    @GET
    @PublicCache(value = CacheNamespaces.ARTICLES, items = CacheNamespaces.ARTICLE_ITEM + ":{slug}")
    @Bulkheaded(Bulkheads.THREADS)
    @Operation(operationId = "listComments", summary = "Lire les commentaires d'un article",
            description = "Les commentaires approuvés, en fils : une page de commentaires de premier niveau (du plus ancien au plus récent"
                    + " par défaut), chacun avec ses réponses imbriquées (3 niveaux par défaut ; plus profond, une réponse est rangée au"
                    + " dernier niveau et garde son vrai parentId). Les « @Nom » qui désignent un commentateur précédent sont dans mentions."
                    + " Les textes sont du texte brut : à afficher comme du texte, jamais comme du HTML. En-tête Link : first, prev, next, last.")
    @APIResponse(responseCode = "200", description = "Une page de fils")
    @APIResponse(responseCode = "304", description = "Inchangé depuis l'ETag envoyé dans If-None-Match")
    @APIResponse(responseCode = "400", description = "Paramètre invalide (page, size, sort)")
    @APIResponse(responseCode = "404", description = "Aucun article publié à ce slug")
    @APIResponse(responseCode = "503", description = "Trop de fils de commentaires en cours de lecture : réessayer après Retry-After secondes")
    public RestResponse<Page<CommentView>> list(
            @Parameter(example = "quitter-x-un-dilemme-pour-les-communicants-et-marketeurs") @PathParam("slug") String slug,
            @Parameter(description = "Numéro de page, à partir de 1", example = "1") @QueryParam("page") String page,
            @Parameter(description = "Fils par page, 1 à 100 (20 par défaut)", example = "20") @QueryParam("size") String size,
            @Parameter(description = "oldest (par défaut) ou newest : ordre des commentaires de premier niveau ; les réponses sont"
                    + " toujours de la plus ancienne à la plus récente", example = "oldest") @QueryParam("sort") String sort,
            @Context UriInfo uriInfo) {
        return PageLinks.ok(threads.page(slug, newestFirst(sort), PageRequest.of(page, size)), uriInfo);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "createComment", summary = "Commenter un article",
            description = "Texte brut, gardé tel quel (normalisé NFC, espaces de début et de fin retirés). Selon la politique de modération,"
                    + " le commentaire attend un modérateur (PENDING) ou paraît aussitôt (APPROVED). La réponse donne un jeton de suppression,"
                    + " une seule fois, et le jeton du commentateur, à renvoyer dans X-Commenter-Token avec les commentaires suivants"
                    + " (en modération FIRST, c'est lui, non l'e-mail, qui fait paraître aussitôt le commentaire d'un lecteur déjà approuvé)."
                    + " Le nom de la rédaction est réservé. Limites : quelques commentaires par minute par adresse et par e-mail (ses"
                    + " variantes +étiquette comprises), 2 liens au plus, pas deux fois le même texte ; le champ website est un pot de miel"
                    + " à laisser vide. Voir docs/comments.md.")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON, examples = {
            @ExampleObject(name = "Commentaire", value = CommentExamples.COMMENT),
            @ExampleObject(name = "Réponse", value = CommentExamples.REPLY) }))
    @APIResponse(responseCode = "202", description = "Accepté : id, statut (PENDING ou APPROVED), jeton de suppression et jeton du commentateur",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CommentAccepted.class)))
    @APIResponse(responseCode = "400", description = "Champ invalide (nom, e-mail, texte trop court ou trop long…) ou JSON illisible")
    @APIResponse(responseCode = "404", description = "Aucun article publié à ce slug")
    @APIResponse(responseCode = "409", description = "Commentaires fermés sur cet article (type urn:kiosque:problem:comments-closed),"
            + " ou même texte déjà publié par cet e-mail sur cet article dans les 24 heures (urn:kiosque:problem:conflict)")
    @APIResponse(responseCode = "413", description = "Corps de requête trop volumineux (64 Kio par défaut)")
    @APIResponse(responseCode = "422", description = "parentId ne désigne pas un commentaire approuvé de cet article ; trop de liens dans body ;"
            + " authorName est la signature de la rédaction (comparée sans casse, accents, espaces ni ponctuation)")
    @APIResponse(responseCode = "429", description = "Trop de commentaires récents depuis cette adresse ou avec cet e-mail ; attendre Retry-After secondes")
    public RestResponse<CommentAccepted> post(
            @Parameter(example = "quitter-x-un-dilemme-pour-les-communicants-et-marketeurs") @PathParam("slug") String slug,
            @Parameter(name = COMMENTER_TOKEN, description = "Le jeton du commentateur reçu en réponse à un commentaire précédent"
                    + " (commenterToken) : le commentaire est rattaché au même commentateur. Un jeton qui ne désigne aucun commentateur"
                    + " est ignoré (la réponse en donne un nouveau).", example = "Vb7nR2xK9qLm4TzA1wPe8sYcH5dJ3uFg6oNi0jQ2kEw")
            @HeaderParam(COMMENTER_TOKEN) String commenterToken,
            @Valid @NotNull CommentRequest request, @Context HttpServerRequest http) {
        return RestResponse.accepted(service.post(slug, request, commenterToken, ClientAddress.of(http)));
    }

    static boolean newestFirst(String sort) {
        if (sort == null || sort.isBlank() || sort.strip().equals("oldest")) {
            return false;
        }
        if (sort.strip().equals("newest")) {
            return true;
        }
        throw ProblemException.invalidParameter("sort", "enum.allowed", "[oldest, newest]");
    }
}
