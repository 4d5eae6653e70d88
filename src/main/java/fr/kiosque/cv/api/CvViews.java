package fr.kiosque.cv.api;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import fr.kiosque.cv.CvAuditAction;
import fr.kiosque.cv.CvStatus;

/** CV submissions as the recruitment team sees them. */
public final class CvViews {

    private CvViews() {
    }

    @Schema(name = "CvJob", description = "L'offre à laquelle le candidat a postulé")
    public record Job(
            @Schema(examples = "chef-de-projet-digital-agence-lumiere-lyon") String slug,
            @Schema(examples = "Chef de projet digital") String title) {
    }

    @Schema(name = "CvFile", description = "Le fichier : nom d'origine nettoyé, type reconnu à son contenu, taille en octets")
    public record File(
            @Schema(examples = "CV Camille Durand.pdf") String name,
            @Schema(examples = "application/pdf") String contentType,
            @Schema(examples = "184320") long size) {
    }

    @Schema(name = "CvConsent", description = "Le consentement donné à l'envoi")
    public record Consent(
            @Schema(description = "Version de la politique de confidentialité acceptée", examples = "2026-11") String privacyNoticeVersion,
            @Schema(examples = "2026-11-26T09:30:00Z") Instant givenAt) {
    }

    @Schema(name = "CvSubmissionSummary", description = "Candidature dans une liste")
    public record SubmissionSummary(
            @Schema(examples = "0b4f6a52-8d1e-4c57-9a61-3f2b7c9d1e08") UUID id,
            @Schema(examples = "2026-11-26T09:30:00Z") Instant receivedAt,
            @Schema(examples = "NEW") CvStatus status,
            @Schema(examples = "Camille") String firstName,
            @Schema(examples = "Durand") String lastName,
            @Schema(examples = "camille.durand@example.org") String email,
            @Schema(examples = "Lyon") String location,
            @Schema(nullable = true, examples = "chef-de-projet-digital") String desiredProfile,
            @Schema(nullable = true) Job job,
            File file,
            @Schema(examples = "0") long version) {
    }

    @Schema(name = "CvSubmission", description = "Candidature complète")
    public record Detail(
            @Schema(examples = "0b4f6a52-8d1e-4c57-9a61-3f2b7c9d1e08") UUID id,
            @Schema(examples = "2026-11-26T09:30:00Z") Instant receivedAt,
            @Schema(examples = "NEW") CvStatus status,
            @Schema(examples = "Camille") String firstName,
            @Schema(examples = "Durand") String lastName,
            @Schema(examples = "camille.durand@example.org") String email,
            @Schema(nullable = true, examples = "+33 6 12 34 56 78") String phone,
            @Schema(examples = "Lyon") String location,
            @Schema(nullable = true, examples = "chef-de-projet-digital") String desiredProfile,
            @Schema(nullable = true) Job job,
            @Schema(nullable = true, description = "Texte brut", examples = "Bonjour, chef de projet digital depuis six ans en agence.")
            String message,
            Consent consent,
            File file,
            @Schema(nullable = true, description = "Note privée de l'équipe", examples = "Profil solide, à rappeler.") String note,
            @Schema(examples = "2026-11-26T10:00:00Z") Instant updatedAt,
            @Schema(description = "Version, l'ETag \"v<version>\" à renvoyer dans If-Match", examples = "0") long version) {
    }

    @Schema(name = "CvAuditEntry", description = "Un accès aux données d'un candidat")
    public record AuditLogEntry(
            @Schema(examples = "5120") long id,
            @Schema(examples = "2026-11-26T10:02:00Z") Instant at,
            @Schema(description = "Qui : le compte de l'équipe, candidate (jeton de suppression) ou system (durée de conservation)",
                    examples = "recrutement@kiosque.fr") String actor,
            @Schema(examples = "DOWNLOAD") CvAuditAction action,
            @Schema(nullable = true, examples = "0b4f6a52-8d1e-4c57-9a61-3f2b7c9d1e08") UUID submissionId,
            @Schema(nullable = true, examples = "REVIEWED") String detail) {
    }

    @Schema(name = "CvCandidateAccess", description = "Un accès de l'équipe à une candidature")
    public record Access(
            @Schema(examples = "2026-11-26T10:02:00Z") Instant at,
            @Schema(examples = "DOWNLOAD") CvAuditAction action,
            @Schema(examples = "0b4f6a52-8d1e-4c57-9a61-3f2b7c9d1e08") UUID submissionId) {
    }

    /**
     * Everything held about one candidate e-mail. It holds at most {@value #MAX_SUBMISSIONS}
     * submissions and {@value #MAX_ACCESSES} accesses (the oldest first); the totals say when
     * there are more, which the paged staff routes list (submissions by {@code q}, the audit log
     * by {@code submission}).
     */
    @Schema(name = "CvCandidateExport", description = "Tout ce que Kiosque détient sur un e-mail de candidat (droit d'accès) : les "
            + CandidateExport.MAX_SUBMISSIONS + " premières candidatures et les " + CandidateExport.MAX_ACCESSES + " premiers accès ;"
            + " au-delà (totalSubmissions, totalAccesses), le reste se lit page par page (GET /api/v1/admin/cv-submissions?q=…,"
            + " GET /api/v1/admin/cv-audit?submission=…)")
    public record CandidateExport(
            @Schema(examples = "camille.durand@example.org") String email,
            @Schema(examples = "2026-11-26T11:00:00Z") Instant exportedAt,
            @Schema(maxItems = MAX_SUBMISSIONS, description = "Les candidatures, des plus anciennes aux plus récentes") List<Detail> submissions,
            @Schema(description = "Nombre de candidatures de cet e-mail", examples = "1") int totalSubmissions,
            @Schema(maxItems = MAX_ACCESSES, description = "Les accès de l'équipe à ces candidatures, des plus anciens aux plus récents")
            List<Access> accesses,
            @Schema(description = "Nombre d'accès de l'équipe à ces candidatures", examples = "3") int totalAccesses) {

        public static final int MAX_SUBMISSIONS = 100;
        public static final int MAX_ACCESSES = 1000;
    }

    @Schema(name = "CvCandidateErasure", description = "Ce qui a été effacé")
    public record CandidateErasure(
            @Schema(examples = "2") int erasedSubmissions) {
    }
}
