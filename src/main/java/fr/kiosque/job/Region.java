package fr.kiosque.job;

import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The French regions a listing may be in: the 13 metropolitan regions and the 5 overseas ones,
 * addressed by slug. The {@code job_listing_region_ck} constraint (V8) lists the same slugs.
 */
public enum Region {
    AUVERGNE_RHONE_ALPES("auvergne-rhone-alpes", "Auvergne-Rhône-Alpes"),
    BOURGOGNE_FRANCHE_COMTE("bourgogne-franche-comte", "Bourgogne-Franche-Comté"),
    BRETAGNE("bretagne", "Bretagne"),
    CENTRE_VAL_DE_LOIRE("centre-val-de-loire", "Centre-Val de Loire"),
    CORSE("corse", "Corse"),
    GRAND_EST("grand-est", "Grand Est"),
    HAUTS_DE_FRANCE("hauts-de-france", "Hauts-de-France"),
    ILE_DE_FRANCE("ile-de-france", "Île-de-France"),
    NORMANDIE("normandie", "Normandie"),
    NOUVELLE_AQUITAINE("nouvelle-aquitaine", "Nouvelle-Aquitaine"),
    OCCITANIE("occitanie", "Occitanie"),
    PAYS_DE_LA_LOIRE("pays-de-la-loire", "Pays de la Loire"),
    PROVENCE_ALPES_COTE_D_AZUR("provence-alpes-cote-d-azur", "Provence-Alpes-Côte d'Azur"),
    GUADELOUPE("guadeloupe", "Guadeloupe"),
    MARTINIQUE("martinique", "Martinique"),
    GUYANE("guyane", "Guyane"),
    LA_REUNION("la-reunion", "La Réunion"),
    MAYOTTE("mayotte", "Mayotte");

    private static final Map<String, Region> BY_SLUG = Arrays.stream(values())
            .collect(Collectors.toUnmodifiableMap(Region::slug, Function.identity()));

    private final String slug;
    private final String displayName;

    Region(String slug, String displayName) {
        this.slug = slug;
        this.displayName = displayName;
    }

    public String slug() {
        return slug;
    }

    public String displayName() {
        return displayName;
    }

    public static Optional<Region> fromSlug(String slug) {
        return Optional.ofNullable(slug == null ? null : BY_SLUG.get(slug));
    }

    /** The accepted slugs, for error messages. */
    public static String slugs() {
        return Arrays.stream(values()).map(Region::slug).collect(Collectors.joining(", "));
    }
}
