package fr.kiosque.comment;

import java.text.Normalizer;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.jboss.logging.Logger;

import fr.kiosque.article.Articles;
import fr.kiosque.article.Articles.CommentTarget;
import fr.kiosque.comment.CommentRepository.Standing;
import fr.kiosque.comment.api.CommentAccepted;
import fr.kiosque.comment.api.CommentRequest;
import fr.kiosque.common.error.ProblemException;
import fr.kiosque.common.error.ProblemType;
import fr.kiosque.common.ratelimit.RateLimit;
import fr.kiosque.common.ratelimit.RateLimiter;
import fr.kiosque.common.security.DeletionTokens;
import fr.kiosque.common.security.SecretTokens;
import fr.kiosque.common.text.EmailKey;
import fr.kiosque.common.time.Now;
import fr.kiosque.webhook.WebhookEvent;
import io.quarkus.narayana.jta.QuarkusTransaction;

/**
 * A reader posts a comment: rate limits, article public and open, parent, the staff signature,
 * honeypot, links, duplicates, the commenter (by their token), the moderation policy.
 */
@ApplicationScoped
class PostComment {

    private static final Logger LOG = Logger.getLogger(PostComment.class);
    private static final Pattern LINK = Pattern.compile("(?i)\\b(?:https?://|www\\.)[^\\s]+");

    @Inject CommentRepository comments;
    @Inject CommentChanges changes;
    @Inject Articles articles;
    @Inject RateLimiter limiter;
    @Inject CommentSecrets secrets;
    @Inject CommentsConfig config;
    @Inject Clock clock;
    private RateLimit perClient;
    private RateLimit perEmail;
    /** {@code kiosque.comments.staff-name} as {@link #signature} compares names: no reader may sign so. */
    private String staffSignature;

    /** The limits, from the settings (beans are injected into fields, so not in a constructor). */
    @PostConstruct
    void limits() {
        this.perClient = new RateLimit("comment-client", config.maxPostsPerClient(), config.postsWindow());
        this.perEmail = new RateLimit("comment-email", config.maxPostsPerEmail(), config.postsWindow());
        this.staffSignature = signature(config.staffName());
    }

    /**
     * The rate limits count first (outside any transaction, as the limiter wants), then the rules
     * run in one transaction.
     *
     * @param commenterToken the {@code X-Commenter-Token} header, or null
     * @param client         the client's address ({@code ClientAddress})
     */
    CommentAccepted post(String slug, CommentRequest request, String commenterToken, String client) {
        String emailKey = EmailKey.of(request.authorEmail());
        limiter.enforce(perClient, client, "Trop de commentaires envoyés depuis votre adresse.");
        limiter.enforce(perEmail, emailKey, "Trop de commentaires envoyés avec cette adresse e-mail.");
        return QuarkusTransaction.requiringNew().call(() -> store(slug, request, emailKey, commenterToken, client));
    }

    private CommentAccepted store(String slug, CommentRequest request, String emailKey, String presentedToken, String client) {
        Instant now = Now.of(clock);
        CommentTarget article = articles.publicCommentTarget(slug).orElseThrow(() -> CommentChanges.unknownArticle(slug));
        if (!article.commentsOpen()) {
            throw new ProblemException(ProblemType.COMMENTS_CLOSED, "Les commentaires sont fermés sur cet article.");
        }
        Comment parent = changes.parent(article.articleId(), request.parentId());
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
        byte[] tokenHash = SecretTokens.wellFormed(token) ? SecretTokens.hash(token) : null;
        Standing commenter = tokenHash == null ? Standing.UNKNOWN : comments.standing(tokenHash);
        if (!commenter.known()) {
            token = SecretTokens.newToken();
            tokenHash = SecretTokens.hash(token);
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
        CommentChanges.attach(comment, parent);
        comment.authorName = request.authorName();
        comment.authorKey = Mentions.fold(request.authorName());
        comment.authorEmail = request.authorEmail();
        comment.authorEmailKey = emailKey;
        comment.body = request.body();
        comment.status = status;
        comment.ipHash = secrets.hashAddress(client);
        DeletionTokens.Issued deletionToken = DeletionTokens.issue();
        comment.deletionTokenHash = deletionToken.hash();
        comment.commenterTokenHash = tokenHash;
        comment.createdAt = now;
        comment.updatedAt = now;
        comments.persistAndFlush(comment);
        if (status == CommentStatus.APPROVED) {
            changes.recount(article.articleId());
        }
        if (status != CommentStatus.SPAM) {
            changes.announce(status == CommentStatus.APPROVED ? WebhookEvent.COMMENT_APPROVED : WebhookEvent.COMMENT_CREATED,
                    List.of(comment));
        }
        LOG.debugf("Comment %s posted on article %s (%s)", comment.id, (Long) article.articleId(), status);
        return new CommentAccepted(comment.id,
                byPolicy == CommentStatus.APPROVED ? CommentAccepted.Status.APPROVED : CommentAccepted.Status.PENDING,
                deletionToken.token(), token);
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
}
