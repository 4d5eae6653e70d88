package fr.kiosque.article;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
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

import fr.kiosque.article.api.ArticleAdminResponse;
import fr.kiosque.article.api.ArticleAdminSummary;
import fr.kiosque.article.api.ArticleDetail;
import fr.kiosque.article.api.ArticleMapper;
import fr.kiosque.article.api.ArticleRequest;
import fr.kiosque.article.api.ArticleSummary;
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
import fr.kiosque.common.time.Now;
import fr.kiosque.common.text.ReadingTime;
import fr.kiosque.common.text.Slugs;

/** The rules of articles: what the public sees, how editors write, schedule and publish. */
@ApplicationScoped
public class ArticleService {

    private static final Logger LOG = Logger.getLogger(ArticleService.class);

    /** Clock skew tolerated between an editor's "now" and ours. */
    private static final long SKEW_SECONDS = 5;

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

    ArticleService(ArticleRepository articles, SectionRepository sections, AuthorRepository authors,
            TagRepository tags, ArticlesConfig config, Validator validator, ObjectMapper mapper, CacheInvalidator cache, Clock clock) {
        this.cache = cache;
        this.clock = clock;
        this.articles = articles;
        this.sections = sections;
        this.authors = authors;
        this.tags = tags;
        this.config = config;
        this.validator = validator;
        this.mapper = mapper;
    }

    // ---- public ---------------------------------------------------------------------------

    @Transactional
    public Page<ArticleSummary> listPublished(String section, String tag, String author, Instant after, Instant before,
            Sort sort, PageRequest page) {
        ArticleFilter filter = ArticleFilter.visible(section, tag, author, after, before, now());
        long total = articles.count(filter);
        List<Long> ids = total == 0 ? List.of() : articles.pageOfIds(filter, sort, page);
        List<ArticleSummary> items = articles.loadWithRelations(ids).stream().map(ArticleMapper::summary).toList();
        return Page.of(items, page, total);
    }

    @Transactional
    public ArticleDetail publishedBySlug(String slug) {
        Instant now = now();
        Article article = articles.findVisibleBySlug(slug, now)
                .orElseThrow(() -> ProblemException.notFound("Aucun article publié ne porte le slug « " + slug + " »."));
        articles.loadTags(List.of(article.id));
        List<Long> relatedIds = articles.chosenRelatedIds(article.id, now);
        if (relatedIds.isEmpty()) {
            relatedIds = articles.automaticRelatedIds(article, config.relatedCount(), now);
        }
        return ArticleMapper.detail(article, articles.loadWithRelations(relatedIds));
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
        ArticleFilter filter = new ArticleFilter(section, tag, author, null, null, status, null);
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
    public ArticleAdminResponse create(ArticleRequest request) {
        Article article = new Article();
        apply(article, request, now());
        articles.persistAndFlush(article);
        LOG.infof("Article %d created (%s, %s)", article.id, article.slug, article.status);
        return ArticleMapper.admin(article);
    }

    @Transactional
    @InvalidatesCache(CacheNamespaces.ARTICLES)
    public ArticleAdminResponse replace(long id, String ifMatch, ArticleRequest request) {
        Article article = find(id);
        Preconditions.requireMatch(ifMatch, article.version);
        apply(article, request, now());
        articles.flush();
        return ArticleMapper.admin(article);
    }

    @Transactional
    @InvalidatesCache(CacheNamespaces.ARTICLES)
    public ArticleAdminResponse patch(long id, String ifMatch, JsonNode patch) {
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
        apply(article, request, now());
        articles.flush();
        return ArticleMapper.admin(article);
    }

    @Transactional
    @InvalidatesCache(CacheNamespaces.ARTICLES)
    public ArticleAdminResponse changeStatus(long id, String ifMatch, StatusChangeRequest request) {
        Article article = find(id);
        Preconditions.requireMatch(ifMatch, article.version);
        applyStatus(article, request.status(), request.publishedAt(), now());
        articles.flush();
        LOG.infof("Article %d is now %s", article.id, article.status);
        return ArticleMapper.admin(article);
    }

    @Transactional
    @InvalidatesCache(CacheNamespaces.ARTICLES)
    public void delete(long id, String ifMatch) {
        Article article = find(id);
        Preconditions.checkMatch(ifMatch, article.version);
        // the database would drop their rows, leaving a hole in the ordered lists that Hibernate loads as null
        for (Article other : articles.recommending(article.id)) {
            other.related.removeIf(article::equals);
        }
        articles.delete(article);
        LOG.infof("Article %d deleted (%s)", id, article.slug);
    }

    /** Publishes the SCHEDULED articles whose time has come. */
    @Transactional
    public int publishDue() {
        int published = articles.publishDue(now());
        if (published > 0) {
            cache.invalidate(CacheNamespaces.ARTICLES);
            LOG.infof("Published %d scheduled article(s)", published);
        }
        return published;
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

    private void apply(Article article, ArticleRequest request, Instant now) {
        article.title = request.title().strip();
        if (request.slug() != null) {
            if (articles.slugTaken(request.slug(), article.id)) {
                throw ProblemException.conflict("Le slug « " + request.slug() + " » est déjà pris par un autre article.");
            }
            article.slug = request.slug();
        } else if (article.slug == null) {
            article.slug = uniqueSlug(article.title);
        }
        article.standfirst = blankToNull(request.standfirst());
        article.body = HtmlSanitizer.sanitize(request.body());
        article.readingTimeMinutes = ReadingTime.minutes(HtmlSanitizer.text(article.body), config.wordsPerMinute());
        article.pullQuotes = request.pullQuotes() == null ? new ArrayList<>()
                : request.pullQuotes().stream().map(String::strip).collect(Collectors.toCollection(ArrayList::new));
        article.coverImage = request.coverImage() == null ? null
                : new CoverImage(request.coverImage().url(), blankToNull(request.coverImage().alt()),
                        blankToNull(request.coverImage().credit()));
        article.section = request.section() == null ? null
                : sections.findBySlug(request.section()).orElseThrow(() -> ProblemException.unprocessableField("section",
                        "Rubrique inconnue : « " + request.section() + " ». Créez-la d'abord (POST /api/v1/admin/sections)."));
        replaceAll(article.authors, resolveAuthors(request.authors()));
        Set<Tag> resolvedTags = resolveTags(request.tags());
        article.tags.retainAll(resolvedTags);
        article.tags.addAll(resolvedTags);
        replaceAll(article.related, resolveRelated(article, request.related()));
        article.metaTitle = blankToNull(request.metaTitle());
        article.metaDescription = blankToNull(request.metaDescription());
        article.canonicalUrl = blankToNull(request.canonicalUrl());
        article.commentsOpen = request.commentsOpen() == null || request.commentsOpen();
        ArticleStatus status = request.status() != null ? request.status()
                : article.status != null ? article.status : ArticleStatus.DRAFT;
        applyStatus(article, status, request.publishedAt(), now);
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

    private String uniqueSlug(String title) {
        String base = Slugs.slugify(title);
        if (base.isEmpty()) {
            throw ProblemException.unprocessableField("title",
                    "Impossible de tirer un slug de ce titre : donnez un « slug » explicitement.");
        }
        String candidate = base;
        for (int n = 2; articles.slugTaken(candidate, null); n++) {
            String suffix = "-" + n;
            candidate = (base.length() + suffix.length() > 160 ? base.substring(0, 160 - suffix.length()) : base) + suffix;
        }
        return candidate;
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
        Map<String, Tag> existing = tags.findBySlugs(nameBySlug.keySet()).stream()
                .collect(Collectors.toMap(t -> t.slug, Function.identity()));
        Set<Tag> result = new LinkedHashSet<>();
        nameBySlug.forEach((slug, name) -> {
            Tag tag = existing.get(slug);
            if (tag == null) {
                tag = new Tag();
                tag.slug = slug;
                tag.name = name;
                tags.persist(tag);
            }
            result.add(tag);
        });
        return result;
    }

    private List<Article> resolveRelated(Article article, List<String> slugs) {
        if (slugs == null || slugs.isEmpty()) {
            return List.of();
        }
        List<String> wanted = slugs.stream().map(String::strip).distinct().toList();
        if (wanted.contains(article.slug)) {
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

    // =====================================================================================
    // ---- for other features ---------------------------------------------------------------
    // (added by the jobs feature: career sheets list related articles)

    /**
     * The summaries of the articles of these slugs that the public sees now, in the order given;
     * unknown and unpublished slugs are skipped. Two statements (none for no slug).
     */
    @Transactional
    public List<ArticleSummary> visibleSummaries(List<String> slugs) {
        if (slugs == null || slugs.isEmpty()) {
            return List.of();
        }
        Map<String, Article> bySlug = articles.getEntityManager().createQuery(
                "select a from Article a left join fetch a.section left join fetch a.authors"
                        + " where a.slug in :slugs and " + ArticleRepository.VISIBLE, Article.class)
                .setParameter("slugs", slugs)
                .setParameter("now", now())
                .getResultStream()
                .collect(Collectors.toMap(a -> a.slug, Function.identity(), (a, b) -> a));
        if (bySlug.isEmpty()) {
            return List.of();
        }
        articles.loadTags(bySlug.values().stream().map(a -> a.id).toList());
        return slugs.stream().distinct().map(bySlug::get).filter(a -> a != null).map(ArticleMapper::summary).toList();
    }
}
