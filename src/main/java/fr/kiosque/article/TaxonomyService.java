package fr.kiosque.article;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.function.BiConsumer;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.jboss.logging.Logger;

import fr.kiosque.article.api.ArticleMapper;
import fr.kiosque.article.api.TaxonomyRequests.AuthorRequest;
import fr.kiosque.article.api.TaxonomyRequests.SectionRequest;
import fr.kiosque.article.api.TaxonomyRequests.TagRequest;
import fr.kiosque.article.api.TaxonomyRequests.TermRequest;
import fr.kiosque.article.api.TaxonomyResponses.AuthorAdminResponse;
import fr.kiosque.article.api.TaxonomyResponses.AuthorResponse;
import fr.kiosque.article.api.TaxonomyResponses.SectionAdminResponse;
import fr.kiosque.article.api.TaxonomyResponses.SectionResponse;
import fr.kiosque.article.api.TaxonomyResponses.TagAdminResponse;
import fr.kiosque.article.api.TaxonomyResponses.TagResponse;
import fr.kiosque.common.error.ProblemException;
import fr.kiosque.common.http.Preconditions;
import fr.kiosque.common.http.cache.CacheNamespaces;
import fr.kiosque.common.http.cache.InvalidatesCache;
import fr.kiosque.common.paging.Page;
import fr.kiosque.common.paging.PageRequest;
import fr.kiosque.common.text.Slugs;
import fr.kiosque.common.time.Now;

/**
 * Sections, tags and authors: how the public lists them (with counts of published articles)
 * and how editors manage them. The rules are the same for the three kinds and written once
 * here; a {@link Kind} says what differs:
 * <ul>
 * <li>sections are navigation: the public sees every one of them; tags and authors only once an
 * article it sees uses them (a tag saved with a confidential draft does not leak);</li>
 * <li>a name already taken gives a section or an author a numbered slug ({@code -2}); a tag is
 * its name, so a second tag of the same name is a 409;</li>
 * <li>a section or author that articles still use cannot be deleted (409 naming them); deleting
 * a tag removes it from its articles.</li>
 * </ul>
 * Every update and delete requires If-Match.
 */
@ApplicationScoped
public class TaxonomyService {

    private static final Logger LOG = Logger.getLogger(TaxonomyService.class);
    /** How many articles a "still in use" answer names. */
    private static final int USERS_NAMED = 3;

    /** What differs between sections, tags and authors. */
    private record Kind<E extends Term, Q extends TermRequest, P, A>(
            TermRepository<E> repository,
            Supplier<E> factory,
            /* the fields beyond name and slug */
            BiConsumer<E, Q> details,
            BiFunction<E, Long, P> publicView,
            Function<E, A> staffView,
            /* public even when no visible article uses it */
            boolean alwaysPublic,
            /* a derived slug already taken is numbered (-2…) rather than refused */
            boolean numberedSlugs,
            /* "Aucune rubrique", "Une rubrique" */
            String none, String one,
            /* the 409 detail when articles still use it, from the record and "3 article(s), dont « … »"; null: never blocked */
            BiFunction<E, String, String> inUse) {
    }

    private final Kind<Section, SectionRequest, SectionResponse, SectionAdminResponse> sections;
    private final Kind<Tag, TagRequest, TagResponse, TagAdminResponse> tags;
    private final Kind<Author, AuthorRequest, AuthorResponse, AuthorAdminResponse> authors;
    private final ArticleRepository articles;
    private final Clock clock;

    private final ArticlePages pages;

    TaxonomyService(SectionRepository sectionRepository, TagRepository tagRepository, AuthorRepository authorRepository,
            ArticleRepository articles, Clock clock, ArticlePages pages) {
        this.articles = articles;
        this.pages = pages;
        this.clock = clock;
        this.sections = new Kind<>(sectionRepository, Section::new,
                (section, request) -> section.description = blankToNull(request.description()),
                ArticleMapper::section, ArticleMapper::sectionAdmin, true, true, "Aucune rubrique", "Une rubrique",
                (section, usage) -> "La rubrique « " + section.name + " » contient encore " + usage
                        + " : déplacez-les dans une autre rubrique avant de la supprimer.");
        this.tags = new Kind<>(tagRepository, Tag::new, (tag, request) -> {
        }, ArticleMapper::tag, ArticleMapper::tagAdmin, false, false, "Aucun mot-clé", "Un mot-clé", null);
        this.authors = new Kind<>(authorRepository, Author::new,
                (author, request) -> {
                    author.role = blankToNull(request.role());
                    author.bio = blankToNull(request.bio());
                    author.avatarUrl = blankToNull(request.avatarUrl());
                },
                ArticleMapper::author, ArticleMapper::authorAdmin, false, true, "Aucun auteur", "Un auteur",
                (author, usage) -> "« " + author.name + " » signe encore " + usage
                        + " : retirez sa signature avant de supprimer l'auteur.");
    }

    // ---- public ---------------------------------------------------------------------------

    @Transactional
    public Page<SectionResponse> sections(PageRequest page) {
        return publicPage(sections, page);
    }

    @Transactional
    public SectionResponse section(String slug) {
        return publicOne(sections, slug);
    }

    @Transactional
    public Page<TagResponse> tags(PageRequest page) {
        return publicPage(tags, page);
    }

    @Transactional
    public TagResponse tag(String slug) {
        return publicOne(tags, slug);
    }

    @Transactional
    public Page<AuthorResponse> authors(PageRequest page) {
        return publicPage(authors, page);
    }

    @Transactional
    public AuthorResponse author(String slug) {
        return publicOne(authors, slug);
    }

    // ---- staff ----------------------------------------------------------------------------

    @Transactional
    public Page<SectionAdminResponse> sectionsForStaff(PageRequest page) {
        return staffPage(sections, page);
    }

    @Transactional
    public SectionAdminResponse sectionForStaff(long id) {
        return sections.staffView().apply(find(sections, id));
    }

    @Transactional
    @InvalidatesCache(CacheNamespaces.ARTICLES)
    public SectionAdminResponse createSection(SectionRequest request) {
        return create(sections, request);
    }

    @Transactional
    @InvalidatesCache(CacheNamespaces.ARTICLES)
    public SectionAdminResponse replaceSection(long id, String ifMatch, SectionRequest request) {
        return replace(sections, id, ifMatch, request);
    }

    @Transactional
    @InvalidatesCache(CacheNamespaces.ARTICLES)
    public void deleteSection(long id, String ifMatch) {
        delete(sections, id, ifMatch);
    }

    @Transactional
    public Page<TagAdminResponse> tagsForStaff(PageRequest page) {
        return staffPage(tags, page);
    }

    @Transactional
    public TagAdminResponse tagForStaff(long id) {
        return tags.staffView().apply(find(tags, id));
    }

    @Transactional
    @InvalidatesCache(CacheNamespaces.ARTICLES)
    public TagAdminResponse createTag(TagRequest request) {
        return create(tags, request);
    }

    @Transactional
    @InvalidatesCache(CacheNamespaces.ARTICLES)
    public TagAdminResponse replaceTag(long id, String ifMatch, TagRequest request) {
        return replace(tags, id, ifMatch, request);
    }

    /** Its article_tag rows go with it (ON DELETE CASCADE): the articles lose the tag. */
    @Transactional
    @InvalidatesCache(CacheNamespaces.ARTICLES)
    public void deleteTag(long id, String ifMatch) {
        delete(tags, id, ifMatch);
    }

    @Transactional
    public Page<AuthorAdminResponse> authorsForStaff(PageRequest page) {
        return staffPage(authors, page);
    }

    @Transactional
    public AuthorAdminResponse authorForStaff(long id) {
        return authors.staffView().apply(find(authors, id));
    }

    @Transactional
    @InvalidatesCache(CacheNamespaces.ARTICLES)
    public AuthorAdminResponse createAuthor(AuthorRequest request) {
        return create(authors, request);
    }

    @Transactional
    @InvalidatesCache(CacheNamespaces.ARTICLES)
    public AuthorAdminResponse replaceAuthor(long id, String ifMatch, AuthorRequest request) {
        return replace(authors, id, ifMatch, request);
    }

    @Transactional
    @InvalidatesCache(CacheNamespaces.ARTICLES)
    public void deleteAuthor(long id, String ifMatch) {
        delete(authors, id, ifMatch);
    }

    // ---- the rules, once for the three kinds ----------------------------------------------

    /** Two statements: the page with its counts, the total. */
    private <E extends Term, P> Page<P> publicPage(Kind<E, ?, P, ?> kind, PageRequest page) {
        Instant now = Now.of(clock);
        boolean onlyUsed = !kind.alwaysPublic();
        List<P> items = kind.repository().publicPage(page, now, onlyUsed).stream()
                .map(c -> kind.publicView().apply(c.entity(), c.articleCount())).toList();
        return Page.of(items, page, kind.repository().publicCount(now, onlyUsed));
    }

    /** One statement. */
    private <E extends Term, P> P publicOne(Kind<E, ?, P, ?> kind, String slug) {
        return kind.repository().publicBySlug(slug, Now.of(clock), !kind.alwaysPublic())
                .map(c -> kind.publicView().apply(c.entity(), c.articleCount()))
                .orElseThrow(() -> ProblemException.notFound(kind.none() + " ne porte le slug « " + slug + " »."));
    }

    /** Two statements: the page, the total. */
    private static <E extends Term, A> Page<A> staffPage(Kind<E, ?, ?, A> kind, PageRequest page) {
        List<A> items = kind.repository().staffPage(page).stream().map(kind.staffView()).toList();
        return Page.of(items, page, kind.repository().count());
    }

    private <E extends Term, Q extends TermRequest, A> A create(Kind<E, Q, ?, A> kind, Q request) {
        E term = kind.factory().get();
        apply(kind, term, request);
        kind.repository().persistAndFlush(term);
        LOG.infof("%s %d created (%s)", term.getClass().getSimpleName(), term.id, term.slug);
        return kind.staffView().apply(term);
    }

    private <E extends Term, Q extends TermRequest, A> A replace(Kind<E, Q, ?, A> kind, long id, String ifMatch, Q request) {
        E term = find(kind, id);
        Preconditions.requireMatch(ifMatch, term.version);
        apply(kind, term, request);
        kind.repository().flush();
        pages.taxonomyChanged();
        return kind.staffView().apply(term);
    }

    private <E extends Term> void delete(Kind<E, ?, ?, ?> kind, long id, String ifMatch) {
        E term = find(kind, id);
        Preconditions.requireMatch(ifMatch, term.version);
        pages.taxonomyChanged();
        if (kind.inUse() != null) {
            String usage = usage(kind.repository().association(), term.id);
            if (usage != null) {
                throw ProblemException.conflict(kind.inUse().apply(term, usage));
            }
        }
        kind.repository().delete(term);
        kind.repository().flush(); // a reference added meanwhile is a 409 now, not a failed commit
        LOG.infof("%s %d deleted (%s)", term.getClass().getSimpleName(), id, term.slug);
    }

    /** "3 article(s), dont « A », « B », « C »"; null when no article uses it. */
    private String usage(String association, Long termId) {
        long count = articles.countUsing(association, termId);
        if (count == 0) {
            return null;
        }
        return count + " article(s), dont " + articles.titlesUsing(association, termId, USERS_NAMED).stream()
                .map(title -> "« " + title + " »").collect(Collectors.joining(", "));
    }

    /** The slug first (it reads the database), then the fields. */
    private <E extends Term, Q extends TermRequest> void apply(Kind<E, Q, ?, ?> kind, E term, Q request) {
        String name = request.name().strip();
        term.slug = slugFor(kind, term, request.slug(), name);
        term.name = name;
        kind.details().accept(term, request);
    }

    /**
     * The slug to keep: the one asked for (409 when another record has it), else the current
     * one, else one derived from the name: numbered when taken, or a 409 for kinds without
     * numbered slugs. Writers of the same slug family take turns (a transaction lock), so
     * parallel creations never collide in the database.
     */
    private <E extends Term> String slugFor(Kind<E, ?, ?, ?> kind, E term, String requested, String name) {
        TermRepository<E> repository = kind.repository();
        if (requested == null && term.slug != null) {
            return term.slug;
        }
        String slug = requested != null ? requested : Slugs.slugify(name);
        if (slug.isEmpty()) {
            throw ProblemException.unprocessableField("name", "Impossible de tirer un slug de ce nom : donnez un « slug ».");
        }
        if (slug.equals(term.slug)) {
            return slug;
        }
        repository.lockSlugFamily(slug);
        if (requested == null && kind.numberedSlugs()) {
            return Slugs.firstFree(slug, Slugs.MAX_LENGTH, candidate -> repository.slugTaken(candidate, null));
        }
        if (repository.slugTaken(slug, term.id)) {
            throw ProblemException.conflict(kind.one() + " porte déjà le slug « " + slug + " ».");
        }
        return slug;
    }

    private static <E extends Term> E find(Kind<E, ?, ?, ?> kind, long id) {
        return kind.repository().findByIdOptional(id)
                .orElseThrow(() -> ProblemException.notFound(kind.none() + " n'a l'identifiant " + id + "."));
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
