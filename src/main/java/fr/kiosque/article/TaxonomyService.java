package fr.kiosque.article;

import java.util.List;
import java.util.function.BiPredicate;
import java.util.function.Function;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.jboss.logging.Logger;

import fr.kiosque.article.api.ArticleMapper;
import fr.kiosque.article.api.TaxonomyRequests.AuthorRequest;
import fr.kiosque.article.api.TaxonomyRequests.SectionRequest;
import fr.kiosque.article.api.TaxonomyRequests.TagRequest;
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
import fr.kiosque.common.persistence.Timestamps;
import fr.kiosque.common.text.Slugs;
import io.quarkus.hibernate.orm.panache.PanacheRepository;

/**
 * Sections, tags and authors: how the public lists them (with counts of published articles)
 * and how editors manage them. A section or author that articles still use cannot be deleted;
 * deleting a tag removes it from its articles.
 */
@ApplicationScoped
public class TaxonomyService {

    private static final Logger LOG = Logger.getLogger(TaxonomyService.class);

    private final SectionRepository sections;
    private final TagRepository tags;
    private final AuthorRepository authors;
    private final ArticleRepository articles;

    TaxonomyService(SectionRepository sections, TagRepository tags, AuthorRepository authors, ArticleRepository articles) {
        this.sections = sections;
        this.tags = tags;
        this.authors = authors;
        this.articles = articles;
    }

    // ---- public ---------------------------------------------------------------------------

    @Transactional
    public Page<SectionResponse> sections(PageRequest page) {
        return Page.of(sections.pageWithCounts(page, Timestamps.now()).stream()
                .map(c -> ArticleMapper.section(c.entity(), c.articleCount())).toList(), page, sections.count());
    }

    @Transactional
    public SectionResponse section(String slug) {
        Section section = sections.findBySlug(slug)
                .orElseThrow(() -> ProblemException.notFound("Aucune rubrique ne porte le slug « " + slug + " »."));
        return ArticleMapper.section(section, sections.countVisibleArticles(section.id, Timestamps.now()));
    }

    @Transactional
    public Page<TagResponse> tags(PageRequest page) {
        return Page.of(tags.pageWithCounts(page, Timestamps.now()).stream()
                .map(c -> ArticleMapper.tag(c.entity(), c.articleCount())).toList(), page, tags.count());
    }

    @Transactional
    public TagResponse tag(String slug) {
        Tag tag = tags.findBySlug(slug)
                .orElseThrow(() -> ProblemException.notFound("Aucun mot-clé ne porte le slug « " + slug + " »."));
        return ArticleMapper.tag(tag, tags.countVisibleArticles(tag.id, Timestamps.now()));
    }

    @Transactional
    public Page<AuthorResponse> authors(PageRequest page) {
        return Page.of(authors.pageWithCounts(page, Timestamps.now()).stream()
                .map(c -> ArticleMapper.author(c.entity(), c.articleCount())).toList(), page, authors.count());
    }

    @Transactional
    public AuthorResponse author(String slug) {
        Author author = authors.findBySlug(slug)
                .orElseThrow(() -> ProblemException.notFound("Aucun auteur ne porte le slug « " + slug + " »."));
        return ArticleMapper.author(author, authors.countVisibleArticles(author.id, Timestamps.now()));
    }

    // ---- staff: sections ------------------------------------------------------------------

    @Transactional
    public Page<SectionAdminResponse> sectionsForStaff(PageRequest page) {
        return byName(sections, page, ArticleMapper::sectionAdmin);
    }

    @Transactional
    public SectionAdminResponse sectionForStaff(long id) {
        return ArticleMapper.sectionAdmin(findSection(id));
    }

    @Transactional
    @InvalidatesCache(CacheNamespaces.ARTICLES)
    public SectionAdminResponse createSection(SectionRequest request) {
        Section section = new Section();
        applySection(section, request);
        sections.persistAndFlush(section);
        LOG.infof("Section %d created (%s)", section.id, section.slug);
        return ArticleMapper.sectionAdmin(section);
    }

    @Transactional
    @InvalidatesCache(CacheNamespaces.ARTICLES)
    public SectionAdminResponse replaceSection(long id, String ifMatch, SectionRequest request) {
        Section section = findSection(id);
        Preconditions.checkMatch(ifMatch, section.version);
        applySection(section, request);
        sections.flush();
        return ArticleMapper.sectionAdmin(section);
    }

    @Transactional
    @InvalidatesCache(CacheNamespaces.ARTICLES)
    public void deleteSection(long id, String ifMatch) {
        Section section = findSection(id);
        Preconditions.checkMatch(ifMatch, section.version);
        long used = articles.countBySection(id);
        if (used > 0) {
            throw ProblemException.conflict("La rubrique « " + section.name + " » contient encore " + used
                    + " article(s) : déplacez-les avant de la supprimer.");
        }
        sections.delete(section);
    }

    private void applySection(Section section, SectionRequest request) {
        section.name = request.name().strip();
        section.slug = slugFor(request.slug(), request.name(), section.slug, section.id, sections::slugTaken, "rubrique");
        section.description = blankToNull(request.description());
    }

    private Section findSection(long id) {
        return sections.findByIdOptional(id)
                .orElseThrow(() -> ProblemException.notFound("Aucune rubrique n'a l'identifiant " + id + "."));
    }

    // ---- staff: tags ----------------------------------------------------------------------

    @Transactional
    public Page<TagAdminResponse> tagsForStaff(PageRequest page) {
        return byName(tags, page, ArticleMapper::tagAdmin);
    }

    @Transactional
    public TagAdminResponse tagForStaff(long id) {
        return ArticleMapper.tagAdmin(findTag(id));
    }

    @Transactional
    @InvalidatesCache(CacheNamespaces.ARTICLES)
    public TagAdminResponse createTag(TagRequest request) {
        Tag tag = new Tag();
        applyTag(tag, request);
        tags.persistAndFlush(tag);
        return ArticleMapper.tagAdmin(tag);
    }

    @Transactional
    @InvalidatesCache(CacheNamespaces.ARTICLES)
    public TagAdminResponse replaceTag(long id, String ifMatch, TagRequest request) {
        Tag tag = findTag(id);
        Preconditions.checkMatch(ifMatch, tag.version);
        applyTag(tag, request);
        tags.flush();
        return ArticleMapper.tagAdmin(tag);
    }

    @Transactional
    @InvalidatesCache(CacheNamespaces.ARTICLES)
    public void deleteTag(long id, String ifMatch) {
        Tag tag = findTag(id);
        Preconditions.checkMatch(ifMatch, tag.version);
        tags.delete(tag); // its article_tag rows go with it (ON DELETE CASCADE)
    }

    private void applyTag(Tag tag, TagRequest request) {
        tag.name = request.name().strip();
        tag.slug = slugFor(request.slug(), request.name(), tag.slug, tag.id, tags::slugTaken, "mot-clé");
    }

    private Tag findTag(long id) {
        return tags.findByIdOptional(id)
                .orElseThrow(() -> ProblemException.notFound("Aucun mot-clé n'a l'identifiant " + id + "."));
    }

    // ---- staff: authors -------------------------------------------------------------------

    @Transactional
    public Page<AuthorAdminResponse> authorsForStaff(PageRequest page) {
        return byName(authors, page, ArticleMapper::authorAdmin);
    }

    @Transactional
    public AuthorAdminResponse authorForStaff(long id) {
        return ArticleMapper.authorAdmin(findAuthor(id));
    }

    @Transactional
    @InvalidatesCache(CacheNamespaces.ARTICLES)
    public AuthorAdminResponse createAuthor(AuthorRequest request) {
        Author author = new Author();
        applyAuthor(author, request);
        authors.persistAndFlush(author);
        return ArticleMapper.authorAdmin(author);
    }

    @Transactional
    @InvalidatesCache(CacheNamespaces.ARTICLES)
    public AuthorAdminResponse replaceAuthor(long id, String ifMatch, AuthorRequest request) {
        Author author = findAuthor(id);
        Preconditions.checkMatch(ifMatch, author.version);
        applyAuthor(author, request);
        authors.flush();
        return ArticleMapper.authorAdmin(author);
    }

    @Transactional
    @InvalidatesCache(CacheNamespaces.ARTICLES)
    public void deleteAuthor(long id, String ifMatch) {
        Author author = findAuthor(id);
        Preconditions.checkMatch(ifMatch, author.version);
        long used = articles.countByAuthor(id);
        if (used > 0) {
            throw ProblemException.conflict("« " + author.name + " » signe encore " + used
                    + " article(s) : retirez sa signature avant de supprimer l'auteur.");
        }
        authors.delete(author);
    }

    private void applyAuthor(Author author, AuthorRequest request) {
        author.name = request.name().strip();
        author.slug = slugFor(request.slug(), request.name(), author.slug, author.id, authors::slugTaken, "auteur");
        author.role = blankToNull(request.role());
        author.bio = blankToNull(request.bio());
        author.avatarUrl = blankToNull(request.avatarUrl());
    }

    private Author findAuthor(long id) {
        return authors.findByIdOptional(id)
                .orElseThrow(() -> ProblemException.notFound("Aucun auteur n'a l'identifiant " + id + "."));
    }

    // ---- shared rules ---------------------------------------------------------------------

    /** A staff page of sections, tags or authors, in name order. */
    private static <E, R> Page<R> byName(PanacheRepository<E> repository, PageRequest page, Function<E, R> mapper) {
        List<R> items = repository.findAll(io.quarkus.panache.common.Sort.by("name").and("id"))
                .page(page.number() - 1, page.size()).list().stream().map(mapper).toList();
        return Page.of(items, page, repository.count());
    }

    /**
     * The slug to keep: the one asked for (409 when another record has it), else the current
     * one, else one derived from the name (409 when taken, since names are meant to be unique).
     */
    private static String slugFor(String requested, String name, String current, Long id,
            BiPredicate<String, Long> taken, String what) {
        String slug = requested != null ? requested : current != null ? current : Slugs.slugify(name);
        if (slug.isEmpty()) {
            throw ProblemException.unprocessableField("name", "Impossible de tirer un slug de ce nom : donnez un « slug ».");
        }
        if (!slug.equals(current) && taken.test(slug, id)) {
            throw ProblemException.conflict("Un(e) " + what + " porte déjà le slug « " + slug + " ».");
        }
        return slug;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
