package fr.kiosque.article;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.jwt.JsonWebToken;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

import com.fasterxml.jackson.databind.JsonNode;

import fr.kiosque.article.api.ArticleAdminResponse;
import fr.kiosque.article.api.ArticleAdminSummary;
import fr.kiosque.article.api.ArticleRequest;
import fr.kiosque.article.api.Examples;
import fr.kiosque.article.api.StatusChangeRequest;
import fr.kiosque.common.http.JsonMergePatch;
import fr.kiosque.common.http.QueryParams;
import fr.kiosque.common.http.Preconditions;
import fr.kiosque.common.http.StaffResponses;
import fr.kiosque.common.paging.Page;
import fr.kiosque.common.paging.PageParams;
import fr.kiosque.common.security.Roles;

/** Articles for the newsroom: every status, by id, with optimistic concurrency (If-Match). */
@Path(ArticleAdminResource.PATH)
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Administration : articles")
@RolesAllowed({ Roles.EDITOR, Roles.ADMIN })
class ArticleAdminResource {

    static final String PATH = "/api/v1/admin/articles";

    @Inject EditArticles service;
    @Inject JsonWebToken token;

    @GET
    @Operation(operationId = "listAdminArticles", summary = "Lister les articles (tous statuts)")
    @APIResponse(responseCode = "200", description = "Une page d'articles")
    @APIResponse(responseCode = "400", description = "Paramètre invalide")
    public RestResponse<Page<ArticleAdminSummary>> list(
            @Parameter(description = "Filtre de statut", example = "DRAFT") @QueryParam("status") String status,
            @Parameter(example = "le-magazine") @QueryParam("section") String section,
            @Parameter(example = "reseaux-sociaux") @QueryParam("tag") String tag,
            @Parameter(example = "anne-redac") @QueryParam("author") String author,
            @Parameter(description = "publishedAt, updatedAt, createdAt, title, status ; préfixe - pour décroissant", example = "-updatedAt") @QueryParam("sort") String sort,
            @BeanParam PageParams paging) {
        return paging.ok(service.list(QueryParams.enumValue("status", status, ArticleStatus.class),
                QueryParams.slug("section", section), QueryParams.slug("tag", tag), QueryParams.slug("author", author),
                EditArticles.sort(sort), paging.request()));
    }

    @GET
    @Path("/{id}")
    @Operation(operationId = "getAdminArticle", summary = "Lire un article", description = "L'ETag de la réponse sert d'If-Match aux modifications.")
    @APIResponse(responseCode = "200", description = "L'article")
    public RestResponse<ArticleAdminResponse> get(@Parameter(example = "12") @PathParam("id") long id) {
        ArticleAdminResponse article = service.get(id);
        return StaffResponses.ok(article.version(), article);
    }

    @POST
    @Operation(operationId = "createArticle", summary = "Créer un article",
            description = "Le slug est tiré du titre s'il n'est pas donné. Rubrique et auteurs par slug, mots-clés par nom (créés au besoin)."
                    + " Un article PUBLISHED ou SCHEDULED doit être complet : titre, chapô, corps, rubrique, au moins un auteur.")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON,
            examples = @ExampleObject(name = "Quitter X", value = Examples.ARTICLE_REQUEST)))
    @APIResponse(responseCode = "201", description = "Créé ; Location et ETag renseignés",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ArticleAdminResponse.class)))
    @APIResponse(responseCode = "409", description = "Le slug demandé est déjà pris (un slug tiré du titre est numéroté : -2, -3…)")
    @APIResponse(responseCode = "422", description = "Rubrique, auteur ou article lié inconnu ; date incohérente avec le statut ;"
            + " article PUBLISHED ou SCHEDULED incomplet (une erreur par champ manquant)")
    public RestResponse<ArticleAdminResponse> create(@Valid @NotNull ArticleRequest request) {
        ArticleAdminResponse created = service.create(request, token.getName());
        return StaffResponses.created(PATH, created.id(), created.version(), created);
    }

    @PUT
    @Path("/{id}")
    @Operation(operationId = "replaceArticle", summary = "Remplacer un article", description = "Demande If-Match avec l'ETag (ou la version) lu auparavant.")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON,
            examples = @ExampleObject(name = "Quitter X", value = Examples.ARTICLE_REQUEST)))
    @APIResponse(responseCode = "200", description = "L'article modifié, avec son nouvel ETag")
    @APIResponse(responseCode = "409", description = "Slug déjà pris")
    @APIResponse(responseCode = "422", description = "Référence inconnue ; date incohérente avec le statut ;"
            + " article PUBLISHED ou SCHEDULED incomplet (une erreur par champ manquant)")
    public RestResponse<ArticleAdminResponse> replace(@Parameter(example = "12") @PathParam("id") long id,
            @Parameter(description = Preconditions.IF_MATCH_DESCRIPTION, required = true, example = "\"v3\"") @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Valid @NotNull ArticleRequest request) {
        ArticleAdminResponse article = service.replace(id, ifMatch, request, token.getName());
        return StaffResponses.ok(article.version(), article);
    }

    @PATCH
    @Path("/{id}")
    @Consumes({ JsonMergePatch.MEDIA_TYPE, MediaType.APPLICATION_JSON })
    @Operation(operationId = "updateArticle", summary = "Modifier une partie d'un article (JSON Merge Patch)",
            description = "RFC 7396 : les champs présents remplacent, null efface. Demande If-Match.")
    @RequestBody(content = @Content(mediaType = JsonMergePatch.MEDIA_TYPE, schema = @Schema(implementation = ArticleRequest.class),
            examples = @ExampleObject(name = "Chapô et mots-clés", value = Examples.ARTICLE_PATCH)))
    @APIResponse(responseCode = "200", description = "L'article modifié, avec son nouvel ETag")
    @APIResponse(responseCode = "409", description = "Slug déjà pris")
    @APIResponse(responseCode = "415", description = "Content-Type non pris en charge")
    @APIResponse(responseCode = "422", description = "Référence inconnue ; date incohérente avec le statut ;"
            + " article PUBLISHED ou SCHEDULED incomplet (une erreur par champ manquant)")
    public RestResponse<ArticleAdminResponse> patch(@Parameter(example = "12") @PathParam("id") long id,
            @Parameter(description = Preconditions.IF_MATCH_DESCRIPTION, required = true, example = "\"v3\"") @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            JsonNode patch) {
        ArticleAdminResponse article = service.patch(id, ifMatch, patch, token.getName());
        return StaffResponses.ok(article.version(), article);
    }

    @PUT
    @Path("/{id}/status")
    @Operation(operationId = "updateArticleStatus", summary = "Changer le statut d'un article",
            description = "Publier (PUBLISHED), programmer (SCHEDULED + date future), repasser en brouillon (DRAFT) ou archiver (ARCHIVED). Demande If-Match.")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON,
            examples = @ExampleObject(name = "Programmer", value = Examples.STATUS_SCHEDULE)))
    @APIResponse(responseCode = "200", description = "L'article, avec son nouvel ETag")
    @APIResponse(responseCode = "400", description = "Statut absent ou invalide")
    @APIResponse(responseCode = "422", description = "Date incohérente avec le statut ; article incomplet pour PUBLISHED ou SCHEDULED"
            + " (titre, chapô, corps, rubrique, auteur : une erreur par champ manquant)")
    public RestResponse<ArticleAdminResponse> changeStatus(@Parameter(example = "12") @PathParam("id") long id,
            @Parameter(description = Preconditions.IF_MATCH_DESCRIPTION, required = true, example = "\"v3\"") @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Valid @NotNull StatusChangeRequest request) {
        ArticleAdminResponse article = service.changeStatus(id, ifMatch, request, token.getName());
        return StaffResponses.ok(article.version(), article);
    }

    @DELETE
    @Path("/{id}")
    @Operation(operationId = "deleteArticle", summary = "Supprimer un article", description = "Demande If-Match avec l'ETag lu auparavant.")
    public void delete(@Parameter(example = "12") @PathParam("id") long id,
            @Parameter(description = Preconditions.IF_MATCH_DESCRIPTION, required = true, example = "\"v3\"") @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        service.delete(id, ifMatch);
    }
}
