package fr.kiosque.article;

import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import fr.kiosque.article.api.ArticleDetail;
import fr.kiosque.article.api.ArticleMoved;
import fr.kiosque.article.api.ArticleSummary;
import fr.kiosque.common.http.QueryParams;
import fr.kiosque.common.http.cache.CacheNamespaces;
import fr.kiosque.common.http.cache.PublicCache;
import fr.kiosque.common.paging.Page;
import fr.kiosque.common.paging.PageParams;

/** Published articles, for frontends and partners. Cacheable; no authentication. */
@Path("/api/v1/articles")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Articles")
@PermitAll
class ArticleResource {

    @Inject PublicArticles articles;
    @Inject ArticlePreviews previews;
    @Inject ArticlePages pages;

    @GET
    @PublicCache({ CacheNamespaces.ARTICLES, CacheNamespaces.COMMENT_COUNTS })
    @Operation(operationId = "listArticles", summary = "Lister les articles publiés",
            description = "Résumés (sans corps), du plus récent au plus ancien par défaut. En-tête Link : first, prev, next, last.")
    @APIResponse(responseCode = "200", description = "Une page d'articles")
    @APIResponse(responseCode = "304", description = "Inchangé depuis l'ETag envoyé dans If-None-Match")
    @APIResponse(responseCode = "400", description = "Paramètre invalide (page, size, sort, date, slug, q)")
    public RestResponse<Page<ArticleSummary>> list(
            @BeanParam PageParams paging,
            @Parameter(description = "Slug de rubrique", example = "le-magazine") @QueryParam("section") String section,
            @Parameter(description = "Slug de mot-clé", example = "reseaux-sociaux") @QueryParam("tag") String tag,
            @Parameter(description = "Slug d'auteur", example = "anne-redac") @QueryParam("author") String author,
            @Parameter(description = "Publiés à partir de cette date (incluse)", example = "2026-01-01") @QueryParam("publishedAfter") String after,
            @Parameter(description = "Publiés avant cette date (exclue)", example = "2026-12-31T23:59:59Z") @QueryParam("publishedBefore") String before,
            @Parameter(description = "Tri : publishedAt, updatedAt ou title ; préfixe - pour décroissant", example = "-publishedAt") @QueryParam("sort") String sort,
            @Parameter(description = "Recherche plein texte en français (titre, chapô, mots-clés, corps ; accents ignorés), 200 caractères au plus",
                    example = "réseaux sociaux") @QueryParam("q") String q) {
        Page<ArticleSummary> result = articles.list(
                QueryParams.slug("section", section), QueryParams.slug("tag", tag), QueryParams.slug("author", author),
                QueryParams.instant("publishedAfter", after), QueryParams.instant("publishedBefore", before),
                PublicArticles.query(q), PublicArticles.sort(sort), paging.request());
        return paging.ok(result);
    }

    @GET
    @PublicCache(value = CacheNamespaces.ARTICLES, items = CacheNamespaces.ARTICLE_ITEM + ":{slug}")
    @Path("/{slug}")
    @Operation(operationId = "getArticle", summary = "Lire un article publié, ou l'aperçu d'un article",
            description = "L'article entier avec sa rubrique, ses mots-clés, ses auteurs et « À lire aussi » : de quoi afficher la page en un appel."
                    + " Avec preview={jeton} (POST /api/v1/admin/articles/{id}/preview-token) : l'article tel qu'il est, brouillon ou programmé"
                    + " compris, jamais mis en cache (Cache-Control: private, no-store) ; publishedAt peut alors être null.")
    @APIResponse(responseCode = "200", description = "L'article")
    @APIResponse(responseCode = "304", description = "Inchangé depuis l'ETag envoyé dans If-None-Match")
    @APIResponse(responseCode = "401", description = "Jeton d'aperçu illisible, falsifié ou expiré")
    @APIResponse(responseCode = "403", description = "Jeton d'aperçu d'un autre article")
    @APIResponse(responseCode = "301", description = "Ancien slug d'un article publié : l'article est à l'adresse de Location (un"
            + " navigateur ou fetch() la suit d'eux-mêmes ; le slug de la réponse finale est le slug actuel, à mettre dans l'URL de la page)",
            headers = @Header(name = "Location", description = "/api/v1/articles/{slug actuel}", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ArticleMoved.class)))
    @APIResponse(responseCode = "404", description = "Aucun article publié à ce slug (ou l'article du jeton d'aperçu n'existe plus)")
    public RestResponse<ArticleDetail> get(
            @Parameter(example = "quitter-x-un-dilemme-pour-les-communicants-et-marketeurs") @PathParam("slug") String slug,
            @Parameter(description = "Jeton d'aperçu", example = "12.1764316800.Qm9uam91ciBsZXMgZnJvbnRlbmRzIQ") @QueryParam("preview") String preview,
            @Context UriInfo uriInfo) {
        if (preview != null || uriInfo.getQueryParameters().containsKey("preview")) {
            return RestResponse.ResponseBuilder.ok(previews.preview(slug, preview == null ? "" : preview))
                    .header(HttpHeaders.CACHE_CONTROL, "private, no-store")
                    .build();
        }
        // the page as stored (or rendered and stored): bytes the cache filter takes as they are
        @SuppressWarnings("unchecked")
        RestResponse<ArticleDetail> stored = (RestResponse<ArticleDetail>) (RestResponse<?>) RestResponse.ok(pages.page(slug));
        return stored;
    }

    /** A former slug of a public article: 301 to its current one, kept by the response cache like a 404. */
    @ServerExceptionMapper
    RestResponse<ArticleMoved> moved(ArticleMovedException e) {
        ArticleMoved moved = ArticleMoved.to(e.slug());
        return RestResponse.ResponseBuilder.<ArticleMoved> create(RestResponse.Status.MOVED_PERMANENTLY, moved)
                .header(HttpHeaders.LOCATION, moved.location()).type(MediaType.APPLICATION_JSON_TYPE).build();
    }
}
