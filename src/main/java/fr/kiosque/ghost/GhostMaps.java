package fr.kiosque.ghost;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import fr.kiosque.article.api.Syndication;

/** Ghost's shapes of tags, authors and pagination, and the {@code fields} selection (docs/ghost.md). */
@ApplicationScoped
class GhostMaps {

    @Inject GhostSite site;
    @Inject GhostConfig config;

    GhostSite site() {
        return site;
    }

    /** What a Ghost tag and author start with: id, name, slug. */
    private static Map<String, Object> named(Syndication.Term term) {
        Map<String, Object> named = new LinkedHashMap<>();
        named.put("id", GhostIds.of(term));
        named.put("name", term.name());
        named.put("slug", term.slug());
        return named;
    }

    /** A section or a tag as a Ghost tag. */
    Map<String, Object> tag(Syndication.Term t, boolean withCount) {
        Map<String, Object> tag = named(t);
        tag.put("description", t.description());
        tag.put("feature_image", null);
        tag.put("visibility", "public");
        nulls(tag, "og_image", "og_title", "og_description", "twitter_image", "twitter_title", "twitter_description",
                "meta_title", "meta_description", "codeinjection_head", "codeinjection_foot", "canonical_url", "accent_color");
        tag.put("url", site.url(t.kind() == Syndication.Kind.SECTION ? site.sectionPath() : config.tagPath(), t.slug()));
        if (withCount) {
            tag.put("count", Map.of("posts", t.articleCount()));
        }
        return tag;
    }

    Map<String, Object> author(Syndication.Term a, boolean withCount) {
        Map<String, Object> author = named(a);
        author.put("profile_image", a.avatarUrl());
        author.put("cover_image", null);
        author.put("bio", a.description());
        nulls(author, "website", "location", "facebook", "twitter", "meta_title", "meta_description");
        author.put("url", site.url(config.authorPath(), a.slug()));
        if (withCount) {
            author.put("count", Map.of("posts", a.articleCount()));
        }
        return author;
    }

    /** {@code meta.pagination} of a list page. */
    static Map<String, Object> meta(GhostParams params, long total) {
        int pages = (int) Math.max(1, (total + params.limit() - 1) / params.limit());
        Map<String, Object> pagination = new LinkedHashMap<>();
        pagination.put("page", params.page());
        pagination.put("limit", params.limit());
        pagination.put("pages", pages);
        pagination.put("total", total);
        pagination.put("next", params.page() < pages ? params.page() + 1 : null);
        pagination.put("prev", params.page() > 1 ? params.page() - 1 : null);
        return Map.of("pagination", pagination);
    }

    static void nulls(Map<String, Object> map, String... keys) {
        for (String key : keys) {
            map.put(key, null);
        }
    }

    /** Only the fields asked for (and the id); all of them without {@code fields}. */
    static Map<String, Object> fields(Map<String, Object> map, Set<String> fields) {
        if (fields.isEmpty()) {
            return map;
        }
        Map<String, Object> kept = new LinkedHashMap<>();
        map.forEach((key, value) -> {
            if (key.equals("id") || fields.contains(key)) {
                kept.put(key, value);
            }
        });
        return kept;
    }
}
