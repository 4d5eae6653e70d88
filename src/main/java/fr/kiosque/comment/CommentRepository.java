package fr.kiosque.comment;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.TypedQuery;

import fr.kiosque.common.paging.PageRequest;
import fr.kiosque.common.persistence.TransactionLocks;
import io.quarkus.hibernate.orm.panache.PanacheRepository;

/**
 * Comments. A page of public threads is read in a fixed number of statements: the count of
 * visible top-level comments, a page of their ids, every comment of those threads (through
 * {@code root_id}), and the earlier commenters that "@Name" mentions may designate.
 */
@ApplicationScoped
class CommentRepository implements PanacheRepository<Comment> {

    /** What the thread of a page needs of a comment. */
    record ThreadRow(long id, Long parentId, Long rootId, String authorName, boolean staff, String body,
            CommentStatus status, Instant deletedAt, Instant createdAt) {

        /** Approved and not deleted: shown with its author and text (else, at most, as a tombstone). */
        boolean shown() {
            return status == CommentStatus.APPROVED && deletedAt == null;
        }
    }

    /** An approved comment that "@Name" may designate. */
    record MentionCandidate(long id, String authorKey, Instant createdAt) {
    }

    /**
     * HQL: the top-level comment {@code c} is visible: approved and not deleted, or the root of a
     * thread that holds such a comment (it is then shown as "commentaire supprimé").
     */
    private static final String VISIBLE_ROOT = "c.articleId = :article and c.parentId is null and ("
            + "(c.status = fr.kiosque.comment.CommentStatus.APPROVED and c.deletedAt is null)"
            + " or exists (select 1 from Comment d where d.rootId = c.id"
            + " and d.status = fr.kiosque.comment.CommentStatus.APPROVED and d.deletedAt is null))";

    long countVisibleRoots(long articleId) {
        return getEntityManager().createQuery("select count(*) from Comment c where " + VISIBLE_ROOT, Long.class)
                .setParameter("article", articleId)
                .getSingleResult();
    }

    List<Long> visibleRootIds(long articleId, boolean newestFirst, PageRequest page) {
        String order = newestFirst ? "c.createdAt desc, c.id desc" : "c.createdAt, c.id";
        return getEntityManager().createQuery("select c.id from Comment c where " + VISIBLE_ROOT + " order by " + order, Long.class)
                .setParameter("article", articleId)
                .setFirstResult(page.offset())
                .setMaxResults(page.size())
                .getResultList();
    }

    /**
     * Every comment of these threads that may show: approved ones, and those with replies (shown
     * as "commentaire supprimé" when their replies are). One statement, whatever the threads hold.
     */
    List<ThreadRow> threads(List<Long> rootIds) {
        return getEntityManager().createQuery(
                "select c.id, c.parentId, c.rootId, c.authorName, c.staff, c.body, c.status, c.deletedAt, c.createdAt"
                        + " from Comment c where (c.id in :roots or c.rootId in :roots)"
                        + " and (c.status = fr.kiosque.comment.CommentStatus.APPROVED"
                        + "      or exists (select 1 from Comment k where k.parentId = c.id))",
                ThreadRow.class)
                .setParameter("roots", rootIds)
                .getResultList();
    }

    /** Approved comments of the article by authors of these folded names. One statement. */
    List<MentionCandidate> mentionCandidates(long articleId, Collection<String> keys) {
        // an empty key list still runs the statement (on a key no author has): the read's count never varies
        List<String> wanted = keys.isEmpty() ? List.of("") : List.copyOf(keys);
        return getEntityManager().createQuery(
                "select c.id, c.authorKey, c.createdAt from Comment c where c.articleId = :article"
                        + " and c.status = fr.kiosque.comment.CommentStatus.APPROVED and c.deletedAt is null"
                        + " and c.authorKey in :keys",
                MentionCandidate.class)
                .setParameter("article", articleId)
                .setParameter("keys", wanted)
                .getResultList();
    }

    long countApproved(long articleId) {
        return count("articleId = ?1 and status = ?2 and deletedAt is null", articleId, CommentStatus.APPROVED);
    }

    /** The approved, not deleted comments of each of these articles (0 for those without). One statement. */
    Map<Long, Long> countApproved(Collection<Long> articleIds) {
        Map<Long, Long> counts = new HashMap<>();
        articleIds.forEach(id -> counts.put(id, 0L));
        for (Object[] row : getEntityManager().createQuery("select c.articleId, count(*) from Comment c where c.articleId in :ids"
                + " and c.status = :status and c.deletedAt is null group by c.articleId", Object[].class)
                .setParameter("ids", articleIds)
                .setParameter("status", CommentStatus.APPROVED)
                .getResultList()) {
            counts.put((Long) row[0], (Long) row[1]);
        }
        return counts;
    }

    /** A comment that is not deleted. */
    Optional<Comment> findLive(long id) {
        return find("id = ?1 and deletedAt is null", id).firstResultOptional();
    }

    List<Comment> findLive(Collection<Long> ids) {
        return list("id in ?1 and deletedAt is null", ids);
    }

    /** The article of a comment that is not deleted, without loading the comment. */
    Optional<Long> articleIdOf(long id) {
        return getEntityManager().createQuery("select c.articleId from Comment c where c.id = :id and c.deletedAt is null", Long.class)
                .setParameter("id", id)
                .getResultStream()
                .findFirst();
    }

    List<Long> articleIdsOf(Collection<Long> ids) {
        return getEntityManager().createQuery(
                "select distinct c.articleId from Comment c where c.id in :ids and c.deletedAt is null order by c.articleId", Long.class)
                .setParameter("ids", ids)
                .getResultList();
    }

    boolean hasReplies(long id) {
        return count("parentId", id) > 0;
    }

    /** Until the transaction ends, no one else posts to this article with this e-mail. */
    void lockAuthor(long articleId, String emailKey) {
        TransactionLocks.lock(getEntityManager(), "comment-author", articleId + " " + emailKey);
    }

    /** The same text from the same e-mail ({@code EmailKey}) on the same article since {@code since}. */
    boolean duplicate(long articleId, String emailKey, String body, Instant since) {
        return getEntityManager().createQuery(
                "select count(*) from Comment c where c.authorEmailKey = :email and c.articleId = :article"
                        + " and c.createdAt >= :since and c.body = :body", Long.class)
                .setParameter("email", emailKey)
                .setParameter("article", articleId)
                .setParameter("since", since)
                .setParameter("body", body)
                .getSingleResult() > 0;
    }

    /** What the comments holding a commenter token say of their author. */
    record Standing(boolean known, boolean trusted) {
        static final Standing UNKNOWN = new Standing(false, false);
    }

    /**
     * The standing of the commenter whose token hashes to {@code tokenHash}: known when a comment
     * holds it; trusted (moderation FIRST) when one of them is approved and shown, and none was
     * marked SPAM. One statement.
     */
    Standing standing(byte[] tokenHash) {
        Object[] row = getEntityManager().createQuery(
                "select count(*),"
                        + " coalesce(sum(case when c.status = fr.kiosque.comment.CommentStatus.APPROVED and c.deletedAt is null"
                        + "   then 1 else 0 end), 0),"
                        + " coalesce(sum(case when c.status = fr.kiosque.comment.CommentStatus.SPAM then 1 else 0 end), 0)"
                        + " from Comment c where c.commenterTokenHash = :hash", Object[].class)
                .setParameter("hash", tokenHash)
                .getSingleResult();
        long held = ((Number) row[0]).longValue();
        return new Standing(held > 0, ((Number) row[1]).longValue() > 0 && ((Number) row[2]).longValue() == 0);
    }

    // ---- staff ----------------------------------------------------------------------------

    long countForStaff(CommentStatus status, Long articleId) {
        Map<String, Object> params = new HashMap<>();
        TypedQuery<Long> query = getEntityManager().createQuery("select count(*) from Comment c" + where(status, articleId, params), Long.class);
        params.forEach(query::setParameter);
        return query.getSingleResult();
    }

    List<Comment> pageForStaff(CommentStatus status, Long articleId, boolean newestFirst, PageRequest page) {
        Map<String, Object> params = new HashMap<>();
        String order = newestFirst ? "c.createdAt desc, c.id desc" : "c.createdAt, c.id";
        TypedQuery<Comment> query = getEntityManager().createQuery(
                "select c from Comment c" + where(status, articleId, params) + " order by " + order, Comment.class);
        params.forEach(query::setParameter);
        return query.setFirstResult(page.offset()).setMaxResults(page.size()).getResultList();
    }

    private static String where(CommentStatus status, Long articleId, Map<String, Object> params) {
        List<String> clauses = new ArrayList<>();
        clauses.add("c.deletedAt is null");
        if (status != null) {
            clauses.add("c.status = :status");
            params.put("status", status);
        }
        if (articleId != null) {
            clauses.add("c.articleId = :article");
            params.put("article", articleId);
        }
        return " where " + String.join(" and ", clauses);
    }
}
