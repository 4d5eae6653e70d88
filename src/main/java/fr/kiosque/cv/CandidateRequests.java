package fr.kiosque.cv;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.jboss.logging.Logger;

import fr.kiosque.common.security.DeletionTokens;
import fr.kiosque.common.time.Now;
import fr.kiosque.cv.api.CvViews;

/**
 * A candidate's rights: erasure by themselves with the deletion token given at submission; access
 * (export) and erasure by e-mail, exercised by staff on their request.
 */
@ApplicationScoped
class CandidateRequests {

    private static final Logger LOG = Logger.getLogger(CandidateRequests.class);
    /** Submissions of one candidate erased per statement. */
    static final int ERASE_BATCH = 500;

    @Inject CvSubmissionRepository submissions;
    @Inject CvAuditRepository audit;
    @Inject Clock clock;

    /** The candidate erases their submission, file included: 404 unknown, 401 without a token, 403 with another one. */
    @Transactional
    void withdraw(UUID id, String token) {
        // locked: of two parallel erasures with the token, the second waits and then answers 404
        CvSubmission s = submissions.findByIdForUpdate(id).orElseThrow(() -> CvStaffAccess.unknown(id));
        DeletionTokens.requirePresent(token, "reçu au dépôt");
        DeletionTokens.requireMatch(token, s.deletionTokenHash, "Ce jeton ne permet pas d'effacer cette candidature.");
        audit.record(Now.of(clock), CvAuditRepository.CANDIDATE, CvAuditAction.CANDIDATE_DELETE, id, null);
        submissions.erase(List.of(id));
        LOG.infof("CV submission %s erased by its candidate", id);
    }

    /**
     * Everything held about one candidate e-mail (right of access): their submissions and the
     * team's accesses to them, the first {@value CvViews.CandidateExport#MAX_SUBMISSIONS} and
     * {@value CvViews.CandidateExport#MAX_ACCESSES} with the totals. The export of each
     * submission handed over is recorded.
     */
    @Transactional
    CvViews.CandidateExport export(String email, String actor) {
        Instant now = Now.of(clock);
        String key = email.strip().toLowerCase(Locale.ROOT);
        List<CvSubmission> found = submissions.byEmail(key, CvViews.CandidateExport.MAX_SUBMISSIONS);
        long total = found.size() < CvViews.CandidateExport.MAX_SUBMISSIONS ? found.size() : submissions.countByEmail(key);
        List<CvViews.Access> accesses = audit.aboutCandidate(key, CvViews.CandidateExport.MAX_ACCESSES).stream()
                .map(e -> new CvViews.Access(e.at, e.action, e.submissionId)).toList();
        long totalAccesses = accesses.size() < CvViews.CandidateExport.MAX_ACCESSES ? accesses.size() : audit.countAboutCandidate(key);
        List<UUID> ids = found.stream().map(s -> s.id).toList();
        if (ids.isEmpty()) {
            audit.record(now, actor, CvAuditAction.EXPORT, null, "0");
        } else {
            audit.recordAll(now, actor, CvAuditAction.EXPORT, ids);
        }
        LOG.infof("Candidate data exported: %d of %d CV submission(s)", ids.size(), total);
        return new CvViews.CandidateExport(email.strip(), now, found.stream().map(CvMapper::detail).toList(),
                Math.toIntExact(total), accesses, Math.toIntExact(totalAccesses));
    }

    /**
     * Erases every submission of one candidate e-mail, files included (right to erasure), in
     * batches whose rows are locked: a parallel erasure of the same e-mail waits and erases
     * nothing twice.
     */
    @Transactional
    CvViews.CandidateErasure erase(String email, String actor) {
        Instant now = Now.of(clock);
        String key = email.strip().toLowerCase(Locale.ROOT);
        int erased = 0;
        while (true) {
            List<UUID> ids = submissions.lockByEmail(key, ERASE_BATCH);
            audit.recordAll(now, actor, CvAuditAction.ERASE, ids);
            erased += submissions.erase(ids);
            if (ids.size() < ERASE_BATCH) {
                break;
            }
        }
        if (erased == 0) {
            audit.record(now, actor, CvAuditAction.ERASE, null, "0");
        }
        LOG.infof("Candidate data erased: %d CV submission(s)", erased);
        return new CvViews.CandidateErasure(erased);
    }
}
