package fr.kiosque.article;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.jwt.JsonWebToken;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

import fr.kiosque.article.api.ArticleAdminResponse;
import fr.kiosque.article.api.RevisionViews.PreviewToken;
import fr.kiosque.article.api.RevisionViews.RevisionDetail;
import fr.kiosque.article.api.RevisionViews.RevisionSummary;
import fr.kiosque.common.http.Preconditions;
import fr.kiosque.common.http.StaffResponses;
import fr.kiosque.common.paging.Page;
import fr.kiosque.common.paging.PageParams;
import fr.kiosque.common.security.Roles;

/** Preview links and revisions of an article, for the newsroom (docs/previews.md). */
@Path(ArticleAdminResource.PATH + "/{id}")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Administration : articles")
@RolesAllowed({ Roles.EDITOR, Roles.ADMIN })
class ArticleWorkflowAdminResource {

    @Inject ArticlePreviews previews;
    @Inject ArticleRevisions revisions;
    @Inject JsonWebToken token;

    @POST
    @Path("/preview-token")
    @Operation(operationId = "createArticlePreviewToken", summary = "Créer un lien d'aperçu",
            description = "Un jeton signé qui ouvre cet article tel qu'il est (brouillon, programmé ou publié) sur"
                    + " GET /api/v1/articles/{slug}?preview={token}, jusqu'à son expiration (kiosque.previews.ttl, 24 h par défaut).")
    @APIResponse(responseCode = "200", description = "Le jeton, son expiration et le chemin de l'aperçu")
    public PreviewToken previewToken(@Parameter(example = "12") @PathParam("id") long id) {
        return previews.previewToken(id);
    }

    @GET
    @Path("/revisions")
    @Operation(operationId = "listArticleRevisions", summary = "Lister les versions d'un article",
            description = "Les plus récentes d'abord : qui, quand, quels champs. Chaque modification, publication, dépublication,"
                    + " programmation et restauration en crée une.")
    @APIResponse(responseCode = "200", description = "Une page de versions")
    public RestResponse<Page<RevisionSummary>> revisions(@Parameter(example = "12") @PathParam("id") long id,
            @BeanParam PageParams paging) {
        return paging.ok(revisions.list(id, paging.request()));
    }

    @GET
    @Path("/revisions/{revisionId}")
    @Operation(operationId = "getArticleRevision", summary = "Lire une version d'un article", description = "Ses champs éditables, tels qu'ils étaient après ce changement.")
    @APIResponse(responseCode = "200", description = "La version")
    @APIResponse(responseCode = "404", description = "Article ou version inconnus")
    public RevisionDetail revision(@Parameter(example = "12") @PathParam("id") long id,
            @Parameter(example = "57") @PathParam("revisionId") long revisionId) {
        return revisions.get(id, revisionId);
    }

    @POST
    @Path("/revisions/{revisionId}/restore")
    @Operation(operationId = "restoreArticleRevision", summary = "Restaurer une version d'un article",
            description = "Remet les champs éditables de cette version ; le statut et la date de publication restent ceux d'aujourd'hui."
                    + " Crée une nouvelle version (RESTORED). Demande If-Match.")
    @APIResponse(responseCode = "200", description = "L'article restauré, avec son nouvel ETag")
    @APIResponse(responseCode = "404", description = "Article ou version inconnus")
    @APIResponse(responseCode = "409", description = "Le slug de cette version est pris par un autre article")
    @APIResponse(responseCode = "422", description = "Rubrique, auteur ou article lié de cette version supprimé depuis ;"
            + " article publié ou programmé que cette version laisserait incomplet")
    public RestResponse<ArticleAdminResponse> restore(@Parameter(example = "12") @PathParam("id") long id,
            @Parameter(example = "57") @PathParam("revisionId") long revisionId,
            @Parameter(description = Preconditions.IF_MATCH_DESCRIPTION, required = true, example = "\"v3\"") @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        ArticleAdminResponse article = revisions.restore(id, revisionId, ifMatch, token.getName());
        return StaffResponses.ok(article.version(), article);
    }
}
