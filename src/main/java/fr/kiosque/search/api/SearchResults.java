package fr.kiosque.search.api;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import fr.kiosque.common.paging.Page;
import fr.kiosque.common.paging.PageRequest;

/** A page of search results, and a corrected query when nothing was found. */
@Schema(name = "SearchResults")
public record SearchResults(
        @Schema(maxItems = PageRequest.MAX_SIZE) List<SearchHit> items,
        Page.PageInfo page,
        @Schema(nullable = true, description = "Requête corrigée proposée quand la recherche ne trouve rien (« dilemne » → « dilemme »)",
                examples = "dilemme")
        String suggestion) {
}
