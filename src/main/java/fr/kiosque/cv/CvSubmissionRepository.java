package fr.kiosque.cv;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import jakarta.persistence.TypedQuery;

import fr.kiosque.common.paging.PageRequest;
import io.quarkus.hibernate.orm.panache.PanacheRepository;

/** CV submissions (their metadata; files are in {@link CvFileStore}). */
@ApplicationScoped
class CvSubmissionRepository implements PanacheRepository<CvSubmission> {

    @Inject CvFileStore files;

    Optional<CvSubmission> findById(UUID id) {
        return Optional.ofNullable(getEntityManager().find(CvSubmission.class, id));
    }

    /** The submission, its row locked until the transaction ends: empty when it is (or, waiting, was) erased. */
    Optional<CvSubmission> findByIdForUpdate(UUID id) {
        return Optional.ofNullable(getEntityManager().find(CvSubmission.class, id, LockModeType.PESSIMISTIC_WRITE));
    }

    Optional<CvSubmission> findByIdempotencyKey(byte[] keyHash) {
        return getEntityManager().createQuery("from CvSubmission s where s.idempotencyKeyHash = :key", CvSubmission.class)
                .setParameter("key", keyHash)
                .getResultStream().findFirst();
    }

    long count(CvFilter filter) {
        Map<String, Object> parameters = new HashMap<>();
        String where = where(filter, parameters);
        return bind(getEntityManager().createQuery("select count(*) from CvSubmission s" + where, Long.class), parameters)
                .getSingleResult();
    }

    List<CvSubmission> page(CvFilter filter, PageRequest page) {
        Map<String, Object> parameters = new HashMap<>();
        String where = where(filter, parameters);
        return bind(getEntityManager().createQuery("from CvSubmission s" + where + " order by s.receivedAt desc, s.id",
                CvSubmission.class), parameters)
                .setFirstResult(page.offset())
                .setMaxResults(page.size())
                .getResultList();
    }

    /** The first {@code limit} submissions sent with this e-mail (lower-cased), oldest first. */
    List<CvSubmission> byEmail(String emailKey, int limit) {
        return getEntityManager().createQuery("from CvSubmission s where s.emailKey = :email order by s.receivedAt, s.id",
                CvSubmission.class)
                .setParameter("email", emailKey)
                .setMaxResults(limit)
                .getResultList();
    }

    long countByEmail(String emailKey) {
        return count("emailKey", emailKey);
    }

    /**
     * Up to {@code limit} submissions sent with this e-mail (lower-cased), locked; a parallel
     * erasure of the same candidate waits, then finds them gone.
     */
    @SuppressWarnings("unchecked")
    List<UUID> lockByEmail(String emailKey, int limit) {
        return getEntityManager().createNativeQuery("select id from cv_submission where email_key = ?1"
                + " order by received_at, id limit ?2 for update", UUID.class)
                .setParameter(1, emailKey)
                .setParameter(2, limit)
                .getResultList();
    }

    /**
     * Up to {@code limit} submissions received before {@code cutoff}, locked; those another
     * instance is erasing are skipped.
     */
    @SuppressWarnings("unchecked")
    List<UUID> lockDue(Instant cutoff, int limit) {
        return getEntityManager().createNativeQuery("select id from cv_submission where received_at < ?1"
                + " order by received_at limit ?2 for update skip locked", UUID.class)
                .setParameter(1, cutoff)
                .setParameter(2, limit)
                .getResultList();
    }

    /** Erases these submissions; their files go with them (rows on delete cascade, objects in the bucket first). */
    int erase(Collection<UUID> ids) {
        if (ids.isEmpty()) {
            return 0;
        }
        getEntityManager().flush();
        files.eraseObjects(ids);
        int erased = getEntityManager().createQuery("delete from CvSubmission s where s.id in :ids")
                .setParameter("ids", ids)
                .executeUpdate();
        getEntityManager().clear();
        return erased;
    }

    /** Forgets the Idempotency-Key data of submissions received before {@code cutoff}. */
    int forgetIdempotencyKeys(Instant cutoff) {
        return getEntityManager().createNativeQuery("update cv_submission set idempotency_key_hash = null, request_fingerprint = null,"
                + " replay_token = null where idempotency_key_hash is not null and received_at < ?1")
                .setParameter(1, cutoff)
                .executeUpdate();
    }

    private static String where(CvFilter filter, Map<String, Object> parameters) {
        List<String> conditions = new ArrayList<>();
        if (filter.status() != null) {
            conditions.add("s.status = :status");
            parameters.put("status", filter.status());
        }
        if (filter.job() != null) {
            conditions.add("s.jobSlug = :job");
            parameters.put("job", filter.job());
        }
        if (filter.profile() != null) {
            conditions.add("s.desiredProfile = :profile");
            parameters.put("profile", filter.profile());
        }
        if (filter.receivedFrom() != null) {
            conditions.add("s.receivedAt >= :from");
            parameters.put("from", filter.receivedFrom());
        }
        if (filter.receivedTo() != null) {
            conditions.add("s.receivedAt < :to");
            parameters.put("to", filter.receivedTo());
        }
        if (filter.text() != null) {
            int i = 0;
            for (String word : filter.text().toLowerCase(Locale.ROOT).split("\\s+")) {
                if (word.isEmpty()) {
                    continue;
                }
                String name = "q" + i++;
                conditions.add("lower(concat(s.firstName, ' ', s.lastName, ' ', s.email, ' ', coalesce(s.message, ''))) like :"
                        + name + " escape '\\'");
                parameters.put(name, "%" + word.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%");
            }
        }
        return conditions.isEmpty() ? "" : " where " + String.join(" and ", conditions);
    }

    private static <T> TypedQuery<T> bind(TypedQuery<T> query, Map<String, Object> parameters) {
        parameters.forEach(query::setParameter);
        return query;
    }
}
