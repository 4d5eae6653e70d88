package fr.kiosque.article;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import fr.kiosque.article.api.ArticleSummary;
import fr.kiosque.article.api.Syndication;
import fr.kiosque.common.http.cache.CacheInvalidator;
import fr.kiosque.common.http.cache.CacheNamespaces;
import fr.kiosque.common.time.Now;

/**
 * What other features ask of articles: the cards career sheets list (job/), and for comments
 * (comment/) whether an article takes them and its count of approved comments, kept on the
 * article row so that pages and lists show it without a query per row.
 */
@ApplicationScoped
public class Articles {

    /** An article comments can be posted to: its id, and whether readers may comment now. */
    public record CommentTarget(long articleId, boolean commentsOpen) {
    }

    /** What a moderator sees of an article a comment belongs to. */
    public record ArticleRef(long id, String slug, String title) {
    }

    @Inject ArticleRepository articles;
    @Inject ArticleSummaries summaries;
    @Inject SyndicatedArticles syndicated;
    @Inject TaxonomyService taxonomy;
    @Inject CacheInvalidator cache;
    @Inject Clock clock;

    /** A page of the articles the public sees now, filtered and ordered (syndication APIs). Four or five statements. */
    @Transactional
    public Syndication.Posts syndicatedPosts(Syndication.Query query) {
        return syndicated.page(query, Now.of(clock));
    }

    /**
     * The sections, tags or authors the public sees (sections all, tags and authors once a public
     * article reaches them), with their counts of public articles, in name order, at most {@code max}. One statement.
     */
    @Transactional
    public java.util.List<Syndication.Term> syndicatedTerms(Syndication.Kind kind, int max) {
        TermRepository<?> repository = switch (kind) {
            case SECTION -> taxonomy.sections().repository();
            case TAG -> taxonomy.tags().repository();
            case AUTHOR -> taxonomy.authors().repository();
        };
        return syndicated.terms(kind, repository, Now.of(clock), max);
    }

    /**
     * The cards of the articles of these slugs that the public sees now, in the order given;
     * unknown and unpublished slugs are skipped. Two statements (none for no slug).
     */
    @Transactional
    public List<ArticleSummary> visibleSummaries(List<String> slugs) {
        if (slugs == null || slugs.isEmpty()) {
            return List.of();
        }
        List<String> wanted = slugs.stream().distinct().toList();
        Map<String, Long> idBySlug = articles.visibleIdsBySlug(wanted, Now.of(clock));
        return summaries.byIds(wanted.stream().map(idBySlug::get).filter(Objects::nonNull).toList());
    }

    /** The article of that slug if the public sees it now, with its comments switch; empty otherwise. One statement. */
    @Transactional
    public Optional<CommentTarget> publicCommentTarget(String slug) {
        return articles.commentTarget(slug, null, Now.of(clock));
    }

    /** The article of that id, whatever its status (staff replies); empty when there is none. One statement. */
    @Transactional
    public Optional<CommentTarget> commentTarget(long articleId) {
        return articles.commentTarget(null, articleId, null);
    }

    /**
     * Locks the article's row until the transaction ends. Every change to an article's approved
     * comments takes this lock first, then counts them in a later statement, then
     * {@link #setCommentCount sets} the count: two moderators changing comments of the same
     * article at once take turns, and the second counts what the first committed. A no-op for an
     * article that no longer exists.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void lockCommentCount(long articleId) {
        articles.lockForUpdate(articleId);
    }

    /** {@link #lockCommentCount} for many articles, in id order. One statement. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void lockCommentCounts(Collection<Long> articleIds) {
        if (!articleIds.isEmpty()) {
            articles.lockForUpdate(articleIds);
        }
    }

    /** {@link #setCommentCount} for many articles (article id → count). One statement. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void setCommentCounts(Map<Long, Long> counts) {
        if (!counts.isEmpty()) {
            commentsChanged(articles.setCommentCounts(counts));
        }
    }

    /**
     * Sets the article's count of approved comments, without touching its version or its
     * updatedAt. Every change of an article's public comments comes here, after it: its page and
     * thread, and the answers that show counts, are dropped (here, on every instance, at the CDN);
     * other cached article pages are not (their "à lire aussi" cards keep their count for a while:
     * docs/comments.md). Stored pages notice the new count themselves ({@link ArticlePages}).
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void setCommentCount(long articleId, long count) {
        commentsChanged(articles.setCommentCount(articleId, count));
    }

    private void commentsChanged(List<String> slugs) {
        if (slugs.isEmpty()) {
            return;
        }
        List<String> tags = new ArrayList<>(slugs.stream().map(CacheNamespaces::article).toList());
        tags.add(CacheNamespaces.COMMENT_COUNTS);
        cache.invalidate(tags.toArray(String[]::new));
    }

    /** Id, slug and title of these articles (those that exist), by id. One statement. */
    @Transactional
    public Map<Long, ArticleRef> refs(Collection<Long> ids) {
        return ids.isEmpty() ? Map.of() : articles.refs(ids);
    }
}
