package fr.kiosque.feed;

import java.net.URI;
import java.time.Instant;
import java.util.List;

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
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

import com.fasterxml.jackson.databind.ObjectMapper;

import fr.kiosque.common.http.Bulkheaded;
import fr.kiosque.common.http.Bulkheads;
import fr.kiosque.common.http.HttpDate;
import fr.kiosque.common.http.QueryParams;
import fr.kiosque.common.http.cache.CacheNamespaces;
import fr.kiosque.common.http.cache.PublicCache;
import fr.kiosque.common.http.cache.StreamedAnswer;

/**
 * Feeds for partner sites and feed readers (RSS 2.0, Atom 1.0, JSON Feed 1.1), and the sitemap.
 * Outside {@code /api/v1}: their URLs are published to third parties and outlive API versions.
 * Cached like every public read (strong ETag, 304); {@code Last-Modified} is the newest item's
 * update.
 */
@Path("/")
@Tag(name = "Flux")
@PermitAll
class FeedResource {

    @Inject FeedService service;
    @Inject ObjectMapper mapper;

    // ---- articles ---------------------------------------------------------------------------

    /** The query parameters of the three article feeds, declared (and documented) once. */
    static final class ArticleFeedQuery {

        @Parameter(description = "Slug de rubrique", example = "le-magazine") @QueryParam("section") String section;
        @Parameter(description = "Slug de mot-clé", example = "reseaux-sociaux") @QueryParam("tag") String tag;
        @Parameter(description = "Slug d'auteur", example = "anne-redac") @QueryParam("author") String author;
        @Parameter(description = "Nombre d'articles, 1 à 100 (20 par défaut)", example = "20") @QueryParam("limit") String limit;
    }

    @GET
    @Path("feeds/articles.rss")
    @Produces({ FeedWriter.RSS, FeedWriter.XML, FeedWriter.TEXT_XML })
    @PermitAll
    @Bulkheaded(Bulkheads.FEEDS)
    @PublicCache(CacheNamespaces.ARTICLES)
    @Operation(operationId = "getArticleFeedRss", summary = "Flux RSS 2.0 des articles publiés",
            description = "Les articles les plus récents, tous ou d'une rubrique, d'un mot-clé ou d'un auteur : lien vers la page du site,"
                    + " auteurs, rubrique et mots-clés en catégories, chapô, corps HTML entier (content:encoded) si la configuration le"
                    + " permet, image de couverture en media:content. Voir docs/syndication.md.")
    @APIResponse(responseCode = "200", description = "Le flux RSS 2.0",
            content = @Content(mediaType = "application/rss+xml", schema = @Schema(type = SchemaType.STRING, maxLength = FeedWriter.MAX_DOCUMENT)))
    @APIResponse(responseCode = "304", description = "Inchangé depuis l'ETag envoyé dans If-None-Match")
    @APIResponse(responseCode = "406", description = "L'en-tête Accept exclut application/rss+xml, application/xml et text/xml")
    @APIResponse(responseCode = "400", description = "Paramètre invalide (section, tag, author, limit)")
    @APIResponse(responseCode = "404", description = "Aucune rubrique, aucun mot-clé ou aucun auteur à ce slug")
    @APIResponse(responseCode = "503", description = "Trop de flux en cours de calcul : réessayer après Retry-After secondes")
    public RestResponse<String> articlesRss(
            @BeanParam ArticleFeedQuery query, @Context UriInfo uri) {
        return feed(() -> articles(query, uri), FeedWriter::rss, FeedWriter.RSS);
    }

    @GET
    @Path("feeds/articles.atom")
    @Produces({ FeedWriter.ATOM, FeedWriter.XML, FeedWriter.TEXT_XML })
    @PermitAll
    @Bulkheaded(Bulkheads.FEEDS)
    @PublicCache(CacheNamespaces.ARTICLES)
    @Operation(operationId = "getArticleFeedAtom", summary = "Flux Atom 1.0 des articles publiés",
            description = "Le même contenu que le flux RSS, en Atom (RFC 4287) : identifiants permanents, dates de publication et de mise à jour.")
    @APIResponse(responseCode = "200", description = "Le flux Atom",
            content = @Content(mediaType = "application/atom+xml", schema = @Schema(type = SchemaType.STRING, maxLength = FeedWriter.MAX_DOCUMENT)))
    @APIResponse(responseCode = "304", description = "Inchangé depuis l'ETag envoyé dans If-None-Match")
    @APIResponse(responseCode = "406", description = "L'en-tête Accept exclut application/atom+xml, application/xml et text/xml")
    @APIResponse(responseCode = "400", description = "Paramètre invalide (section, tag, author, limit)")
    @APIResponse(responseCode = "404", description = "Aucune rubrique, aucun mot-clé ou aucun auteur à ce slug")
    @APIResponse(responseCode = "503", description = "Trop de flux en cours de calcul : réessayer après Retry-After secondes")
    public RestResponse<String> articlesAtom(
            @BeanParam ArticleFeedQuery query, @Context UriInfo uri) {
        return feed(() -> articles(query, uri), FeedWriter::atom, FeedWriter.ATOM);
    }

    @GET
    @Path("feeds/articles.json")
    @Produces({ FeedWriter.JSON_FEED, MediaType.APPLICATION_JSON })
    @PermitAll
    @Bulkheaded(Bulkheads.FEEDS)
    @PublicCache(CacheNamespaces.ARTICLES)
    @Operation(operationId = "getArticleFeedJson", summary = "Flux JSON Feed 1.1 des articles publiés",
            description = "Le même contenu que le flux RSS, au format JSON Feed 1.1 (content_html, ou content_text en mode résumé).")
    @APIResponse(responseCode = "200", description = "Le flux JSON Feed",
            content = @Content(mediaType = "application/feed+json", schema = @Schema(type = SchemaType.OBJECT,
                    description = "JSON Feed 1.1 : https://www.jsonfeed.org/version/1.1/")))
    @APIResponse(responseCode = "304", description = "Inchangé depuis l'ETag envoyé dans If-None-Match")
    @APIResponse(responseCode = "406", description = "L'en-tête Accept exclut application/feed+json et application/json")
    @APIResponse(responseCode = "400", description = "Paramètre invalide (section, tag, author, limit)")
    @APIResponse(responseCode = "404", description = "Aucune rubrique, aucun mot-clé ou aucun auteur à ce slug")
    @APIResponse(responseCode = "503", description = "Trop de flux en cours de calcul : réessayer après Retry-After secondes")
    public RestResponse<String> articlesJson(
            @BeanParam ArticleFeedQuery query, @Context UriInfo uri) {
        return feed(() -> articles(query, uri), channel -> FeedWriter.json(channel, mapper),
                FeedWriter.JSON_FEED);
    }

    // ---- jobs -------------------------------------------------------------------------------

    @GET
    @Path("feeds/jobs.rss")
    @Produces({ FeedWriter.RSS, FeedWriter.XML, FeedWriter.TEXT_XML })
    @PermitAll
    @Bulkheaded(Bulkheads.FEEDS)
    @PublicCache(CacheNamespaces.JOBS)
    @Operation(operationId = "getJobFeedRss", summary = "Flux RSS 2.0 des offres d'emploi ouvertes",
            description = "Les offres ouvertes les plus récentes : intitulé, entreprise et ville, type de contrat en catégorie.")
    @APIResponse(responseCode = "200", description = "Le flux RSS 2.0",
            content = @Content(mediaType = "application/rss+xml", schema = @Schema(type = SchemaType.STRING, maxLength = FeedWriter.MAX_DOCUMENT)))
    @APIResponse(responseCode = "304", description = "Inchangé depuis l'ETag envoyé dans If-None-Match")
    @APIResponse(responseCode = "406", description = "L'en-tête Accept exclut application/rss+xml, application/xml et text/xml")
    @APIResponse(responseCode = "400", description = "Paramètre invalide (limit)")
    @APIResponse(responseCode = "503", description = "Trop de flux en cours de calcul : réessayer après Retry-After secondes")
    public RestResponse<String> jobsRss(
            @Parameter(description = "Nombre d'offres, 1 à 100 (20 par défaut)", example = "20") @QueryParam("limit") String limit,
            @Context UriInfo uri) {
        return feed(() -> service.jobs(service.limit(limit), self(uri)), FeedWriter::rss, FeedWriter.RSS);
    }

    @GET
    @Path("feeds/jobs.atom")
    @Produces({ FeedWriter.ATOM, FeedWriter.XML, FeedWriter.TEXT_XML })
    @PermitAll
    @Bulkheaded(Bulkheads.FEEDS)
    @PublicCache(CacheNamespaces.JOBS)
    @Operation(operationId = "getJobFeedAtom", summary = "Flux Atom 1.0 des offres d'emploi ouvertes")
    @APIResponse(responseCode = "200", description = "Le flux Atom",
            content = @Content(mediaType = "application/atom+xml", schema = @Schema(type = SchemaType.STRING, maxLength = FeedWriter.MAX_DOCUMENT)))
    @APIResponse(responseCode = "304", description = "Inchangé depuis l'ETag envoyé dans If-None-Match")
    @APIResponse(responseCode = "406", description = "L'en-tête Accept exclut application/atom+xml, application/xml et text/xml")
    @APIResponse(responseCode = "400", description = "Paramètre invalide (limit)")
    @APIResponse(responseCode = "503", description = "Trop de flux en cours de calcul : réessayer après Retry-After secondes")
    public RestResponse<String> jobsAtom(
            @Parameter(description = "Nombre d'offres, 1 à 100 (20 par défaut)", example = "20") @QueryParam("limit") String limit,
            @Context UriInfo uri) {
        return feed(() -> service.jobs(service.limit(limit), self(uri)), FeedWriter::atom, FeedWriter.ATOM);
    }

    @GET
    @Path("feeds/jobs.json")
    @Produces({ FeedWriter.JSON_FEED, MediaType.APPLICATION_JSON })
    @PermitAll
    @Bulkheaded(Bulkheads.FEEDS)
    @PublicCache(CacheNamespaces.JOBS)
    @Operation(operationId = "getJobFeedJson", summary = "Flux JSON Feed 1.1 des offres d'emploi ouvertes")
    @APIResponse(responseCode = "200", description = "Le flux JSON Feed",
            content = @Content(mediaType = "application/feed+json", schema = @Schema(type = SchemaType.OBJECT,
                    description = "JSON Feed 1.1 : https://www.jsonfeed.org/version/1.1/")))
    @APIResponse(responseCode = "304", description = "Inchangé depuis l'ETag envoyé dans If-None-Match")
    @APIResponse(responseCode = "406", description = "L'en-tête Accept exclut application/feed+json et application/json")
    @APIResponse(responseCode = "400", description = "Paramètre invalide (limit)")
    @APIResponse(responseCode = "503", description = "Trop de flux en cours de calcul : réessayer après Retry-After secondes")
    public RestResponse<String> jobsJson(
            @Parameter(description = "Nombre d'offres, 1 à 100 (20 par défaut)", example = "20") @QueryParam("limit") String limit,
            @Context UriInfo uri) {
        return feed(() -> service.jobs(service.limit(limit), self(uri)), channel -> FeedWriter.json(channel, mapper),
                FeedWriter.JSON_FEED);
    }

    // ---- sitemap ----------------------------------------------------------------------------

    @GET
    @Path("sitemap.xml")
    @Produces({ FeedWriter.XML, FeedWriter.TEXT_XML })
    @PermitAll
    @PublicCache(CacheNamespaces.ARTICLES)
    @Operation(operationId = "getSitemapIndex", summary = "Index du plan du site (sitemaps.org)",
            description = "Les fichiers du plan du site : /sitemaps/pages.xml (rubriques, fiches métiers, offres ouvertes) et"
                    + " /sitemaps/articles-1.xml, articles-2.xml… (les articles publiés, des plus anciens aux plus récents, 50 000 par"
                    + " fichier : kiosque.feeds.sitemap-articles). Voir docs/syndication.md.")
    @APIResponse(responseCode = "200", description = "L'index du plan du site",
            content = @Content(mediaType = "application/xml", schema = @Schema(type = SchemaType.STRING, maxLength = Sitemap.MAX_FILE)))
    @APIResponse(responseCode = "304", description = "Inchangé depuis l'ETag envoyé dans If-None-Match")
    @APIResponse(responseCode = "406", description = "L'en-tête Accept exclut application/xml et text/xml")
    public RestResponse<String> sitemap() {
        return RestResponse.ResponseBuilder.ok(Sitemap.index(service.sitemapIndex()), FeedWriter.XML).build();
    }

    @GET
    @Path("sitemaps/pages.xml")
    @Produces({ FeedWriter.XML, FeedWriter.TEXT_XML })
    @PermitAll
    @PublicCache({ CacheNamespaces.ARTICLES, CacheNamespaces.JOBS, CacheNamespaces.PAGES })
    @Operation(operationId = "getPagesSitemap", summary = "Plan du site : pages du site, rubriques, fiches métiers et offres",
            description = "Les pages publiques autres que les articles, avec leur date de dernière modification : pages du site"
                    + " (mentions légales, contact…), rubriques"
                    + " (celle de leur article visible le plus récent), fiches métiers, offres ouvertes.")
    @APIResponse(responseCode = "200", description = "Un fichier du plan du site",
            content = @Content(mediaType = "application/xml", schema = @Schema(type = SchemaType.STRING, maxLength = Sitemap.MAX_FILE)))
    @APIResponse(responseCode = "304", description = "Inchangé depuis l'ETag envoyé dans If-None-Match")
    @APIResponse(responseCode = "406", description = "L'en-tête Accept exclut application/xml et text/xml")
    public RestResponse<String> sitemapPages() {
        return urlset(service.sitemapPages());
    }

    @GET
    @Path("sitemaps/articles-{n}.xml")
    @Produces({ FeedWriter.XML, FeedWriter.TEXT_XML })
    @PermitAll
    @Bulkheaded(Bulkheads.SITEMAPS)
    @PublicCache(CacheNamespaces.ARTICLES)
    @Operation(operationId = "getArticlesSitemap", summary = "Plan du site : un fichier d'articles",
            description = "Le n-ième lot d'articles publiés, dans l'ordre de leur création (50 000 par fichier :"
                    + " kiosque.feeds.sitemap-articles), avec leur date de dernière modification.")
    @APIResponse(responseCode = "200", description = "Un fichier du plan du site",
            content = @Content(mediaType = "application/xml", schema = @Schema(type = SchemaType.STRING, maxLength = Sitemap.MAX_FILE)))
    @APIResponse(responseCode = "304", description = "Inchangé depuis l'ETag envoyé dans If-None-Match")
    @APIResponse(responseCode = "404", description = "Au-delà du dernier fichier d'articles")
    @APIResponse(responseCode = "406", description = "L'en-tête Accept exclut application/xml et text/xml")
    @APIResponse(responseCode = "503", description = "Trop de fichiers du plan du site en cours d'envoi : réessayer après Retry-After secondes")
    public RestResponse<StreamedAnswer> sitemapArticles(@Parameter(description = "Numéro du fichier, à partir de 1", example = "1",
            schema = @Schema(type = SchemaType.INTEGER, format = "int32", minimum = "1", maximum = "999999999")) @PathParam("n") String n) {
        FeedService.ArticlesFile file = service.sitemapArticlesFile(n);
        return RestResponse.ResponseBuilder.ok(new StreamedAnswer(file.etag(), file.stats().newest(),
                out -> service.writeSitemapArticles(file, out)), FeedWriter.XML).build();
    }

    private static RestResponse<String> urlset(List<Sitemap.Url> urls) {
        Instant newest = urls.stream().map(Sitemap.Url::lastModified).filter(i -> i != null).max(Instant::compareTo).orElse(null);
        var builder = RestResponse.ResponseBuilder.ok(Sitemap.xml(urls), FeedWriter.XML);
        if (newest != null) {
            builder.header(HttpHeaders.LAST_MODIFIED, HttpDate.format(newest));
        }
        return builder.build();
    }

    private static RestResponse<String> feed(java.util.function.Supplier<FeedChannel> read,
            java.util.function.Function<FeedChannel, String> render, String mediaType) {
        FeedChannel channel = read.get();
        return answer(render.apply(channel), mediaType, channel);
    }

    private FeedChannel articles(ArticleFeedQuery query, UriInfo uri) {
        return service.articles(QueryParams.slug("section", query.section), QueryParams.slug("tag", query.tag),
                QueryParams.slug("author", query.author), service.limit(query.limit), self(uri));
    }

    /** The feed's path and query as the client asked for it (its id and self link; never its Host, which is not trusted). */
    private static String self(UriInfo uri) {
        URI request = uri.getRequestUri();
        return request.getRawPath() + (request.getRawQuery() == null ? "" : "?" + request.getRawQuery());
    }

    private static RestResponse<String> answer(String body, String mediaType, FeedChannel channel) {
        var builder = RestResponse.ResponseBuilder.ok(body, mediaType);
        if (channel.updated() != null) {
            builder.header(HttpHeaders.LAST_MODIFIED, HttpDate.format(channel.updated()));
        }
        return builder.build();
    }
}
