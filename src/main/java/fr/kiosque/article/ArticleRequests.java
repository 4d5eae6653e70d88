package fr.kiosque.article;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import fr.kiosque.article.api.ArticleRequest;
import fr.kiosque.common.error.ProblemException;
import fr.kiosque.common.text.HtmlSanitizer;
import fr.kiosque.common.text.ReadingTime;
import fr.kiosque.common.text.Slugs;

/**
 * Writes an editor's {@link ArticleRequest} into an article: its slug (taken in turns), its
 * section, authors, tags and related articles resolved by slug (422 for unknown ones), its body
 * sanitized, its status through {@link PublicationRules}.
 */
@ApplicationScoped
class ArticleRequests {

    /** The length of article.slug. */
    private static final int SLUG_MAX_LENGTH = 160;

    @Inject ArticleRepository articles;
    @Inject SectionRepository sections;
    @Inject AuthorRepository authors;
    @Inject TagRepository tags;
    @Inject ArticlesConfig config;
    @Inject ArticleCovers covers;


    /** A library cover's alt text, required to publish (a status change checks it too). */
    void requirePublishable(Article article) {
        covers.requirePublishable(article);
    }

    /**
     * Everything that reads the database comes first (slug, references): a query may flush, and
     * a half-changed article would then be written twice, its version counted twice.
     */
    void apply(Article article, ArticleRequest request, Instant now) {
        String title = request.title().strip();
        String slug = slugFor(article, request.slug(), title);
        Section section = resolveSection(request.section());
        List<Author> signed = resolveAuthors(request.authors());
        Set<Tag> resolvedTags = resolveTags(request.tags());
        List<Article> related = resolveRelated(article, slug, request.related());
        CoverImage cover = covers.fromRequest(request.coverImage());

        article.title = title;
        article.slug = slug;
        article.standfirst = blankToNull(request.standfirst());
        article.body = HtmlSanitizer.sanitize(request.body());
        article.readingTimeMinutes = ReadingTime.minutes(HtmlSanitizer.text(article.body), config.wordsPerMinute());
        article.pullQuotes = request.pullQuotes() == null ? new ArrayList<>()
                : request.pullQuotes().stream().map(String::strip).collect(Collectors.toCollection(ArrayList::new));
        article.coverImage = cover;
        article.section = section;
        replaceAll(article.authors, signed);
        article.tags.retainAll(resolvedTags);
        article.tags.addAll(resolvedTags);
        replaceAll(article.related, related);
        article.metaTitle = blankToNull(request.metaTitle());
        article.metaDescription = blankToNull(request.metaDescription());
        article.canonicalUrl = blankToNull(request.canonicalUrl());
        article.commentsOpen = request.commentsOpen() == null || request.commentsOpen();
        article.featured = request.featured() != null && request.featured();
        ArticleStatus status = request.status() != null ? request.status()
                : article.status != null ? article.status : ArticleStatus.DRAFT;
        PublicationRules.applyStatus(article, status, request.publishedAt(), now);
        PublicationRules.requireComplete(article);
        covers.requirePublishable(article);
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
}
