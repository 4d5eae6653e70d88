package fr.kiosque.comment;

import java.text.Normalizer;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.jboss.logging.Logger;

import fr.kiosque.article.Articles;
import fr.kiosque.article.Articles.ArticleRef;
import fr.kiosque.article.Articles.CommentTarget;
import fr.kiosque.comment.CommentRepository.MentionCandidate;
import fr.kiosque.comment.CommentRepository.Standing;
import fr.kiosque.comment.CommentRepository.ThreadRow;
import fr.kiosque.comment.api.CommentAccepted;
import fr.kiosque.comment.api.CommentAdminView;
import fr.kiosque.comment.api.CommentEvent;
import fr.kiosque.comment.api.CommentRequest;
import fr.kiosque.comment.api.CommentView;
import fr.kiosque.comment.api.ModerationRequests.Bulk;
import fr.kiosque.comment.api.ModerationRequests.BulkItem;
import fr.kiosque.comment.api.ModerationRequests.BulkReport;
import fr.kiosque.comment.api.ModerationRequests.Outcome;
import fr.kiosque.comment.api.StaffReplyRequest;
import fr.kiosque.common.error.ProblemException;
import fr.kiosque.common.error.ProblemType;
import fr.kiosque.common.http.Preconditions;
import fr.kiosque.common.paging.Page;
import fr.kiosque.common.paging.PageRequest;
import fr.kiosque.common.ratelimit.RateLimit;
import fr.kiosque.common.ratelimit.RateLimiter;
import fr.kiosque.common.text.EmailKey;
import fr.kiosque.common.time.Now;
import fr.kiosque.webhook.WebhookEvent;
import fr.kiosque.webhook.WebhookService;
import io.quarkus.narayana.jta.QuarkusTransaction;

/**
 * The rules of comments: public threads, posting (rate limits, honeypot, links, duplicates,
 * moderation policy), deletion by the author's token, moderation and staff replies.
 * <p>
 * Every change to an article's approved comments locks the article's row first
 * ({@link Articles#lockCommentCount}), then counts them and stores the count on the
 * article, in the same transaction: moderators working on one article take turns, and its
 * {@code commentCount} is always the count of what was committed. Comments of one article are
 * locked after the article, never before, so these transactions cannot deadlock each other.
 */
@ApplicationScoped
public class CommentService {

    private static final Logger LOG = Logger.getLogger(CommentService.class);
    private static final Pattern LINK = Pattern.compile("(?i)\\b(?:https?://|www\\.)[^\\s]+");

    private final CommentRepository comments;
    private final Articles articles;
    private final RateLimiter limiter;
    private final CommentSecrets secrets;
    private final CommentsConfig config;
    private final Clock clock;
    private final RateLimit perClient;
    private final RateLimit perEmail;
    private final WebhookService webhooks;
    /** {@code kiosque.comments.staff-name} as {@link #signature} compares names: no reader may sign so. */
    private final String staffSignature;

    CommentService(CommentRepository comments, Articles articles, RateLimiter limiter,
            CommentSecrets secrets, CommentsConfig config, Clock clock, WebhookService webhooks) {
        this.webhooks = webhooks;
        this.comments = comments;
        this.articles = articles;
        this.limiter = limiter;
        this.secrets = secrets;
        this.config = config;
        this.clock = clock;
        this.perClient = new RateLimit("comment-client", config.maxPostsPerClient(), config.postsWindow());
        this.perEmail = new RateLimit("comment-email", config.maxPostsPerEmail(), config.postsWindow());
        this.staffSignature = signature(config.staffName());
    }

    // ---- public ---------------------------------------------------------------------------

    /**
     * A page of the article's threads: top-level comments (oldest first, or newest), each with
     * its replies. Five statements whatever the threads hold: the article, the count, the page of
     * top-level ids, every comment of those threads, the earlier commenters that mentions name.
     */
    @Transactional
    public Page<CommentView> thread(String slug, boolean newestFirst, PageRequest page) {
        CommentTarget article = articles.publicCommentTarget(slug).orElseThrow(() -> unknownArticle(slug));
        long total = comments.countVisibleRoots(article.articleId());
        if (total == 0) {
            return Page.of(List.of(), page, 0);
        }
        List<Long> rootIds = comments.visibleRootIds(article.articleId(), newestFirst, page);
        if (rootIds.isEmpty()) {
            return Page.of(List.of(), page, total);
        }
        List<ThreadRow> rows = comments.threads(rootIds);
        List<String> shownTexts = rows.stream().filter(ThreadRow::shown).map(ThreadRow::body).toList();
        Map<String, List<MentionCandidate>> byKey = comments.mentionCandidates(article.articleId(), Mentions.keys(shownTexts))
                .stream().collect(Collectors.groupingBy(MentionCandidate::authorKey));
        Function<ThreadRow, List<CommentView.Mention>> mentions = row -> Mentions.resolve(row.id(), row.createdAt(), row.body(), byKey);
        return Page.of(Threads.build(rootIds, rows, config.maxDepth(), mentions), page, total);
    }

    /**
     * Posts a reader's comment. The rate limits count first (outside any transaction, as the
     * limiter wants), then the rules run in one transaction: article public and open, parent,
     * the staff signature, honeypot, links, duplicate, commenter, moderation policy.
     *
     * @param commenterToken the {@code X-Commenter-Token} header, or null
     * @param client         the client's address ({@code ClientAddress})
     */
    public CommentAccepted post(String slug, CommentRequest request, String commenterToken, String client) {
        String emailKey = EmailKey.of(request.authorEmail());
        limiter.enforce(perClient, client, "Trop de commentaires envoyés depuis votre adresse.");
        limiter.enforce(perEmail, emailKey, "Trop de commentaires envoyés avec cette adresse e-mail.");
        return QuarkusTransaction.requiringNew().call(() -> store(slug, request, emailKey, commenterToken, client));
    }

    private CommentAccepted store(String slug, CommentRequest request, String emailKey, String presentedToken, String client) {
        Instant now = now();
        CommentTarget article = articles.publicCommentTarget(slug).orElseThrow(() -> unknownArticle(slug));
        if (!article.commentsOpen()) {
            throw new ProblemException(ProblemType.COMMENTS_CLOSED, "Les commentaires sont fermés sur cet article.");
        }
        Comment parent = parent(article.articleId(), request.parentId());
        if (signature(request.authorName()).equals(staffSignature)) {
            throw ProblemException.unprocessableField("authorName", "« " + config.staffName()
                    + " » signe les réponses de l'équipe : choisissez un autre nom.");
        }
        boolean honeypot = request.website() != null && !request.website().isBlank();
        if (!honeypot) {
            int links = links(request.body());
            if (links > config.maxLinks()) {
                throw ProblemException.unprocessableField("body", "Un commentaire peut contenir " + config.maxLinks()
                        + " lien(s) au plus ; celui-ci en contient " + links + ".");
            }
            comments.lockAuthor(article.articleId(), emailKey);
            if (comments.duplicate(article.articleId(), emailKey, request.body(), now.minus(config.duplicateWindow()))) {
                throw ProblemException.conflict("Vous avez déjà publié ce commentaire sur cet article.");
            }
        }
        // the commenter: the one the presented token names, else a new one with a new token
        String token = presentedToken == null ? null : presentedToken.strip();
        byte[] tokenHash = CommentSecrets.wellFormed(token) ? CommentSecrets.hashToken(token) : null;
        Standing commenter = tokenHash == null ? Standing.UNKNOWN : comments.standing(tokenHash);
        if (!commenter.known()) {
            token = CommentSecrets.newToken();
            tokenHash = CommentSecrets.hashToken(token);
        }
        CommentStatus byPolicy = switch (config.moderation()) {
            case NONE -> CommentStatus.APPROVED;
            case FIRST -> commenter.trusted() ? CommentStatus.APPROVED : CommentStatus.PENDING;
            case ALL -> CommentStatus.PENDING;
        };
        // a filled honeypot is answered as any comment would be, and set aside
        CommentStatus status = honeypot ? CommentStatus.SPAM : byPolicy;
        if (status == CommentStatus.APPROVED) {
            articles.lockCommentCount(article.articleId());
        }

        Comment comment = new Comment();
        comment.articleId = article.articleId();
        attach(comment, parent);
        comment.authorName = request.authorName();
        comment.authorKey = Mentions.fold(request.authorName());
        comment.authorEmail = request.authorEmail();
        comment.authorEmailKey = emailKey;
        comment.body = request.body();
        comment.status = status;
        comment.ipHash = secrets.hashAddress(client);
        String deletionToken = CommentSecrets.newToken();
        comment.deletionTokenHash = CommentSecrets.hashToken(deletionToken);
        comment.commenterTokenHash = tokenHash;
        comment.createdAt = now;
        comment.updatedAt = now;
        comments.persistAndFlush(comment);
        if (status == CommentStatus.APPROVED) {
            published(article.articleId());
        }
        if (status != CommentStatus.SPAM) {
            announce(status == CommentStatus.APPROVED ? WebhookEvent.COMMENT_APPROVED : WebhookEvent.COMMENT_CREATED,
                    List.of(comment));
        }
        LOG.debugf("Comment %s posted on article %s (%s)", comment.id, (Long) article.articleId(), status);
        return new CommentAccepted(comment.id,
                byPolicy == CommentStatus.APPROVED ? CommentAccepted.Status.APPROVED : CommentAccepted.Status.PENDING,
                deletionToken, token);
    }

    /**
     * The author erases a comment with the token given when it was posted: 401 without a token,
     * 403 with another one. A comment with replies becomes "commentaire supprimé"; one without
     * disappears.
     */
    @Transactional
    public void deleteWithToken(long id, String token) {
        long articleId = comments.articleIdOf(id).orElseThrow(() -> unknownComment(id));
        if (token == null || token.isBlank()) {
            throw new ProblemException(ProblemType.UNAUTHORIZED,
                    "Envoyez le jeton de suppression reçu à la publication dans l'en-tête X-Deletion-Token.", null,
                    Map.of("WWW-Authenticate", "Deletion-Token"));
        }
        articles.lockCommentCount(articleId);
        Comment comment = comments.findLive(id).orElseThrow(() -> unknownComment(id));
        if (!CommentSecrets.tokenMatches(token.strip(), comment.deletionTokenHash)) {
            throw new ProblemException(ProblemType.FORBIDDEN, "Ce jeton ne permet pas de supprimer ce commentaire.");
        }
        remove(comment);
        recount(articleId);
        LOG.debugf("Comment %d deleted by its author", id);
    }

    // ---- staff ----------------------------------------------------------------------------

    @Transactional
    public Page<CommentAdminView> listForStaff(CommentStatus status, Long articleId, boolean newestFirst, PageRequest page) {
        long total = comments.countForStaff(status, articleId);
        List<Comment> found = total == 0 ? List.of() : comments.pageForStaff(status, articleId, newestFirst, page);
        Map<Long, ArticleRef> refs = articles.refs(found.stream().map(c -> c.articleId).collect(Collectors.toSet()));
        return Page.of(found.stream().map(c -> admin(c, refs)).toList(), page, total);
    }

    @Transactional
    public CommentAdminView get(long id) {
        Comment comment = comments.findLive(id).orElseThrow(() -> unknownComment(id));
        return admin(comment, articles.refs(Set.of(comment.articleId)));
    }

    @Transactional
    public CommentAdminView moderate(long id, String ifMatch, CommentStatus status) {
        long articleId = comments.articleIdOf(id).orElseThrow(() -> unknownComment(id));
        articles.lockCommentCount(articleId);
        Comment comment = comments.findLive(id).orElseThrow(() -> unknownComment(id));
        Preconditions.requireMatch(ifMatch, comment.version);
        if (comment.status != status) {
            comment.status = status;
            comment.updatedAt = now();
            comments.flush();
            recount(articleId);
            if (status == CommentStatus.APPROVED) {
                announce(WebhookEvent.COMMENT_APPROVED, List.of(comment));
            }
            LOG.infof("Comment %d is now %s", id, status);
        }
        return admin(comment, articles.refs(Set.of(articleId)));
    }

    /** One status for many comments, all in one transaction; the report says what happened to each. */
    @Transactional
    public BulkReport moderateAll(Bulk request) {
        List<Long> ids = List.copyOf(new LinkedHashSet<>(request.ids()));
        List<Long> articleIds = comments.articleIdsOf(ids); // ordered: every writer locks articles in the same order
        articles.lockCommentCounts(articleIds);
        Map<Long, Comment> found = comments.findLive(ids).stream().collect(Collectors.toMap(c -> c.id, Function.identity()));
        Instant now = now();
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
            announce(WebhookEvent.COMMENT_APPROVED, changed);
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
    public void delete(long id, String ifMatch) {
        long articleId = comments.articleIdOf(id).orElseThrow(() -> unknownComment(id));
        articles.lockCommentCount(articleId);
        Comment comment = comments.findLive(id).orElseThrow(() -> unknownComment(id));
        Preconditions.requireMatch(ifMatch, comment.version);
        remove(comment);
        recount(articleId);
        LOG.infof("Comment %d deleted by a moderator", id);
    }

    /**
     * A reply of the editorial team: signed {@code kiosque.comments.staff-name} with the staff
     * badge, approved at once, on any article (open to comments or not). The account's e-mail is
     * kept for moderators.
     */
    @Transactional
    public CommentAdminView reply(long articleId, StaffReplyRequest request, String staffEmail) {
        CommentTarget article = articles.commentTarget(articleId)
                .orElseThrow(() -> ProblemException.notFound("Aucun article n'a l'identifiant " + articleId + "."));
        articles.lockCommentCount(article.articleId());
        Comment parent = parent(article.articleId(), request.parentId());
        Instant now = now();
        Comment comment = new Comment();
        comment.articleId = article.articleId();
        attach(comment, parent);
        comment.authorName = config.staffName();
        comment.authorKey = Mentions.fold(config.staffName());
        comment.authorEmail = staffEmail;
        comment.body = request.body();
        comment.status = CommentStatus.APPROVED;
        comment.staff = true;
        comment.createdAt = now;
        comment.updatedAt = now;
        comments.persistAndFlush(comment);
        recount(article.articleId());
        announce(WebhookEvent.COMMENT_APPROVED, List.of(comment));
        LOG.infof("Staff reply %d on article %d", comment.id, article.articleId());
        return admin(comment, articles.refs(Set.of(article.articleId())));
    }

    // ---- rules ----------------------------------------------------------------------------

    /** The parent a reply names: an approved, undeleted comment of the same article (else 422 naming parentId). */
    private Comment parent(long articleId, Long parentId) {
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

    private static void attach(Comment comment, Comment parent) {
        if (parent != null) {
            comment.parentId = parent.id;
            comment.rootId = parent.rootId != null ? parent.rootId : parent.id;
        }
    }

    /**
     * A name as the staff signature is compared with it: case, accents, width (NFKC), spacing and
     * punctuation aside ("LA  REDACTION", "La-Rédaction", "Larédaction" are all "La rédaction").
     */
    static String signature(String name) {
        return Mentions.fold(Normalizer.normalize(name, Normalizer.Form.NFKC)).replace(" ", "");
    }

    static int links(String body) {
        Matcher matcher = LINK.matcher(body);
        int count = 0;
        while (matcher.find()) {
            count++;
        }
        return count;
    }

    /**
     * A comment with replies becomes a tombstone (author, e-mail, address hash, text and token
     * wiped); one without is deleted, and so are the tombstones above it that no longer have
     * replies.
     */
    private void remove(Comment comment) {
        if (comments.hasReplies(comment.id)) {
            Instant now = now();
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

    /** After a change to the article's approved comments (its row locked first): its commentCount, and public answers. */
    private void recount(long articleId) {
        articles.setCommentCount(articleId, comments.countApproved(articleId));
    }

    /** A post approved at once: the count, and with it the cached page, thread and counts (other instances too). */
    private void published(long articleId) {
        recount(articleId);
    }

    /** The webhook of these comments (their articles read in one statement). */
    private void announce(WebhookEvent event, List<Comment> changed) {
        if (changed.isEmpty()) {
            return;
        }
        Map<Long, ArticleRef> refs = articles.refs(changed.stream().map(c -> c.articleId).collect(Collectors.toSet()));
        webhooks.enqueueAll(event, changed.stream().map(c -> {
            ArticleRef ref = refs.get(c.articleId);
            CommentAdminView.CommentArticle article = ref == null ? new CommentAdminView.CommentArticle(c.articleId, "", "")
                    : new CommentAdminView.CommentArticle(ref.id(), ref.slug(), ref.title());
            return new CommentEvent(c.id, article, c.parentId, c.authorName, c.body, c.status, c.staff, c.createdAt);
        }).toList());
    }

    private static CommentAdminView admin(Comment c, Map<Long, ArticleRef> refs) {
        ArticleRef ref = refs.get(c.articleId);
        CommentAdminView.CommentArticle article = ref == null
                ? new CommentAdminView.CommentArticle(c.articleId, "", "")
                : new CommentAdminView.CommentArticle(ref.id(), ref.slug(), ref.title());
        return new CommentAdminView(c.id, article, c.parentId, c.authorName, c.authorEmail, c.ipHash, c.body, c.status,
                c.staff, c.createdAt, c.updatedAt, c.version);
    }

    private static ProblemException unknownArticle(String slug) {
        return ProblemException.notFound("Aucun article publié ne porte le slug « " + slug + " ».");
    }

    private static ProblemException unknownComment(long id) {
        return ProblemException.notFound("Aucun commentaire n'a l'identifiant " + id + ".");
    }

    private Instant now() {
        return Now.of(clock);
    }
}
