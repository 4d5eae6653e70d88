package fr.kiosque.comment;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.jboss.logging.Logger;

import fr.kiosque.article.Articles;
import fr.kiosque.common.security.DeletionTokens;

/** The author erases a comment with the deletion token given when it was posted. */
@ApplicationScoped
class WithdrawComment {

    private static final Logger LOG = Logger.getLogger(WithdrawComment.class);

    @Inject CommentRepository comments;
    @Inject CommentChanges changes;
    @Inject Articles articles;

    /** 404 unknown, 401 without a token, 403 with another one. A comment with replies becomes "commentaire supprimé". */
    @Transactional
    void withToken(long id, String token) {
        long articleId = comments.articleIdOf(id).orElseThrow(() -> CommentChanges.unknown(id));
        DeletionTokens.requirePresent(token, "reçu à la publication");
        articles.lockCommentCount(articleId);
        Comment comment = comments.findLive(id).orElseThrow(() -> CommentChanges.unknown(id));
        DeletionTokens.requireMatch(token, comment.deletionTokenHash, "Ce jeton ne permet pas de supprimer ce commentaire.");
        changes.remove(comment);
        changes.recount(articleId);
        LOG.debugf("Comment %d deleted by its author", id);
    }
}
