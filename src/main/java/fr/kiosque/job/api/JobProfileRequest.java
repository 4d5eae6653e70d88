package fr.kiosque.job.api;

import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import fr.kiosque.common.text.Slugs;
import fr.kiosque.job.Seniority;

/** A career sheet as editors write it (POST and PUT). Related articles are named by slug. */
@Schema(name = "JobProfileRequest")
public record JobProfileRequest(
        @NotBlank @Size(max = 200) @Schema(required = true, examples = "Chef de projet digital") String title,
        @Size(max = Slugs.MAX_LENGTH) @Pattern(regexp = Slugs.PATTERN, message = "{kiosque.slug}")
        @Schema(nullable = true, description = "Par défaut, tiré du titre", examples = "chef-de-projet-digital") String slug,
        @NotBlank @Size(max = 2000)
        @Schema(required = true, examples = "Il ou elle conduit les projets web et mobiles, du cahier des charges à la mise en ligne.") String summary,
        @Size(max = MAX_MISSIONS) @Schema(nullable = true, examples = "[\"Recueillir les besoins et rédiger le cahier des charges\"]")
        List<@NotBlank @Size(max = 500) String> missions,
        @Size(max = MAX_SKILLS) @Schema(nullable = true, examples = "[\"Gestion de projet (agile, cycle en V)\"]")
        List<@NotBlank @Size(max = 500) String> skills,
        @Size(max = 4000) @Schema(nullable = true, examples = "Bac +5 : école de commerce, d'ingénieurs ou master en communication numérique.") String education,
        @Size(max = 4000) @Schema(nullable = true, examples = "Directeur ou directrice de projet, puis responsable du digital.") String careerPath,
        @Size(max = MAX_SALARY_BANDS) @Schema(nullable = true, description = "Une fourchette par niveau au plus, brut annuel en EUR")
        List<@NotNull @Valid SalaryBandRequest> salaryBands,
        @Size(max = MAX_RELATED_ARTICLES) @Schema(nullable = true, description = "Slugs d'articles, dans l'ordre ; seuls ceux que le public voit sont montrés",
                examples = "[\"toute-peine-merite-salaire\"]")
        List<@NotBlank @Size(max = 160) @Pattern(regexp = Slugs.PATTERN, message = "{kiosque.slug}") String> relatedArticles) {

    /** Most missions, skills, salary bands (one per seniority) and related articles a career sheet has. */
    public static final int MAX_MISSIONS = 20;
    public static final int MAX_SKILLS = 20;
    public static final int MAX_SALARY_BANDS = 3;
    public static final int MAX_RELATED_ARTICLES = 10;

    @Schema(name = "SalaryBandRequest")
    public record SalaryBandRequest(
            @NotNull @Schema(required = true, examples = "CONFIRMED") Seniority seniority,
            @NotNull @Positive @Max(10_000_000) @Schema(required = true, description = "Brut annuel, EUR", examples = "40000") Integer min,
            @NotNull @Positive @Max(10_000_000) @Schema(required = true, description = "Brut annuel, EUR", examples = "50000") Integer max) {
    }
}
