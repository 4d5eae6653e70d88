package fr.kiosque.cv;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import fr.kiosque.common.paging.PageRequest;
import io.quarkus.hibernate.orm.panache.PanacheRepository;

/** The audit log of access to candidate data. */
@ApplicationScoped
class CvAuditRepository implements PanacheRepository<CvAuditEntry> {

    /** The actors of entries that no staff account made. */
    static final String CANDIDATE = "candidate";
    static final String SYSTEM = "system";

    void record(Instant at, String actor, CvAuditAction action, UUID submissionId, String detail) {
        CvAuditEntry entry = new CvAuditEntry();
        entry.at = at;
        entry.actor = actor;
        entry.action = action;
        entry.submissionId = submissionId;
        entry.detail = detail;
        persist(entry);
    }

    /** One entry per submission, in one statement. */
    void recordAll(Instant at, String actor, CvAuditAction action, Collection<UUID> submissionIds) {
        if (submissionIds.isEmpty()) {
            return;
        }
        getEntityManager().createNativeQuery("insert into cv_audit (at, actor, action, submission_id)"
                + " select ?1, ?2, ?3, s.id from cv_submission s where s.id in (?4) order by s.received_at desc, s.id")
                .setParameter(1, at)
                .setParameter(2, actor)
                .setParameter(3, action.name())
                .setParameter(4, submissionIds)
                .executeUpdate();
    }

    long count(UUID submissionId) {
        return submissionId == null ? count() : count("submissionId", submissionId);
    }

    List<CvAuditEntry> page(UUID submissionId, PageRequest page) {
        io.quarkus.panache.common.Sort sort = io.quarkus.panache.common.Sort.descending("at", "id");
        return (submissionId == null ? findAll(sort) : find("submissionId", sort, submissionId))
                .page(page.number() - 1, page.size()).list();
    }

    /** The team's first {@code limit} accesses to the submissions sent with this e-mail (lower-cased), oldest first. */
    List<CvAuditEntry> aboutCandidate(String emailKey, int limit) {
        return find("submissionId in (select s.id from CvSubmission s where s.emailKey = ?1)",
                io.quarkus.panache.common.Sort.ascending("at", "id"), emailKey)
                .range(0, limit - 1).list();
    }

    long countAboutCandidate(String emailKey) {
        return count("submissionId in (select s.id from CvSubmission s where s.emailKey = ?1)", emailKey);
    }
}
