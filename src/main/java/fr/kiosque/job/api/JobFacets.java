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
        @Schema(maxItems = CONTRACTS) List<FacetValue> contract,
        @Schema(maxItems = REMOTE_WORK) List<FacetValue> remote,
        @Schema(maxItems = REGIONS) List<FacetValue> region,
        @Schema(maxItems = MAX_PROFILES, description = "Les fiches métiers sélectionnées, puis celles qui ont le plus d'offres ("
                + MAX_PROFILES + " au plus)") List<FacetValue> profile) {

    /** How many contracts, remote-work modes and regions there are (one facet value each); a test keeps them true. */
    public static final int CONTRACTS = 6;
    public static final int REMOTE_WORK = 3;
    public static final int REGIONS = 18;
    /** Career sheets the profile facet shows: the selected ones, then those with the most listings. */
    public static final int MAX_PROFILES = 50;

    @Schema(name = "JobFacetValue")
    public record FacetValue(
            @Schema(description = "Valeur à passer au filtre", examples = "CDI") String value,
            @Schema(description = "Libellé à afficher", examples = "CDI") String label,
            @Schema(examples = "42") long count,
            @Schema(description = "Le filtre actuel sélectionne cette valeur", examples = "true") boolean selected) {
    }
}
