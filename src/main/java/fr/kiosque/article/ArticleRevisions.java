package fr.kiosque.article;

import java.time.Instant;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.jboss.logging.Logger;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;

import fr.kiosque.article.api.ArticleAdminResponse;
import fr.kiosque.article.api.ArticleMapper;
import fr.kiosque.article.api.ArticleRequest;
import fr.kiosque.article.api.RevisionViews.RevisionDetail;
import fr.kiosque.article.api.RevisionViews.RevisionSummary;
import fr.kiosque.common.error.ProblemException;
import fr.kiosque.common.http.cache.CacheNamespaces;
import fr.kiosque.common.http.cache.InvalidatesCache;
import fr.kiosque.common.paging.Page;
import fr.kiosque.common.paging.PageRequest;

/** An article's revisions (/api/v1/admin/articles/{id}/revisions): read them, put one back (docs/previews.md). */
@ApplicationScoped
class ArticleRevisions {

    private static final Logger LOG = Logger.getLogger(ArticleRevisions.class);

    @Inject ArticleRepository articles;
    @Inject ArticleRevisionRepository revisions;
    @Inject EditArticles edits;
    @Inject ObjectMapper mapper;

    /** The article's revisions, newest first (404 for an unknown article). */
    @Transactional
    public Page<RevisionSummary> list(long id, PageRequest page) {
        articles.existing(id);
        long total = revisions.countOf(id);
        List<ArticleRevision> found = total == 0 ? List.of() : revisions.pageOf(id, page);
        return Page.of(found.stream().map(r -> new RevisionSummary(r.id, r.action.name(), r.actor, r.createdAt, lastChange(r),
                List.copyOf(r.changedFields))).toList(), page, total);
    }

    @Transactional
    public RevisionDetail get(long id, long revisionId) {
        ArticleRevision revision = find(id, revisionId);
        return new RevisionDetail(revision.id, revision.articleId, revision.action.name(), revision.actor,
                revision.createdAt, lastChange(revision), List.copyOf(revision.changedFields), snapshot(revision));
    }

    /** When the revision last changed: its last merged edit, or its one change. */
    private static Instant lastChange(ArticleRevision revision) {
        return revision.lastChangedAt != null ? revision.lastChangedAt : revision.createdAt;
    }

    /**
     * Puts back the editable fields of a revision (the article keeps its current status and
     * date): itself a new revision, RESTORED, and a change like any other (If-Match, caches,
     * webhooks). A slug since taken is a 409, references since deleted a 422.
     */
    @Transactional
    @InvalidatesCache(CacheNamespaces.ARTICLES)
    public ArticleAdminResponse restore(long id, long revisionId, String ifMatch, String actor) {
        Article article = edits.toChange(id, ifMatch);
        ArticleRequest saved = snapshot(find(id, revisionId));
        ArticleRequest request = new ArticleRequest(saved.title(), saved.slug(), saved.standfirst(), saved.body(),
                saved.pullQuotes(), saved.coverImage(), saved.section(), saved.authors(), saved.tags(), article.status,
                article.publishedAt, saved.metaTitle(), saved.metaDescription(), saved.canonicalUrl(), saved.commentsOpen(),
                saved.related(), saved.featured());
        edits.rewrite(article, request, ArticleRevision.Action.RESTORED, actor);
        LOG.infof("Article %d restored to revision %d", article.id, revisionId);
        return ArticleMapper.admin(article);
    }

    private ArticleRevision find(long id, long revisionId) {
        articles.existing(id);
        return revisions.findOf(id, revisionId).orElseThrow(() -> ProblemException.notFound(
                "L'article " + id + " n'a pas de version " + revisionId + "."));
    }

    private ArticleRequest snapshot(ArticleRevision revision) {
        try {
            // lenient: a snapshot written before a field of ArticleRequest was removed still reads
            return mapper.readerFor(ArticleRequest.class)
                    .without(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                    .readValue(revision.snapshot);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Unreadable snapshot of revision " + revision.id, e);
        }
    }
}
