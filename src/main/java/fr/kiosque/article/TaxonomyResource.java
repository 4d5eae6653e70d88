package fr.kiosque.article;

import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

import fr.kiosque.article.api.TaxonomyResponses.AuthorResponse;
import fr.kiosque.article.api.TaxonomyResponses.SectionResponse;
import fr.kiosque.article.api.TaxonomyResponses.TagResponse;
import fr.kiosque.common.http.cache.CacheNamespaces;
import fr.kiosque.common.http.cache.PublicCache;
import fr.kiosque.common.paging.Page;
import fr.kiosque.common.paging.PageParams;

/** Sections, tags and authors with their counts of published articles. */
@Path("/api/v1")
@Produces(MediaType.APPLICATION_JSON)
@PermitAll
class TaxonomyResource {

    @Inject TaxonomyService service;

    @GET
    @PublicCache(CacheNamespaces.ARTICLES)
    @Path("/sections")
    @Tag(name = "Rubriques")
    @Operation(operationId = "listSections", summary = "Lister les rubriques", description = "Par ordre alphabétique, avec le nombre d'articles publiés.")
    @APIResponse(responseCode = "200", description = "Une page de rubriques")
    @APIResponse(responseCode = "304", description = "Inchangé depuis l'ETag envoyé dans If-None-Match")
    public RestResponse<Page<SectionResponse>> sections(
            @BeanParam PageParams paging) {
        return paging.ok(service.publicPage(service.sections(), paging.request()));
    }

    @GET
    @PublicCache(CacheNamespaces.ARTICLES)
    @Path("/sections/{slug}")
    @Tag(name = "Rubriques")
    @Operation(operationId = "getSection", summary = "Lire une rubrique")
    @APIResponse(responseCode = "200", description = "La rubrique")
    @APIResponse(responseCode = "304", description = "Inchangé depuis l'ETag envoyé dans If-None-Match")
    @APIResponse(responseCode = "404", description = "Rubrique inconnue")
    public SectionResponse section(@Parameter(example = "le-magazine") @PathParam("slug") String slug) {
        return service.section(slug);
    }

    @GET
    @PublicCache(CacheNamespaces.ARTICLES)
    @Path("/tags")
    @Tag(name = "Mots-clés")
    @Operation(operationId = "listTags", summary = "Lister les mots-clés", description = "Par ordre alphabétique, avec le nombre d'articles publiés.")
    @APIResponse(responseCode = "200", description = "Une page de mots-clés")
    @APIResponse(responseCode = "304", description = "Inchangé depuis l'ETag envoyé dans If-None-Match")
    public RestResponse<Page<TagResponse>> tags(
            @BeanParam PageParams paging) {
        return paging.ok(service.publicPage(service.tags(), paging.request()));
    }

    @GET
    @PublicCache(CacheNamespaces.ARTICLES)
    @Path("/tags/{slug}")
    @Tag(name = "Mots-clés")
    @Operation(operationId = "getTag", summary = "Lire un mot-clé")
    @APIResponse(responseCode = "200", description = "Le mot-clé")
    @APIResponse(responseCode = "304", description = "Inchangé depuis l'ETag envoyé dans If-None-Match")
    @APIResponse(responseCode = "404", description = "Mot-clé inconnu")
    public TagResponse tag(@Parameter(example = "reseaux-sociaux") @PathParam("slug") String slug) {
        return service.tag(slug);
    }

    @GET
    @PublicCache(CacheNamespaces.ARTICLES)
    @Path("/authors")
    @Tag(name = "Auteurs")
    @Operation(operationId = "listAuthors", summary = "Lister les auteurs", description = "Par ordre alphabétique, avec le nombre d'articles publiés.")
    @APIResponse(responseCode = "200", description = "Une page d'auteurs")
    @APIResponse(responseCode = "304", description = "Inchangé depuis l'ETag envoyé dans If-None-Match")
    public RestResponse<Page<AuthorResponse>> authors(
            @BeanParam PageParams paging) {
        return paging.ok(service.publicPage(service.authors(), paging.request()));
    }

    @GET
    @PublicCache(CacheNamespaces.ARTICLES)
    @Path("/authors/{slug}")
    @Tag(name = "Auteurs")
    @Operation(operationId = "getAuthor", summary = "Lire un auteur")
    @APIResponse(responseCode = "200", description = "L'auteur")
    @APIResponse(responseCode = "304", description = "Inchangé depuis l'ETag envoyé dans If-None-Match")
    @APIResponse(responseCode = "404", description = "Auteur inconnu")
    public AuthorResponse author(@Parameter(example = "anne-redac") @PathParam("slug") String slug) {
        return service.author(slug);
    }
}
