package fr.kiosque.job.api;

import java.time.Instant;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import fr.kiosque.article.api.ArticleSummary;
import fr.kiosque.job.Seniority;

/** Career sheets as the public and the staff see them. */
public final class JobProfileViews {

    private JobProfileViews() {
    }

    @Schema(name = "JobProfileSummary", description = "Fiche métier dans une liste")
    public record Summary(
            @Schema(examples = "chef-de-projet-digital") String slug,
            @Schema(examples = "Chef de projet digital") String title,
            @Schema(examples = "Il ou elle conduit les projets web et mobiles, du cahier des charges à la mise en ligne.") String summary,
            @Schema(description = "Offres ouvertes en ce moment pour ce métier", examples = "12") long openListingCount) {
    }

    @Schema(name = "JobProfileDetail", description = "Fiche métier complète : de quoi afficher la page en un appel")
    public record Detail(
            @Schema(examples = "chef-de-projet-digital") String slug,
            @Schema(examples = "Chef de projet digital") String title,
            @Schema(examples = "Il ou elle conduit les projets web et mobiles, du cahier des charges à la mise en ligne.") String summary,
            @Schema(maxItems = JobProfileRequest.MAX_MISSIONS, examples = "[\"Recueillir les besoins et rédiger le cahier des charges\"]") List<String> missions,
            @Schema(maxItems = JobProfileRequest.MAX_SKILLS, examples = "[\"Gestion de projet (agile, cycle en V)\"]") List<String> skills,
            @Schema(nullable = true, examples = "Bac +5 : école de commerce, d'ingénieurs ou master en communication numérique.") String education,
            @Schema(nullable = true, examples = "Directeur ou directrice de projet, puis responsable du digital.") String careerPath,
            @Schema(maxItems = JobProfileRequest.MAX_SALARY_BANDS, description = "Fourchettes de la rédaction, brut annuel, par niveau (JUNIOR, CONFIRMED, SENIOR)") List<SalaryBand> salaryBands,
            SalaryBenchmark salaryBenchmark,
            OpenListings openListings,
            @Schema(maxItems = JobProfileRequest.MAX_RELATED_ARTICLES, description = "Articles liés que le public voit, dans l'ordre choisi") List<ArticleSummary> relatedArticles,
            @Schema(examples = "2026-11-19T16:00:00Z") Instant updatedAt) {
    }

    @Schema(name = "SalaryBand", description = "Fourchette de salaire brut annuel d'un niveau")
    public record SalaryBand(
            @Schema(examples = "CONFIRMED") Seniority seniority,
            Money salary) {
    }

    @Schema(name = "SalaryBenchmark", description = "Ce que paient les offres du métier : offres ouvertes et fermées récemment (12 mois par défaut), en CDI ou CDD, salaire brut ramené à l'année. median : médiane des minimums et médiane des maximums des fourchettes, null sans offre")
    public record SalaryBenchmark(
            @Schema(description = "Nombre d'offres prises en compte", examples = "18") long listingCount,
            @Schema(nullable = true) Money median) {
    }

    @Schema(name = "JobProfileOpenListings", description = "Les offres ouvertes du métier, les plus récentes d'abord (10 par défaut, "
            + OpenListings.MAX_ITEMS + " au plus) ; toutes : GET /api/v1/jobs?profile={slug}")
    public record OpenListings(
            @Schema(description = "Nombre total d'offres ouvertes", examples = "23") long totalItems,
            @Schema(maxItems = MAX_ITEMS) List<JobSummary> items) {

        /** The largest {@code kiosque.jobs.profile-listings} a start accepts. */
        public static final int MAX_ITEMS = 20;
    }

    @Schema(name = "JobProfileAdminResponse", description = "Fiche métier vue par la rédaction")
    public record Admin(
            @Schema(examples = "3") long id,
            @Schema(examples = "chef-de-projet-digital") String slug,
            @Schema(examples = "Chef de projet digital") String title,
            @Schema(examples = "Il ou elle conduit les projets web et mobiles, du cahier des charges à la mise en ligne.") String summary,
            @Schema(maxItems = JobProfileRequest.MAX_MISSIONS) List<String> missions,
            @Schema(maxItems = JobProfileRequest.MAX_SKILLS) List<String> skills,
            @Schema(nullable = true) String education,
            @Schema(nullable = true) String careerPath,
            @Schema(maxItems = JobProfileRequest.MAX_SALARY_BANDS) List<SalaryBand> salaryBands,
            @Schema(maxItems = JobProfileRequest.MAX_RELATED_ARTICLES, description = "Slugs des articles liés, tels qu'enregistrés", examples = "[\"toute-peine-merite-salaire\"]") List<String> relatedArticles,
            @Schema(examples = "2026-11-19T16:00:00Z") Instant createdAt,
            @Schema(examples = "2026-11-19T16:00:00Z") Instant updatedAt,
            @Schema(examples = "0") long version) {
    }

    @Schema(name = "JobProfileAdminSummary", description = "Fiche métier dans une liste de la rédaction")
    public record AdminSummary(
            @Schema(examples = "3") long id,
            @Schema(examples = "chef-de-projet-digital") String slug,
            @Schema(examples = "Chef de projet digital") String title,
            @Schema(examples = "2026-11-19T16:00:00Z") Instant updatedAt,
            @Schema(examples = "0") long version) {
    }
}
