package fr.kiosque.article;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import org.hibernate.query.NativeQuery;

import fr.kiosque.common.paging.PageRequest;
import io.quarkus.hibernate.orm.panache.PanacheRepository;

/** Revisions of articles. Written by SQL statements that touch nothing else (no flush of pending article changes). */
@ApplicationScoped
class ArticleRevisionRepository implements PanacheRepository<ArticleRevision> {

    /**
     * Inserts revisions: {@code rows} is a JSON array of {@code {"article_id", "action", "actor",
     * "changed_fields", "snapshot"}}. One statement, whatever their number.
     */
    void insertAll(String rows, Instant now) {
        getEntityManager().createNativeQuery("""
                insert into article_revision (article_id, action, actor, created_at, changed_fields, snapshot)
                select x.article_id, x.action, x.actor, ?1, x.changed_fields, x.snapshot
                from jsonb_to_recordset(cast(?2 as jsonb))
                     as x(article_id bigint, action text, actor text, changed_fields text[], snapshot jsonb)
                """)
                .setParameter(1, now.atOffset(ZoneOffset.UTC))
                .setParameter(2, rows)
                .unwrap(NativeQuery.class)
                .addSynchronizedQuerySpace("article_revision")
                .executeUpdate();
    }

    /**
     * Merges an edit into the article's latest revision when that revision is an UPDATED one by
     * the same actor, opened after {@code openedAfter}: the snapshot becomes {@code snapshot},
     * the edit's changed fields are added to its own, and {@code now} is its last change. False
     * (nothing written) otherwise. Edits of one article are serialised by its row, updated and
     * locked before this runs, so two edits cannot both extend or both miss the same revision.
     */
    boolean extendLatest(long articleId, String actor, String changedFields, String snapshot, Instant now, Instant openedAfter) {
        return getEntityManager().createNativeQuery("""
                update article_revision r
                set snapshot = cast(:snapshot as jsonb),
                    changed_fields = r.changed_fields || array(
                        select f from jsonb_array_elements_text(cast(:fields as jsonb)) f where not f = any(r.changed_fields)),
                    last_changed_at = :now
                where r.id = (select id from article_revision where article_id = :article order by id desc limit 1)
                  and r.action = 'UPDATED' and r.actor = :actor and r.created_at > :openedAfter
                """)
                .setParameter("snapshot", snapshot)
                .setParameter("fields", changedFields)
                .setParameter("now", now.atOffset(ZoneOffset.UTC))
                .setParameter("article", articleId)
                .setParameter("actor", actor)
                .setParameter("openedAfter", openedAfter.atOffset(ZoneOffset.UTC))
                .unwrap(NativeQuery.class)
                .addSynchronizedQuerySpace("article_revision")
                .executeUpdate() > 0;
    }

    /** The state of an article from before revisions existed, kept once, before its first recorded change. */
    void baselineIfNone(long articleId, String snapshot, Instant madeAt) {
        getEntityManager().createNativeQuery("""
                insert into article_revision (article_id, action, actor, created_at, changed_fields, snapshot)
                select ?1, 'BASELINE', null, ?2, '{}', cast(?3 as jsonb)
                where not exists (select 1 from article_revision where article_id = ?1)
                """)
                .setParameter(1, articleId)
                .setParameter(2, madeAt.atOffset(ZoneOffset.UTC))
                .setParameter(3, snapshot)
                .unwrap(NativeQuery.class)
                .addSynchronizedQuerySpace("article_revision")
                .executeUpdate();
    }

    long countOf(long articleId) {
        return count("articleId", articleId);
    }

    List<ArticleRevision> pageOf(long articleId, PageRequest page) {
        return find("articleId = ?1 order by id desc", articleId).page(page.number() - 1, page.size()).list();
    }

    Optional<ArticleRevision> findOf(long articleId, long revisionId) {
        return find("id = ?1 and articleId = ?2", revisionId, articleId).firstResultOptional();
    }
}
