package fr.kiosque.search;

import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

import fr.kiosque.common.http.Bulkheaded;
import fr.kiosque.common.http.Bulkheads;
import fr.kiosque.common.http.cache.CacheNamespaces;
import fr.kiosque.common.http.cache.PublicCache;
import fr.kiosque.common.paging.PageLinks;
import fr.kiosque.common.paging.PageParams;
import fr.kiosque.search.api.SearchResults;

/** Search across the magazine. Cacheable; no authentication. */
@Path("/api/v1/search")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Recherche")
@PermitAll
class SearchResource {

    @Inject SearchService service;

    @GET
    @PermitAll
    @PublicCache({ CacheNamespaces.ARTICLES, CacheNamespaces.JOBS })
    @Bulkheaded(Bulkheads.SEARCH)
    @Operation(operationId = "searchContent", summary = "Rechercher dans le magazine",
            description = "Recherche plein texte en français (accents ignorés, mots ramenés à leur racine) dans les articles publiés"
                    + " (titre, chapô, mots-clés, corps), les offres ouvertes et les fiches métiers. Les résultats sont classés"
                    + " par pertinence (le titre compte plus que le chapô, qui compte plus que le corps), puis du plus récent au plus"
                    + " ancien. Syntaxe : \"expression exacte\", or, -exclu. Quand rien n'est trouvé, `suggestion` propose une"
                    + " orthographe proche. Seuls les résultats les plus récents de chaque type, 300 par défaut"
                    + " (kiosque.search.window), sont classés : `page.totalItems` en compte au plus autant par type ; pour tout"
                    + " parcourir, la liste des articles filtre aussi par texte (GET /api/v1/articles?q=…). En-tête Link : first,"
                    + " prev, next, last.")
    @APIResponse(responseCode = "200", description = "Une page de résultats")
    @APIResponse(responseCode = "304", description = "Inchangé depuis l'ETag envoyé dans If-None-Match")
    @APIResponse(responseCode = "400", description = "Paramètre invalide (q vide, trop long ou sans mot ; type, page, size)")
    @APIResponse(responseCode = "503", description = "Trop de recherches en cours : réessayer après Retry-After secondes")
    public RestResponse<SearchResults> search(
            @Parameter(description = "Texte recherché, 200 caractères au plus", required = true, example = "réseaux sociaux")
            @QueryParam("q") String q,
            @Parameter(description = "Types de résultats, séparés par des virgules : article, job, job-profile (tous par défaut)",
                    example = "article,job-profile") @QueryParam("type") String type,
            @BeanParam PageParams paging,
            @Context UriInfo uriInfo) {
        SearchQuery query = SearchQuery.parse(q, type);
        SearchResults results = service.search(query, paging.request());
        return RestResponse.ResponseBuilder.ok(results)
                .header("Link", PageLinks.header(uriInfo, results.page()))
                .build();
    }
}
