package fr.kiosque.ghost;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.function.Predicate;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import fr.kiosque.article.Articles;
import fr.kiosque.article.api.Syndication;
import fr.kiosque.ghost.api.GhostDocs;

/**
 * Ghost's {@code tags} (Kiosque's sections, then its tags used by public articles), {@code authors}
 * (those who sign public articles) and {@code settings} (the title, the description, the sections
 * as navigation). Lists are read whole (at most {@link #MAX_TERMS} of each kind), then filtered,
 * ordered and paged in memory.
 */
@ApplicationScoped
class GhostTerms {

    /** Most sections, tags or authors read for one answer. */
    static final int MAX_TERMS = 2000;

    @Inject Articles articles;
    @Inject GhostMaps maps;
    @Inject GhostConfig config;

    Map<String, Object> browseTags(GhostParams params, String filter) {
        return browse("tags", tags(), params, filter, maps::tag);
    }

    Map<String, Object> browseAuthors(GhostParams params, String filter) {
        return browse("authors", articles.syndicatedTerms(Syndication.Kind.AUTHOR, MAX_TERMS), params, filter, maps::author);
    }

    /** A tag by id ({@code section-3}, {@code tag-7}) or slug (a section before a tag of the same slug). */
    Map<String, Object> readTag(Predicate<Syndication.Term> which, GhostParams params) {
        return read("tags", tags(), which, params, maps::tag, "Tag not found.");
    }

    Map<String, Object> readAuthor(Predicate<Syndication.Term> which, GhostParams params) {
        return read("authors", articles.syndicatedTerms(Syndication.Kind.AUTHOR, MAX_TERMS), which, params, maps::author,
                "Author not found.");
    }

    Map<String, Object> settings() {
        Map<String, Object> settings = new LinkedHashMap<>();
        settings.put("title", config.title());
        settings.put("description", config.description());
        GhostMaps.nulls(settings, "logo", "icon", "accent_color", "cover_image", "facebook", "twitter");
        settings.put("lang", "fr");
        settings.put("locale", "fr");
        settings.put("timezone", "Europe/Paris");
        GhostMaps.nulls(settings, "codeinjection_head", "codeinjection_foot");
        settings.put("navigation", articles.syndicatedTerms(Syndication.Kind.SECTION, GhostDocs.MAX_NAVIGATION).stream()
                .map(s -> Map.of("label", s.name(), "url", maps.site().url(maps.site().sectionPath(), s.slug()))).toList());
        settings.put("secondary_navigation", List.of());
        settings.put("meta_title", config.title());
        settings.put("meta_description", config.description());
        GhostMaps.nulls(settings, "og_image", "og_title", "og_description", "twitter_image", "twitter_title", "twitter_description");
        settings.put("url", maps.site().home());
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("settings", settings);
        answer.put("meta", Map.of());
        return answer;
    }

    private List<Syndication.Term> tags() {
        List<Syndication.Term> tags = new ArrayList<>(articles.syndicatedTerms(Syndication.Kind.SECTION, MAX_TERMS));
        tags.addAll(articles.syndicatedTerms(Syndication.Kind.TAG, MAX_TERMS));
        return tags;
    }

    private Map<String, Object> browse(String name, List<Syndication.Term> terms, GhostParams params, String filter,
            BiFunction<Syndication.Term, Boolean, Map<String, Object>> shape) {
        Predicate<Syndication.Term> predicate;
        try {
            predicate = TermFilters.predicate(filter, Syndication.Term::slug, GhostIds::of);
        } catch (Nql.InvalidFilter e) {
            throw GhostException.badRequest("Invalid filter: " + e.getMessage());
        }
        List<Syndication.Term> matching = terms.stream().filter(predicate).sorted(order(params)).toList();
        boolean counts = params.includes("count.posts");
        List<Map<String, Object>> page = matching.stream().skip(params.offset()).limit(params.limit())
                .map(t -> GhostMaps.fields(shape.apply(t, counts), params.fields())).toList();
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put(name, page);
        answer.put("meta", GhostMaps.meta(params, matching.size()));
        return answer;
    }

    private static Map<String, Object> read(String name, List<Syndication.Term> terms, Predicate<Syndication.Term> which,
            GhostParams params, BiFunction<Syndication.Term, Boolean, Map<String, Object>> shape, String notFound) {
        Syndication.Term term = terms.stream().filter(which).findFirst().orElseThrow(() -> GhostException.notFound(notFound));
        return Map.of(name, List.of(GhostMaps.fields(shape.apply(term, params.includes("count.posts")), params.fields())));
    }

    /** {@code name} (default), {@code slug}, {@code count.posts}, each asc or desc. */
    private static Comparator<Syndication.Term> order(GhostParams params) {
        Comparator<Syndication.Term> order = null;
        for (Map.Entry<String, Boolean> entry : params.order()) {
            Comparator<Syndication.Term> next = switch (entry.getKey()) {
                case "name" -> Comparator.comparing(Syndication.Term::name, String.CASE_INSENSITIVE_ORDER);
                case "slug" -> Comparator.comparing(Syndication.Term::slug);
                case "count.posts" -> Comparator.comparingLong(Syndication.Term::articleCount);
                default -> throw GhostException.badRequest("This list is ordered by name, slug or count.posts only");
            };
            next = entry.getValue() ? next.reversed() : next;
            order = order == null ? next : order.thenComparing(next);
        }
        Comparator<Syndication.Term> byName = Comparator.comparing(Syndication.Term::name, String.CASE_INSENSITIVE_ORDER)
                .thenComparing(GhostIds::of);
        return order == null ? byName : order.thenComparing(byName);
    }
}
