package fr.kiosque.cv;

import java.time.Clock;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.jboss.logging.Logger;

import fr.kiosque.common.error.ProblemException;
import fr.kiosque.common.security.DeletionTokens;
import fr.kiosque.common.time.Now;

/** The candidate erases their submission, file included, with the deletion token given at submission. */
@ApplicationScoped
class WithdrawCv {

    private static final Logger LOG = Logger.getLogger(WithdrawCv.class);

    private final CvSubmissionRepository submissions;
    private final CvAuditRepository audit;
    private final Clock clock;

    WithdrawCv(CvSubmissionRepository submissions, CvAuditRepository audit, Clock clock) {
        this.submissions = submissions;
        this.audit = audit;
        this.clock = clock;
    }

    /** 404 unknown, 401 without a token, 403 with another one. */
    @Transactional
    void withToken(UUID id, String token) {
        // locked: of two parallel erasures with the token, the second waits and then answers 404
        CvSubmission s = submissions.findByIdForUpdate(id).orElseThrow(() -> CvStaffAccess.unknown(id));
        DeletionTokens.requirePresent(token, "reçu au dépôt");
        DeletionTokens.requireMatch(token, s.deletionTokenHash, "Ce jeton ne permet pas d'effacer cette candidature.");
        audit.record(Now.of(clock), CvAuditRepository.CANDIDATE, CvAuditAction.CANDIDATE_DELETE, id, null);
        submissions.erase(List.of(id));
        LOG.infof("CV submission %s erased by its candidate", id);
    }
}
