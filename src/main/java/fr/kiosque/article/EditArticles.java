package fr.kiosque.article;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Validator;

import org.jboss.logging.Logger;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import fr.kiosque.article.api.ArticleAdminResponse;
import fr.kiosque.article.api.ArticleAdminSummary;
import fr.kiosque.article.api.ArticleMapper;
import fr.kiosque.article.api.ArticleRequest;
import fr.kiosque.article.api.StatusChangeRequest;
import fr.kiosque.common.error.ProblemException;
import fr.kiosque.common.http.JsonMergePatch;
import fr.kiosque.common.http.Preconditions;
import fr.kiosque.common.http.cache.CacheNamespaces;
import fr.kiosque.common.http.cache.InvalidatesCache;
import fr.kiosque.common.paging.Page;
import fr.kiosque.common.paging.PageRequest;
import fr.kiosque.common.paging.Sort;
import fr.kiosque.common.time.Now;

/**
 * Editors' work on articles (/api/v1/admin/articles): list, read, create, replace, patch, change
 * status, delete. Every change but a creation requires If-Match, and records its revision and
 * webhook ({@link ArticleChanges}) in its transaction.
 */
@ApplicationScoped
class EditArticles {

    private static final Logger LOG = Logger.getLogger(EditArticles.class);

    static final Map<String, String> SORTS = Map.of(
            "publishedAt", "a.publishedAt",
            "updatedAt", "a.updatedAt",
            "createdAt", "a.createdAt",
            "title", "a.title",
            "status", "a.status");

    @Inject ArticleRepository articles;
    @Inject ArticleRequests requests;
    @Inject ArticleChanges changes;
    @Inject Validator validator;
    @Inject ObjectMapper mapper;
    @Inject Clock clock;

    static Sort sort(String sort) {
        return Sort.parse(sort, "-updatedAt", SORTS);
    }

    @Transactional
    public Page<ArticleAdminSummary> list(ArticleStatus status, String section, String tag, String author,
            Sort sort, PageRequest page) {
        ArticleFilter filter = new ArticleFilter(section, tag, author, null, null, status, null, null);
        long total = articles.count(filter);
        List<Long> ids = total == 0 ? List.of() : articles.pageOfIds(filter, sort, page);
        return Page.of(articles.loadWithRelations(ids).stream().map(ArticleMapper::adminSummary).toList(), page, total);
    }

    @Transactional
    public ArticleAdminResponse get(long id) {
        return ArticleMapper.admin(articles.existing(id));
    }

    @Transactional
    @InvalidatesCache(CacheNamespaces.ARTICLES)
    public ArticleAdminResponse create(ArticleRequest request, String actor) {
        Article article = new Article();
        Instant now = Now.of(clock);
        requests.apply(article, request, now);
        articles.persistAndFlush(article);
        changes.created(article, actor, now);
        LOG.infof("Article %d created (%s, %s)", article.id, article.slug, article.status);
        return ArticleMapper.admin(article);
    }

    @Transactional
    @InvalidatesCache(CacheNamespaces.ARTICLES)
    public ArticleAdminResponse replace(long id, String ifMatch, ArticleRequest request, String actor) {
        Article article = toChange(id, ifMatch);
        rewrite(article, request, null, actor);
        return ArticleMapper.admin(article);
    }

    @Transactional
    @InvalidatesCache(CacheNamespaces.ARTICLES)
    public ArticleAdminResponse patch(long id, String ifMatch, JsonNode patch, String actor) {
        Article article = toChange(id, ifMatch);
        if (patch == null || !patch.isObject()) {
            throw ProblemException.invalidField("body", "un objet JSON (JSON Merge Patch) est attendu");
        }
        JsonNode merged = JsonMergePatch.apply(mapper.valueToTree(ArticleMapper.request(article)), patch);
        ArticleRequest request;
        try {
            request = mapper.treeToValue(merged, ArticleRequest.class);
        } catch (JsonProcessingException e) {
            throw ProblemException.fromJson(e);
        }
        Set<ConstraintViolation<ArticleRequest>> violations = validator.validate(request);
        if (!violations.isEmpty()) {
            throw new ConstraintViolationException(violations);
        }
        rewrite(article, request, null, actor);
        return ArticleMapper.admin(article);
    }

    @Transactional
    @InvalidatesCache(CacheNamespaces.ARTICLES)
    public ArticleAdminResponse changeStatus(long id, String ifMatch, StatusChangeRequest request, String actor) {
        Article article = toChange(id, ifMatch);
        ArticleChanges.Change change = changes.begin(article);
        PublicationRules.applyStatus(article, request.status(), request.publishedAt(), change.now());
        PublicationRules.requireComplete(article);
        requests.requirePublishable(article);
        articles.flush();
        changes.end(article, change, null, actor);
        LOG.infof("Article %d is now %s", article.id, article.status);
        return ArticleMapper.admin(article);
    }

    @Transactional
    @InvalidatesCache(CacheNamespaces.ARTICLES)
    public void delete(long id, String ifMatch) {
        Article article = toChange(id, ifMatch);
        changes.deleting(article);
        // the database would drop their rows, leaving a hole in the ordered lists that Hibernate loads as null
        for (Article other : articles.recommending(article.id)) {
            other.related.removeIf(article::equals);
        }
        articles.delete(article);
        articles.flush();
        LOG.infof("Article %d deleted (%s)", id, article.slug);
    }

    /**
     * Writes the request into the article, then its revision (of {@code action} when not null,
     * else of what changed) and webhook.
     */
    void rewrite(Article article, ArticleRequest request, ArticleRevision.Action action, String actor) {
        ArticleChanges.Change change = changes.begin(article);
        requests.apply(article, request, change.now());
        articles.flush();
        changes.end(article, change, action, actor);
    }

    /** The article of that id (404) if {@code ifMatch} names its current version (428, 412 otherwise). */
    Article toChange(long id, String ifMatch) {
        Article article = articles.existing(id);
        Preconditions.requireMatch(ifMatch, article.version);
        return article;
    }
}
