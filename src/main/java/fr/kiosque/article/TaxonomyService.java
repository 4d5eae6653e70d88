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
    record Kind<E extends Term, Q extends TermRequest, P, A>(
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

    /** The kinds, for the resources: each calls the rules below with its own. */
    Kind<Section, SectionRequest, SectionResponse, SectionAdminResponse> sections() {
        return sections;
    }

    Kind<Tag, TagRequest, TagResponse, TagAdminResponse> tags() {
        return tags;
    }

    Kind<Author, AuthorRequest, AuthorResponse, AuthorAdminResponse> authors() {
        return authors;
    }

    /** A section the public sees, with its count of published articles (404 otherwise): feeds name it. */
    @Transactional
    public SectionResponse section(String slug) {
        return publicOne(sections, slug);
    }

    /** A tag the public sees (404 for one of drafts only, as for an unknown one). */
    @Transactional
    public TagResponse tag(String slug) {
        return publicOne(tags, slug);
    }

    /** An author the public sees (404 for one who signs drafts only, as for an unknown one). */
    @Transactional
    public AuthorResponse author(String slug) {
        return publicOne(authors, slug);
    }

    // ---- the rules, once for the three kinds ----------------------------------------------

    /** Two statements: the page with its counts, the total. */
    @Transactional
    <E extends Term, P> Page<P> publicPage(Kind<E, ?, P, ?> kind, PageRequest page) {
        Instant now = Now.of(clock);
        boolean onlyUsed = !kind.alwaysPublic();
        List<P> items = kind.repository().publicPage(page, now, onlyUsed).stream()
                .map(c -> kind.publicView().apply(c.entity(), c.articleCount())).toList();
        return Page.of(items, page, kind.repository().publicCount(now, onlyUsed));
    }

    /** One statement. */
    @Transactional
    <E extends Term, P> P publicOne(Kind<E, ?, P, ?> kind, String slug) {
        return kind.repository().publicBySlug(slug, Now.of(clock), !kind.alwaysPublic())
                .map(c -> kind.publicView().apply(c.entity(), c.articleCount()))
                .orElseThrow(() -> ProblemException.notFound(kind.none() + " ne porte le slug « " + slug + " »."));
    }

    /** Two statements: the page, the total. */
    @Transactional
    <E extends Term, A> Page<A> staffPage(Kind<E, ?, ?, A> kind, PageRequest page) {
        List<A> items = kind.repository().staffPage(page).stream().map(kind.staffView()).toList();
        return Page.of(items, page, kind.repository().count());
    }

    @Transactional
    <E extends Term, A> A staffOne(Kind<E, ?, ?, A> kind, long id) {
        return kind.staffView().apply(find(kind, id));
    }

    @Transactional
    @InvalidatesCache(CacheNamespaces.ARTICLES)
    <E extends Term, Q extends TermRequest, A> A create(Kind<E, Q, ?, A> kind, Q request) {
        E term = kind.factory().get();
        apply(kind, term, request);
        kind.repository().persistAndFlush(term);
        LOG.infof("%s %d created (%s)", term.getClass().getSimpleName(), term.id, term.slug);
        return kind.staffView().apply(term);
    }

    @Transactional
    @InvalidatesCache(CacheNamespaces.ARTICLES)
    <E extends Term, Q extends TermRequest, A> A replace(Kind<E, Q, ?, A> kind, long id, String ifMatch, Q request) {
        E term = find(kind, id);
        Preconditions.requireMatch(ifMatch, term.version);
        apply(kind, term, request);
        kind.repository().flush();
        pages.taxonomyChanged();
        return kind.staffView().apply(term);
    }

    /** A tag's article_tag rows go with it (ON DELETE CASCADE): the articles lose the tag. */
    @Transactional
    @InvalidatesCache(CacheNamespaces.ARTICLES)
    <E extends Term> void delete(Kind<E, ?, ?, ?> kind, long id, String ifMatch) {
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
