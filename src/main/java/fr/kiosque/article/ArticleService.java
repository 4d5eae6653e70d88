package fr.kiosque.article;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Validator;

import org.jboss.logging.Logger;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;

import fr.kiosque.article.api.ArticleAdminResponse;
import fr.kiosque.article.api.ArticleAdminSummary;
import fr.kiosque.article.api.ArticleDetail;
import fr.kiosque.article.api.ArticleMapper;
import fr.kiosque.article.api.ArticleRequest;
import fr.kiosque.article.api.ArticleSummary;
import fr.kiosque.article.api.RevisionViews.PreviewToken;
import fr.kiosque.article.api.RevisionViews.RevisionDetail;
import fr.kiosque.article.api.RevisionViews.RevisionSummary;
import fr.kiosque.article.api.StatusChangeRequest;
import fr.kiosque.common.error.ProblemException;
import fr.kiosque.common.http.JsonMergePatch;
import fr.kiosque.common.http.Preconditions;
import fr.kiosque.common.http.cache.CacheInvalidator;
import fr.kiosque.common.http.cache.CacheNamespaces;
import fr.kiosque.common.http.cache.InvalidatesCache;
import fr.kiosque.common.paging.Page;
import fr.kiosque.common.paging.PageRequest;
import fr.kiosque.common.paging.Sort;
import fr.kiosque.common.text.HtmlSanitizer;
import fr.kiosque.common.text.ReadingTime;
import fr.kiosque.common.text.Slugs;
import fr.kiosque.common.time.Now;
import fr.kiosque.webhook.WebhookEvent;
import fr.kiosque.webhook.WebhookService;
import io.quarkus.narayana.jta.QuarkusTransaction;

/** The rules of articles: what the public sees, how editors write, schedule and publish. */
@ApplicationScoped
public class ArticleService {

    private static final Logger LOG = Logger.getLogger(ArticleService.class);

    /** Clock skew tolerated between an editor's "now" and ours. */
    private static final long SKEW_SECONDS = 5;
    /** The length of article.slug. */
    private static final int SLUG_MAX_LENGTH = 160;

    static final Map<String, String> PUBLIC_SORTS = Map.of(
            "publishedAt", "a.publishedAt",
            "updatedAt", "a.updatedAt",
            "title", "a.title");
    static final Map<String, String> STAFF_SORTS = Map.of(
            "publishedAt", "a.publishedAt",
            "updatedAt", "a.updatedAt",
            "createdAt", "a.createdAt",
            "title", "a.title",
            "status", "a.status");

    private final ArticleRepository articles;
    private final SectionRepository sections;
    private final AuthorRepository authors;
    private final TagRepository tags;
    private final ArticlesConfig config;
    private final Validator validator;
    private final ObjectMapper mapper;
    private final CacheInvalidator cache;
    private final Clock clock;
    private final ArticleSummaries summaries;
    private final ArticleRevisionRepository revisions;
    private final PreviewTokens previews;
    private final WebhookService webhooks;
    private final ArticlePages pages;

    ArticleService(ArticleRepository articles, SectionRepository sections, AuthorRepository authors,
            TagRepository tags, ArticlesConfig config, Validator validator, ObjectMapper mapper, CacheInvalidator cache, Clock clock,
            ArticleSummaries summaries, ArticleRevisionRepository revisions, PreviewTokens previews, WebhookService webhooks,
            ArticlePages pages) {
        this.pages = pages;
        this.revisions = revisions;
        this.previews = previews;
        this.webhooks = webhooks;
        this.cache = cache;
        this.summaries = summaries;
        this.articles = articles;
        this.sections = sections;
        this.authors = authors;
        this.tags = tags;
        this.config = config;
        this.validator = validator;
        this.mapper = mapper;
        this.clock = clock;
    }

    // ---- public ---------------------------------------------------------------------------

    @Transactional
    public Page<ArticleSummary> listPublished(String section, String tag, String author, Instant after, Instant before,
            Sort sort, PageRequest page) {
        return listPublished(section, tag, author, after, before, null, sort, page);
    }

    /** The public list, filtered on {@code q} (French full text, the engine of /api/v1/search) when not null. */
    @Transactional
    public Page<ArticleSummary> listPublished(String section, String tag, String author, Instant after, Instant before,
            String q, Sort sort, PageRequest page) {
        ArticleFilter filter = ArticleFilter.visible(section, tag, author, after, before, now()).matching(q);
        long total = articles.count(filter);
        List<Long> ids = total == 0 ? List.of() : articles.pageOfIds(filter, sort, page);
        List<ArticleSummary> items = summaries.byIds(ids);
        return Page.of(items, page, total);
    }

    /**
     * The article a preview token opens, as it stands now whatever its status: 401 for a
     * malformed, forged or expired token, 403 when the token opens another article (or the
     * article's slug changed since), 404 when the article no longer exists.
     */
    @Transactional
    public ArticleDetail preview(String slug, String token) {
        long id = previews.verify(token);
        Article article = articles.findWithRelations(id)
                .orElseThrow(() -> ProblemException.notFound("L'article de ce jeton d'aperçu n'existe plus."));
        if (!article.slug.equals(slug)) {
            throw new ProblemException(fr.kiosque.common.error.ProblemType.FORBIDDEN,
                    "Ce jeton d'aperçu ouvre un autre article (ou le slug de l'article a changé depuis : suivez le lien du jeton).");
        }
        return pages.detail(article, now());
    }

    /**
     * Whether the public sees the article of that slug now (published, or scheduled and due).
     * The one question comments, feeds and search ask before showing anything of an article.
     */
    @Transactional
    public boolean isPublic(String slug) {
        return visibleArticleId(slug).isPresent();
    }

    /** The id of the article of that slug if the public sees it now; empty otherwise. One statement. */
    @Transactional
    public Optional<Long> visibleArticleId(String slug) {
        return articles.visibleId(slug, now());
    }

    /** {@code q} of the public list: none when blank, at most 200 characters (else a 400 naming it). */
    public static String publicQuery(String q) {
        if (q == null || q.isBlank()) {
            return null;
        }
        if (q.strip().codePointCount(0, q.strip().length()) > 200) {
            throw ProblemException.invalidParameter("q", "text.max", 200);
        }
        return q.strip();
    }

    public static Sort publicSort(String sort) {
        return Sort.parse(sort, "-publishedAt", PUBLIC_SORTS);
    }

    // ---- staff ----------------------------------------------------------------------------

    public static Sort staffSort(String sort) {
        return Sort.parse(sort, "-updatedAt", STAFF_SORTS);
    }

    @Transactional
    public Page<ArticleAdminSummary> listForStaff(ArticleStatus status, String section, String tag, String author,
            Sort sort, PageRequest page) {
        ArticleFilter filter = new ArticleFilter(section, tag, author, null, null, status, null, null);
        long total = articles.count(filter);
        List<Long> ids = total == 0 ? List.of() : articles.pageOfIds(filter, sort, page);
        return Page.of(articles.loadWithRelations(ids).stream().map(ArticleMapper::adminSummary).toList(), page, total);
    }

    @Transactional
    public ArticleAdminResponse get(long id) {
        return ArticleMapper.admin(find(id));
    }

    @Transactional
    @InvalidatesCache(CacheNamespaces.ARTICLES)
    public ArticleAdminResponse create(ArticleRequest request, String actor) {
        Article article = new Article();
        Instant now = now();
        apply(article, request, now);
        articles.persistAndFlush(article);
        recordRevision(article, null, ArticleRevision.Action.CREATED, actor, now);
        announce(false, article, now);
        LOG.infof("Article %d created (%s, %s)", article.id, article.slug, article.status);
        return ArticleMapper.admin(article);
    }

    @Transactional
    @InvalidatesCache(CacheNamespaces.ARTICLES)
    public ArticleAdminResponse replace(long id, String ifMatch, ArticleRequest request, String actor) {
        Article article = find(id);
        Preconditions.requireMatch(ifMatch, article.version);
        Change change = beginChange(article);
        apply(article, request, change.now());
        articles.flush();
        endChange(article, change, null, actor);
        return ArticleMapper.admin(article);
    }

    @Transactional
    @InvalidatesCache(CacheNamespaces.ARTICLES)
    public ArticleAdminResponse patch(long id, String ifMatch, JsonNode patch, String actor) {
        Article article = find(id);
        Preconditions.requireMatch(ifMatch, article.version);
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
        validate(request);
        Change change = beginChange(article);
        apply(article, request, change.now());
        articles.flush();
        endChange(article, change, null, actor);
        return ArticleMapper.admin(article);
    }

    @Transactional
    @InvalidatesCache(CacheNamespaces.ARTICLES)
    public ArticleAdminResponse changeStatus(long id, String ifMatch, StatusChangeRequest request, String actor) {
        Article article = find(id);
        Preconditions.requireMatch(ifMatch, article.version);
        Change change = beginChange(article);
        applyStatus(article, request.status(), request.publishedAt(), change.now());
        PublicationRules.requireComplete(article);
        articles.flush();
        endChange(article, change, null, actor);
        LOG.infof("Article %d is now %s", article.id, article.status);
        return ArticleMapper.admin(article);
    }

    @Transactional
    @InvalidatesCache(CacheNamespaces.ARTICLES)
    public void delete(long id, String ifMatch) {
        Article article = find(id);
        Preconditions.requireMatch(ifMatch, article.version);
        if (isPublicAt(article, now())) {
            webhooks.enqueueAll(WebhookEvent.ARTICLE_DELETED, summaries.byIds(List.of(article.id)));
        }
        // the database would drop their rows, leaving a hole in the ordered lists that Hibernate loads as null
        for (Article other : articles.recommending(article.id)) {
            other.related.removeIf(article::equals);
        }
        articles.delete(article);
        articles.flush();
        LOG.infof("Article %d deleted (%s)", id, article.slug);
    }

    /** Scheduled articles published per transaction by {@link #publishDue()}. */
    static final int PUBLISH_BATCH = 200;

    /** Publishes the SCHEDULED articles whose time has come, {@value #PUBLISH_BATCH} per transaction. */
    public int publishDue() {
        return publishDue(PUBLISH_BATCH);
    }

    int publishDue(int batch) {
        Instant now = now();
        int published = 0;
        while (true) {
            int done = QuarkusTransaction.requiringNew().call(() -> publishDue(now, batch));
            published += done;
            if (done < batch) {
                return published;
            }
        }
    }

    /** One batch: locks up to {@code batch} due articles, publishes them, records and announces it. */
    private int publishDue(Instant now, int batch) {
        List<Long> due = articles.lockDue(now, batch);
        if (due.isEmpty()) {
            return 0;
        }
        int published = articles.publish(due, now);
        ArrayNode rows = mapper.createArrayNode();
        Map<Long, String> bodies = articles.bodies(due);
        for (Article article : articles.loadWithRelations(due)) {
            rows.addObject().put("article_id", article.id).put("action", ArticleRevision.Action.PUBLISHED.name())
                    .putNull("actor").set("changed_fields", mapper.createArrayNode().add("status"));
            ((com.fasterxml.jackson.databind.node.ObjectNode) rows.get(rows.size() - 1))
                    .set("snapshot", mapper.valueToTree(ArticleMapper.request(article, bodies.get(article.id))));
        }
        revisions.insertAll(rows.toString(), now);
        webhooks.enqueueAll(WebhookEvent.ARTICLE_PUBLISHED, summaries.byIds(due));
        cache.invalidate(CacheNamespaces.ARTICLES);
        LOG.infof("Published %d scheduled article(s)", published);
        return published;
    }

    // ---- previews and revisions -----------------------------------------------------------

    /** A signed link that shows this article as it stands, whatever its status, until it expires. */
    @Transactional
    public PreviewToken previewToken(long id) {
        Article article = find(id);
        PreviewTokens.Issued issued = previews.issue(article.id);
        return new PreviewToken(issued.token(), issued.expiresAt(),
                "/api/v1/articles/" + article.slug + "?preview=" + issued.token());
    }

    /** The article's revisions, newest first (404 for an unknown article). */
    @Transactional
    public Page<RevisionSummary> revisions(long id, PageRequest page) {
        find(id);
        long total = revisions.countOf(id);
        List<ArticleRevision> found = total == 0 ? List.of() : revisions.pageOf(id, page);
        return Page.of(found.stream().map(r -> new RevisionSummary(r.id, r.action.name(), r.actor, r.createdAt,
                List.copyOf(r.changedFields))).toList(), page, total);
    }

    @Transactional
    public RevisionDetail revision(long id, long revisionId) {
        ArticleRevision revision = findRevision(id, revisionId);
        return new RevisionDetail(revision.id, revision.articleId, revision.action.name(), revision.actor,
                revision.createdAt, List.copyOf(revision.changedFields), snapshot(revision));
    }

    /**
     * Puts back the editable fields of a revision (the article keeps its current status and
     * date): itself a new revision, RESTORED, and a change like any other (If-Match, caches,
     * webhooks). A slug since taken is a 409, references since deleted a 422.
     */
    @Transactional
    @InvalidatesCache(CacheNamespaces.ARTICLES)
    public ArticleAdminResponse restore(long id, long revisionId, String ifMatch, String actor) {
        Article article = find(id);
        Preconditions.requireMatch(ifMatch, article.version);
        ArticleRequest saved = snapshot(findRevision(id, revisionId));
        ArticleRequest request = new ArticleRequest(saved.title(), saved.slug(), saved.standfirst(), saved.body(),
                saved.pullQuotes(), saved.coverImage(), saved.section(), saved.authors(), saved.tags(), article.status,
                article.publishedAt, saved.metaTitle(), saved.metaDescription(), saved.canonicalUrl(), saved.commentsOpen(),
                saved.related());
        Change change = beginChange(article);
        apply(article, request, change.now());
        articles.flush();
        endChange(article, change, ArticleRevision.Action.RESTORED, actor);
        LOG.infof("Article %d restored to revision %d", article.id, revisionId);
        return ArticleMapper.admin(article);
    }

    private ArticleRevision findRevision(long id, long revisionId) {
        find(id);
        return revisions.findOf(id, revisionId).orElseThrow(() -> ProblemException.notFound(
                "L'article " + id + " n'a pas de version " + revisionId + "."));
    }

    private ArticleRequest snapshot(ArticleRevision revision) {
        try {
            // lenient: a snapshot written before a field of ArticleRequest was removed still reads
            return mapper.readerFor(ArticleRequest.class)
                    .without(com.fasterxml.jackson.databind.DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                    .readValue(revision.snapshot);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Unreadable snapshot of revision " + revision.id, e);
        }
    }

    /** What an article was before a change: its editable fields, and whether the public saw it. */
    private record Change(Instant now, ArticleRequest before, boolean wasPublic) {
    }

    /**
     * Before changing an article: notes its state, and keeps it as a BASELINE revision if it has
     * none yet (an article older than revisions). Runs before anything is changed, so that the
     * statement flushes nothing half-done.
     */
    private Change beginChange(Article article) {
        Instant now = now();
        ArticleRequest before = ArticleMapper.request(article);
        revisions.baselineIfNone(article.id, mapper.valueToTree(before).toString(), article.updatedAt);
        return new Change(now, before, isPublicAt(article, now));
    }

    /** After a change (flushed): its revision, if anything changed, and its webhook. */
    private void endChange(Article article, Change change, ArticleRevision.Action action, String actor) {
        if (recordRevision(article, change.before(), action, actor, change.now())) {
            announce(change.wasPublic(), article, change.now());
        }
    }

    /** Records the article as it now stands; false (and nothing recorded) when the change changed nothing. */
    private boolean recordRevision(Article article, ArticleRequest before, ArticleRevision.Action forced, String actor, Instant now) {
        JsonNode after = mapper.valueToTree(ArticleMapper.request(article));
        JsonNode previous = before == null ? null : mapper.valueToTree(before);
        ArrayNode changed = mapper.createArrayNode();
        after.fieldNames().forEachRemaining(field -> {
            JsonNode value = after.get(field);
            boolean empty = value == null || value.isNull() || (value.isArray() && value.isEmpty());
            if (previous == null ? !empty : !value.equals(previous.get(field))) {
                changed.add(field);
            }
        });
        if (previous != null && changed.isEmpty()) {
            return false;
        }
        ArticleRevision.Action action = forced != null ? forced
                : before == null ? ArticleRevision.Action.CREATED
                : before.status() == article.status ? ArticleRevision.Action.UPDATED
                : switch (article.status) {
                    case PUBLISHED -> ArticleRevision.Action.PUBLISHED;
                    case SCHEDULED -> ArticleRevision.Action.SCHEDULED;
                    case ARCHIVED -> ArticleRevision.Action.ARCHIVED;
                    case DRAFT -> ArticleRevision.Action.UNPUBLISHED;
                };
        ArrayNode rows = mapper.createArrayNode();
        rows.addObject().put("article_id", article.id).put("action", action.name()).put("actor", actor)
                .set("changed_fields", changed);
        ((com.fasterxml.jackson.databind.node.ObjectNode) rows.get(0)).set("snapshot", after);
        revisions.insertAll(rows.toString(), now);
        return true;
    }

    /** The webhook of a change: published, updated, or unpublished, as the public's view of the article moved. */
    private void announce(boolean wasPublic, Article article, Instant now) {
        boolean isPublic = isPublicAt(article, now);
        WebhookEvent event = !wasPublic && isPublic ? WebhookEvent.ARTICLE_PUBLISHED
                : wasPublic && isPublic ? WebhookEvent.ARTICLE_UPDATED
                : wasPublic ? WebhookEvent.ARTICLE_UNPUBLISHED
                : null;
        if (event != null) {
            webhooks.enqueueAll(event, summaries.byIds(List.of(article.id)));
        }
    }

    /** What {@link ArticleRepository#visible} says, for an article in hand. */
    static boolean isPublicAt(Article article, Instant now) {
        return (article.status == ArticleStatus.PUBLISHED || article.status == ArticleStatus.SCHEDULED)
                && article.publishedAt != null && !article.publishedAt.isAfter(now);
    }

    // ---- rules ----------------------------------------------------------------------------

    private Article find(long id) {
        return articles.findByIdOptional(id)
                .orElseThrow(() -> ProblemException.notFound("Aucun article n'a l'identifiant " + id + "."));
    }

    private void validate(ArticleRequest request) {
        Set<ConstraintViolation<ArticleRequest>> violations = validator.validate(request);
        if (!violations.isEmpty()) {
            throw new ConstraintViolationException(violations);
        }
    }

    /**
     * Everything that reads the database comes first (slug, references): a query may flush, and
     * a half-changed article would then be written twice, its version counted twice.
     */
    private void apply(Article article, ArticleRequest request, Instant now) {
        String title = request.title().strip();
        String slug = slugFor(article, request.slug(), title);
        Section section = resolveSection(request.section());
        List<Author> signed = resolveAuthors(request.authors());
        Set<Tag> resolvedTags = resolveTags(request.tags());
        List<Article> related = resolveRelated(article, slug, request.related());

        article.title = title;
        article.slug = slug;
        article.standfirst = blankToNull(request.standfirst());
        article.body = HtmlSanitizer.sanitize(request.body());
        article.readingTimeMinutes = ReadingTime.minutes(HtmlSanitizer.text(article.body), config.wordsPerMinute());
        article.pullQuotes = request.pullQuotes() == null ? new ArrayList<>()
                : request.pullQuotes().stream().map(String::strip).collect(Collectors.toCollection(ArrayList::new));
        article.coverImage = request.coverImage() == null ? null
                : new CoverImage(request.coverImage().url(), blankToNull(request.coverImage().alt()),
                        blankToNull(request.coverImage().credit()));
        article.section = section;
        replaceAll(article.authors, signed);
        article.tags.retainAll(resolvedTags);
        article.tags.addAll(resolvedTags);
        replaceAll(article.related, related);
        article.metaTitle = blankToNull(request.metaTitle());
        article.metaDescription = blankToNull(request.metaDescription());
        article.canonicalUrl = blankToNull(request.canonicalUrl());
        article.commentsOpen = request.commentsOpen() == null || request.commentsOpen();
        ArticleStatus status = request.status() != null ? request.status()
                : article.status != null ? article.status : ArticleStatus.DRAFT;
        applyStatus(article, status, request.publishedAt(), now);
        PublicationRules.requireComplete(article);
    }

    /**
     * DRAFT and ARCHIVED keep whatever date they have; PUBLISHED takes the given date (past or
     * now), else keeps an earlier publication date, else now; SCHEDULED needs a future date (or
     * keeps the date it already had, even once due).
     */
    static void applyStatus(Article article, ArticleStatus status, Instant publishedAt, Instant now) {
        Instant latestAccepted = now.plusSeconds(SKEW_SECONDS);
        switch (status) {
            case DRAFT, ARCHIVED -> {
                if (publishedAt != null) {
                    article.publishedAt = publishedAt;
                }
            }
            case PUBLISHED -> {
                if (publishedAt != null && publishedAt.isAfter(latestAccepted)) {
                    throw ProblemException.unprocessableField("publishedAt",
                            "Une date de publication future demande le statut SCHEDULED.");
                }
                if (publishedAt != null) {
                    article.publishedAt = publishedAt;
                } else if (article.publishedAt == null || article.publishedAt.isAfter(now)
                        || article.status != ArticleStatus.PUBLISHED) {
                    article.publishedAt = now;
                }
            }
            case SCHEDULED -> {
                // a scheduled article that fell due before the job ran may still be edited as it is
                boolean keepsItsDate = article.status == ArticleStatus.SCHEDULED && publishedAt != null
                        && publishedAt.equals(article.publishedAt);
                if (!keepsItsDate && (publishedAt == null || !publishedAt.isAfter(now))) {
                    throw ProblemException.unprocessableField("publishedAt",
                            "Le statut SCHEDULED demande une date de publication future.");
                }
                article.publishedAt = publishedAt;
            }
        }
        article.status = status;
    }

    /**
     * The slug asked for (409 when another article has it), else the current one, else one
     * derived from the title and numbered when taken ({@code -2}, {@code -3}…). Writers of the
     * same slug family take turns (a transaction lock), so two editors creating articles of the
     * same title at once get two slugs.
     */
    private String slugFor(Article article, String requested, String title) {
        if (requested != null) {
            if (!requested.equals(article.slug)) {
                articles.lockSlugFamily(requested);
                if (articles.slugTaken(requested, article.id)) {
                    throw ProblemException.conflict("Le slug « " + requested + " » est déjà pris par un autre article.");
                }
            }
            return requested;
        }
        if (article.slug != null) {
            return article.slug;
        }
        String base = Slugs.slugify(title);
        if (base.isEmpty()) {
            throw ProblemException.unprocessableField("title",
                    "Impossible de tirer un slug de ce titre : donnez un « slug » explicitement.");
        }
        articles.lockSlugFamily(base);
        return Slugs.firstFree(base, SLUG_MAX_LENGTH, candidate -> articles.slugTaken(candidate, null));
    }

    private Section resolveSection(String slug) {
        return slug == null ? null
                : sections.findBySlug(slug).orElseThrow(() -> ProblemException.unprocessableField("section",
                        "Rubrique inconnue : « " + slug + " ». Créez-la d'abord (POST /api/v1/admin/sections)."));
    }

    private List<Author> resolveAuthors(List<String> slugs) {
        if (slugs == null || slugs.isEmpty()) {
            return List.of();
        }
        List<String> wanted = slugs.stream().map(String::strip).distinct().toList();
        Map<String, Author> found = authors.findBySlugs(wanted).stream()
                .collect(Collectors.toMap(a -> a.slug, Function.identity()));
        List<String> missing = wanted.stream().filter(s -> !found.containsKey(s)).toList();
        if (!missing.isEmpty()) {
            throw ProblemException.unprocessableField("authors",
                    "Auteur(s) inconnu(s) : " + String.join(", ", missing) + ". Créez-les d'abord (POST /api/v1/admin/authors).");
        }
        return wanted.stream().map(found::get).toList();
    }

    private Set<Tag> resolveTags(List<String> names) {
        if (names == null || names.isEmpty()) {
            return Set.of();
        }
        Map<String, String> nameBySlug = new LinkedHashMap<>();
        for (String name : names) {
            String slug = Slugs.slugify(name);
            if (slug.isEmpty()) {
                throw ProblemException.unprocessableField("tags", "Mot-clé sans lettre ni chiffre : « " + name + " ».");
            }
            nameBySlug.putIfAbsent(slug, name.strip());
        }
        Map<String, Tag> found = new HashMap<>(byTagSlug(tags.findBySlugs(nameBySlug.keySet())));
        Map<String, String> missing = new LinkedHashMap<>(nameBySlug);
        missing.keySet().removeAll(found.keySet());
        if (!missing.isEmpty()) {
            // created by this statement, or by another article naming the same new tag at this moment
            tags.insertMissing(missing);
            found.putAll(byTagSlug(tags.findBySlugs(missing.keySet())));
        }
        Set<Tag> result = new LinkedHashSet<>();
        nameBySlug.keySet().forEach(slug -> result.add(found.get(slug)));
        return result;
    }

    private static Map<String, Tag> byTagSlug(List<Tag> list) {
        return list.stream().collect(Collectors.toMap(t -> t.slug, Function.identity()));
    }

    private List<Article> resolveRelated(Article article, String slug, List<String> slugs) {
        if (slugs == null || slugs.isEmpty()) {
            return List.of();
        }
        List<String> wanted = slugs.stream().map(String::strip).distinct().toList();
        if (wanted.contains(slug) || wanted.contains(article.slug)) {
            throw ProblemException.unprocessableField("related", "Un article ne peut pas se recommander lui-même.");
        }
        Map<String, Article> found = articles.list("slug in ?1", wanted).stream()
                .collect(Collectors.toMap(a -> a.slug, Function.identity()));
        List<String> missing = wanted.stream().filter(s -> !found.containsKey(s)).toList();
        if (!missing.isEmpty()) {
            throw ProblemException.unprocessableField("related", "Article(s) inconnu(s) : " + String.join(", ", missing) + ".");
        }
        return wanted.stream().map(found::get).toList();
    }

    private static <T> void replaceAll(List<T> target, List<T> values) {
        if (!target.equals(values)) {
            target.clear();
            target.addAll(values);
        }
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    private Instant now() {
        return Now.of(clock);
    }

    // =======================================================================================
    // ---- for other features ---------------------------------------------------------------
    // (added by the jobs feature: career sheets list related articles)

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
        Map<String, Long> idBySlug = articles.visibleIdsBySlug(wanted, now());
        return summaries.byIds(wanted.stream().map(idBySlug::get).filter(java.util.Objects::nonNull).toList());
    }

    // =======================================================================================
    // ---- for the comment feature (comment/) -----------------------------------------------
    // Comments reference articles by id. They ask here whether an article takes comments, and
    // keep its commentCount: the count lives on the article row, so that article pages and
    // lists show it without a query per row.
    // =======================================================================================

    /** An article comments can be posted to: its id, and whether readers may comment now. */
    public record CommentTarget(long articleId, boolean commentsOpen) {
    }

    /** What a moderator sees of an article a comment belongs to. */
    public record ArticleRef(long id, String slug, String title) {
    }

    /** The article of that slug if the public sees it now, with its comments switch; empty otherwise. One statement. */
    @Transactional
    public Optional<CommentTarget> publicCommentTarget(String slug) {
        return articles.commentTarget(slug, null, now());
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
    public void lockCommentCounts(java.util.Collection<Long> articleIds) {
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
        List<String> tags = new java.util.ArrayList<>(slugs.stream().map(CacheNamespaces::article).toList());
        tags.add(CacheNamespaces.COMMENT_COUNTS);
        cache.invalidate(tags.toArray(String[]::new));
    }

    /** Id, slug and title of these articles (those that exist), by id. One statement. */
    @Transactional
    public Map<Long, ArticleRef> refs(java.util.Collection<Long> ids) {
        return ids.isEmpty() ? Map.of() : articles.refs(ids);
    }
}
