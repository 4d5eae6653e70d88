package fr.kiosque.job.api;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * Counts for a filter sidebar. Each facet counts the listings that match every filter except its
 * own (so that choosing CDI still shows how many CDD there are); values with no listing are left
 * out unless the filter selects them.
 */
@Schema(name = "JobFacets", description = "Nombre d'offres par valeur, pour chaque critère : chaque facette applique tous les filtres sauf le sien")
public record JobFacets(
        List<FacetValue> contract,
        List<FacetValue> remote,
        List<FacetValue> region,
        List<FacetValue> profile) {

    @Schema(name = "JobFacetValue")
    public record FacetValue(
            @Schema(description = "Valeur à passer au filtre", examples = "CDI") String value,
            @Schema(description = "Libellé à afficher", examples = "CDI") String label,
            @Schema(examples = "42") long count,
            @Schema(description = "Le filtre actuel sélectionne cette valeur", examples = "true") boolean selected) {
    }
}
