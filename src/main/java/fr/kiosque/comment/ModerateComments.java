package fr.kiosque.comment;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.jboss.logging.Logger;

import fr.kiosque.article.Articles;
import fr.kiosque.article.Articles.ArticleRef;
import fr.kiosque.article.Articles.CommentTarget;
import fr.kiosque.comment.api.CommentAdminView;
import fr.kiosque.comment.api.ModerationRequests.Bulk;
import fr.kiosque.comment.api.ModerationRequests.BulkItem;
import fr.kiosque.comment.api.ModerationRequests.BulkReport;
import fr.kiosque.comment.api.ModerationRequests.Outcome;
import fr.kiosque.comment.api.StaffReplyRequest;
import fr.kiosque.common.error.ProblemException;
import fr.kiosque.common.http.Preconditions;
import fr.kiosque.common.paging.Page;
import fr.kiosque.common.paging.PageRequest;
import fr.kiosque.common.time.Now;
import fr.kiosque.webhook.WebhookEvent;

/** The moderators' work: the queue, one status or many, deletion, and the editorial team's replies. */
@ApplicationScoped
class ModerateComments {

    private static final Logger LOG = Logger.getLogger(ModerateComments.class);

    @Inject CommentRepository comments;
    @Inject CommentChanges changes;
    @Inject Articles articles;
    @Inject CommentsConfig config;
    @Inject Clock clock;

    @Transactional
    Page<CommentAdminView> list(CommentStatus status, Long articleId, boolean newestFirst, PageRequest page) {
        long total = comments.countForStaff(status, articleId);
        List<Comment> found = total == 0 ? List.of() : comments.pageForStaff(status, articleId, newestFirst, page);
        Map<Long, ArticleRef> refs = articles.refs(found.stream().map(c -> c.articleId).collect(Collectors.toSet()));
        return Page.of(found.stream().map(c -> admin(c, refs)).toList(), page, total);
    }

    @Transactional
    CommentAdminView get(long id) {
        Comment comment = comments.findLive(id).orElseThrow(() -> CommentChanges.unknown(id));
        return admin(comment, articles.refs(Set.of(comment.articleId)));
    }

    @Transactional
    CommentAdminView moderate(long id, String ifMatch, CommentStatus status) {
        long articleId = comments.articleIdOf(id).orElseThrow(() -> CommentChanges.unknown(id));
        articles.lockCommentCount(articleId);
        Comment comment = comments.findLive(id).orElseThrow(() -> CommentChanges.unknown(id));
        Preconditions.requireMatch(ifMatch, comment.version);
        if (comment.status != status) {
            comment.status = status;
            comment.updatedAt = Now.of(clock);
            comments.flush();
            changes.recount(articleId);
            if (status == CommentStatus.APPROVED) {
                changes.announce(WebhookEvent.COMMENT_APPROVED, List.of(comment));
            }
            LOG.infof("Comment %d is now %s", id, status);
        }
        return admin(comment, articles.refs(Set.of(articleId)));
    }

    /** One status for many comments, all in one transaction; the report says what happened to each. */
    @Transactional
    BulkReport moderateAll(Bulk request) {
        List<Long> ids = List.copyOf(new LinkedHashSet<>(request.ids()));
        List<Long> articleIds = comments.articleIdsOf(ids); // ordered: every writer locks articles in the same order
        articles.lockCommentCounts(articleIds);
        Map<Long, Comment> found = comments.findLive(ids).stream().collect(Collectors.toMap(c -> c.id, Function.identity()));
        Instant now = Now.of(clock);
        Set<Long> changedArticles = new LinkedHashSet<>();
        List<Comment> changed = new ArrayList<>();
        for (Comment comment : found.values()) {
            if (comment.status != request.status()) {
                comment.status = request.status();
                comment.updatedAt = now;
                changed.add(comment);
                changedArticles.add(comment.articleId);
            }
        }
        comments.flush();
        if (!changedArticles.isEmpty()) {
            articles.setCommentCounts(comments.countApproved(changedArticles));
        }
        if (request.status() == CommentStatus.APPROVED) {
            changes.announce(WebhookEvent.COMMENT_APPROVED, changed);
        }
        List<BulkItem> results = new ArrayList<>();
        for (Long id : request.ids()) {
            Comment comment = found.get(id);
            if (comment == null) {
                results.add(new BulkItem(id, Outcome.NOT_FOUND, null));
            } else {
                results.add(new BulkItem(id, changed.contains(comment) ? Outcome.UPDATED : Outcome.UNCHANGED, comment.version));
            }
        }
        LOG.infof("%d comment(s) now %s (bulk)", changed.size(), request.status());
        return new BulkReport(request.status(), results);
    }

    @Transactional
    void delete(long id, String ifMatch) {
        long articleId = comments.articleIdOf(id).orElseThrow(() -> CommentChanges.unknown(id));
        articles.lockCommentCount(articleId);
        Comment comment = comments.findLive(id).orElseThrow(() -> CommentChanges.unknown(id));
        Preconditions.requireMatch(ifMatch, comment.version);
        changes.remove(comment);
        changes.recount(articleId);
        LOG.infof("Comment %d deleted by a moderator", id);
    }

    /**
     * A reply of the editorial team: signed {@code kiosque.comments.staff-name} with the staff
     * badge, approved at once, on any article (open to comments or not). The account's e-mail is
     * kept for moderators.
     */
    @Transactional
    CommentAdminView reply(long articleId, StaffReplyRequest request, String staffEmail) {
        CommentTarget article = articles.commentTarget(articleId)
                .orElseThrow(() -> ProblemException.notFound("Aucun article n'a l'identifiant " + articleId + "."));
        articles.lockCommentCount(article.articleId());
        Comment parent = changes.parent(article.articleId(), request.parentId());
        Instant now = Now.of(clock);
        Comment comment = new Comment();
        comment.articleId = article.articleId();
        CommentChanges.attach(comment, parent);
        comment.authorName = config.staffName();
        comment.authorKey = Mentions.fold(config.staffName());
        comment.authorEmail = staffEmail;
        comment.body = request.body();
        comment.status = CommentStatus.APPROVED;
        comment.staff = true;
        comment.createdAt = now;
        comment.updatedAt = now;
        comments.persistAndFlush(comment);
        changes.recount(article.articleId());
        changes.announce(WebhookEvent.COMMENT_APPROVED, List.of(comment));
        LOG.infof("Staff reply %d on article %d", comment.id, article.articleId());
        return admin(comment, articles.refs(Set.of(article.articleId())));
    }

    private static CommentAdminView admin(Comment c, Map<Long, ArticleRef> refs) {
        return new CommentAdminView(c.id, CommentChanges.article(c, refs), c.parentId, c.authorName, c.authorEmail, c.ipHash, c.body,
                c.status, c.staff, c.createdAt, c.updatedAt, c.version);
    }
}
