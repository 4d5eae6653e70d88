package fr.kiosque.comment;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import fr.kiosque.article.Articles;
import fr.kiosque.article.Articles.ArticleRef;
import fr.kiosque.comment.api.CommentAdminView;
import fr.kiosque.comment.api.CommentEvent;
import fr.kiosque.common.error.ProblemException;
import fr.kiosque.common.time.Now;
import fr.kiosque.webhook.WebhookEvent;
import fr.kiosque.webhook.WebhookService;

/**
 * What every change to comments shares: the parent a reply names, removal (tombstone or delete),
 * the article's count, the webhooks.
 * <p>
 * Every change to an article's approved comments locks the article's row first
 * ({@link Articles#lockCommentCount}), then counts them and stores the count on the
 * article, in the same transaction: moderators working on one article take turns, and its
 * {@code commentCount} is always the count of what was committed. Comments of one article are
 * locked after the article, never before, so these transactions cannot deadlock each other.
 */
@ApplicationScoped
class CommentChanges {

    @Inject CommentRepository comments;
    @Inject Articles articles;
    @Inject WebhookService webhooks;
    @Inject Clock clock;

    /** The parent a reply names: an approved, undeleted comment of the same article (else 422 naming parentId). */
    Comment parent(long articleId, Long parentId) {
        if (parentId == null) {
            return null;
        }
        Comment parent = comments.findLive(parentId).orElse(null);
        if (parent == null || parent.articleId != articleId || parent.status != CommentStatus.APPROVED) {
            throw ProblemException.unprocessableField("parentId",
                    "Le commentaire " + parentId + " n'existe pas, n'est pas publié, ou appartient à un autre article.");
        }
        return parent;
    }

    static void attach(Comment comment, Comment parent) {
        if (parent != null) {
            comment.parentId = parent.id;
            comment.rootId = parent.rootId != null ? parent.rootId : parent.id;
        }
    }

    /**
     * A comment with replies becomes a tombstone (author, e-mail, address hash, text and token
     * wiped); one without is deleted, and so are the tombstones above it that no longer have
     * replies.
     */
    void remove(Comment comment) {
        if (comments.hasReplies(comment.id)) {
            Instant now = Now.of(clock);
            comment.authorName = null;
            comment.authorKey = null;
            comment.authorEmail = null;
            comment.authorEmailKey = null;
            comment.ipHash = null;
            comment.deletionTokenHash = null;
            comment.commenterTokenHash = null;
            comment.body = "";
            comment.deletedAt = now;
            comment.updatedAt = now;
            comments.flush();
            return;
        }
        Long parentId = comment.parentId;
        comments.delete(comment);
        comments.flush();
        while (parentId != null) {
            Comment parent = comments.findById(parentId);
            if (parent == null || parent.deletedAt == null || comments.hasReplies(parent.id)) {
                break;
            }
            parentId = parent.parentId;
            comments.delete(parent);
            comments.flush();
        }
    }

    /** After a change to the article's approved comments (its row locked first): its commentCount, and with it the cached answers. */
    void recount(long articleId) {
        articles.setCommentCount(articleId, comments.countApproved(articleId));
    }

    /** The webhook of these comments (their articles read in one statement). */
    void announce(WebhookEvent event, List<Comment> changed) {
        if (changed.isEmpty()) {
            return;
        }
        Map<Long, ArticleRef> refs = articles.refs(changed.stream().map(c -> c.articleId).collect(Collectors.toSet()));
        webhooks.enqueueAll(event, changed.stream().map(c -> new CommentEvent(c.id, article(c, refs), c.parentId, c.authorName,
                c.body, c.status, c.staff, c.createdAt)).toList());
    }

    /** The article of a comment as staff answers and webhooks name it (blank if it is gone). */
    static CommentAdminView.CommentArticle article(Comment c, Map<Long, ArticleRef> refs) {
        ArticleRef ref = refs.get(c.articleId);
        return ref == null ? new CommentAdminView.CommentArticle(c.articleId, "", "")
                : new CommentAdminView.CommentArticle(ref.id(), ref.slug(), ref.title());
    }

    static ProblemException unknownArticle(String slug) {
        return ProblemException.notFound("Aucun article publié ne porte le slug « " + slug + " ».");
    }

    static ProblemException unknown(long id) {
        return ProblemException.notFound("Aucun commentaire n'a l'identifiant " + id + ".");
    }
}
