package fr.kiosque.ghost;

import java.util.Map;

import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import fr.kiosque.common.http.Bulkheaded;
import fr.kiosque.common.http.cache.CacheNamespaces;
import fr.kiosque.common.http.cache.PublicCache;
import fr.kiosque.ghost.api.GhostDocs;

/** Ghost's Content API: tags (sections and tags), authors and settings (docs/ghost.md). */
@Path(GhostRoutes.PREFIX)
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "API de contenu Ghost")
@SecurityRequirement(name = GhostPostsResource.SCHEME)
@PermitAll
@PublicCache(CacheNamespaces.ARTICLES)
@Bulkheaded(GhostRoutes.BULKHEAD)
class GhostTaxonomyResource {

    @Inject GhostTerms terms;
    @Inject GhostConfig config;

    @GET
    @Path("tags/")
    @Operation(operationId = "browseGhostTags", summary = "Lister les rubriques et mots-clés (tags de Ghost)")
    @APIResponse(responseCode = "200", description = "Une page de tags, avec meta.pagination",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = GhostDocs.Tags.class)))
    public Map<String, Object> browseTags(@BeanParam GhostListQuery query) {
        return terms.browseTags(query.params(config.maxLimit()), query.filter);
    }

    @GET
    @Path("tags/{id}/")
    @Operation(operationId = "readGhostTag", summary = "Lire un tag par son id (section-3, tag-7)")
    @APIResponse(responseCode = "200", description = "Le tag, seul dans la liste tags, sans meta",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = GhostDocs.Tags.class)))
    public Map<String, Object> readTag(@Parameter(example = "tag-7") @PathParam("id") String id, @BeanParam GhostQuery query) {
        return terms.readTag(t -> GhostIds.of(t).equals(id), query.params(config.maxLimit()));
    }

    @GET
    @Path("tags/slug/{slug}/")
    @Operation(operationId = "readGhostTagBySlug", summary = "Lire un tag par son slug (une rubrique avant un mot-clé de même slug)")
    @APIResponse(responseCode = "200", description = "Le tag, seul dans la liste tags, sans meta",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = GhostDocs.Tags.class)))
    public Map<String, Object> readTagBySlug(@Parameter(example = "reseaux-sociaux") @PathParam("slug") String slug, @BeanParam GhostQuery query) {
        return terms.readTag(t -> t.slug().equals(slug), query.params(config.maxLimit()));
    }

    @GET
    @Path("authors/")
    @Operation(operationId = "browseGhostAuthors", summary = "Lister les auteurs (authors de Ghost)")
    @APIResponse(responseCode = "200", description = "Une page d'auteurs, avec meta.pagination",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = GhostDocs.Authors.class)))
    public Map<String, Object> browseAuthors(@BeanParam GhostListQuery query) {
        return terms.browseAuthors(query.params(config.maxLimit()), query.filter);
    }

    @GET
    @Path("authors/{id}/")
    @Operation(operationId = "readGhostAuthor", summary = "Lire un auteur par son id (author-5)")
    @APIResponse(responseCode = "200", description = "L'auteur, seul dans la liste authors, sans meta",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = GhostDocs.Authors.class)))
    public Map<String, Object> readAuthor(@Parameter(example = "author-5") @PathParam("id") String id, @BeanParam GhostQuery query) {
        return terms.readAuthor(t -> GhostIds.of(t).equals(id), query.params(config.maxLimit()));
    }

    @GET
    @Path("authors/slug/{slug}/")
    @Operation(operationId = "readGhostAuthorBySlug", summary = "Lire un auteur par son slug")
    @APIResponse(responseCode = "200", description = "L'auteur, seul dans la liste authors, sans meta",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = GhostDocs.Authors.class)))
    public Map<String, Object> readAuthorBySlug(@Parameter(example = "anne-redac") @PathParam("slug") String slug, @BeanParam GhostQuery query) {
        return terms.readAuthor(t -> t.slug().equals(slug), query.params(config.maxLimit()));
    }

    @GET
    @Path("settings/")
    @Operation(operationId = "browseGhostSettings", summary = "Réglages du site (settings de Ghost)",
            description = "Titre, description, langue fr, URL du site, et les rubriques comme navigation.")
    @APIResponse(responseCode = "200", description = "Les réglages",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = GhostDocs.Settings.class)))
    public Map<String, Object> settings(
            @Parameter(description = GhostQuery.KEY, example = GhostQuery.KEY_EXAMPLE) @QueryParam("key") String key) {
        return terms.settings();
    }
}
