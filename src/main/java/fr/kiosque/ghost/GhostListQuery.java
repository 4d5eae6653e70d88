package fr.kiosque.ghost;

import jakarta.ws.rs.QueryParam;

import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/** The query parameters of a Content API list ({@code @BeanParam}): those of a read ({@link GhostQuery}) and the list's. */
class GhostListQuery extends GhostQuery {

    static final String FILTER = "Filtre NQL. posts : tag, tags, primary_tag, author, authors.slug, slug, id, featured, published_at ;"
            + " pages, tags, authors : slug, id, visibility ; - (négation), [a,b], + (et), virgule (ou), parenthèses";
    static final String LIMIT = "Un nombre, ou all (au plus kiosque.ghost.max-limit éléments) ; 15 par défaut";
    static final String ORDER = "Par exemple published_at desc, title asc (posts) ; name, slug ou count.posts (tags, authors)";

    @QueryParam("filter") @Parameter(description = FILTER, example = "tag:reseaux-sociaux+featured:true")
    String filter;

    @QueryParam("limit") @Parameter(description = LIMIT, example = "all")
    String limit;

    @QueryParam("page") @Parameter(example = "1")
    String page;

    @QueryParam("order") @Parameter(description = ORDER, example = "published_at desc")
    String order;

    @Override
    GhostParams params(int maxLimit) {
        return GhostParams.of(limit, page, order, include, fields, formats, maxLimit);
    }
}
