package fr.kiosque.ghost;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;

import fr.kiosque.article.Articles;
import fr.kiosque.article.api.ArticleCriteria;
import fr.kiosque.article.api.Syndication;
import fr.kiosque.common.text.HtmlSanitizer;

/**
 * Ghost's {@code posts}: the articles the public sees (through {@link Articles}, which composes
 * the one visibility rule), in Ghost's shape (docs/ghost.md). An {@code EXCERPT} key gets the
 * standfirst, the first paragraph and a link back, never the rest of the body.
 */
@ApplicationScoped
class GhostPosts {

    private static final Map<String, ArticleCriteria.OrderField> ORDER = Map.of(
            "published_at", ArticleCriteria.OrderField.PUBLISHED_AT,
            "updated_at", ArticleCriteria.OrderField.UPDATED_AT,
            "created_at", ArticleCriteria.OrderField.CREATED_AT,
            "title", ArticleCriteria.OrderField.TITLE,
            "slug", ArticleCriteria.OrderField.SLUG,
            "id", ArticleCriteria.OrderField.ID,
            "featured", ArticleCriteria.OrderField.FEATURED);
    private static final int EXCERPT_LENGTH = 500;

    @Inject Articles articles;
    @Inject GhostMaps maps;

    /** A list, with {@code meta.pagination}. */
    Map<String, Object> browse(GhostParams params, String filter, KeyRights rights) {
        ArticleCriteria criteria = criteria(filter);
        Syndication.Posts page = articles.syndicatedPosts(new Syndication.Query(criteria, order(params), params.offset(),
                params.limit(), needsBody(params, rights)));
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("posts", page.posts().stream().map(p -> post(p, params, rights)).toList());
        answer.put("meta", GhostMaps.meta(params, page.total()));
        return answer;
    }

    /** One post by id or slug, in a list without meta; a 404 when the public does not see it. */
    Map<String, Object> read(ArticleCriteria.Field by, String value, GhostParams params, KeyRights rights) {
        Syndication.Posts page = articles.syndicatedPosts(new Syndication.Query(new ArticleCriteria.In(by, List.of(value)), List.of(), 0, 1,
                needsBody(params, rights)));
        if (page.posts().isEmpty()) {
            throw GhostException.notFound("Post not found.");
        }
        return Map.of("posts", List.of(post(page.posts().get(0), params, rights)));
    }

    private static ArticleCriteria criteria(String filter) {
        try {
            return PostFilters.criteria(filter);
        } catch (Nql.InvalidFilter e) {
            throw GhostException.badRequest("Invalid filter: " + e.getMessage());
        }
    }

    private static List<ArticleCriteria.Order> order(GhostParams params) {
        List<ArticleCriteria.Order> order = new ArrayList<>();
        for (Map.Entry<String, Boolean> entry : params.order()) {
            ArticleCriteria.OrderField field = ORDER.get(entry.getKey());
            if (field == null) {
                throw GhostException.badRequest("Posts are ordered by " + String.join(", ", ORDER.keySet().stream().sorted().toList())
                        + " only");
            }
            order.add(new ArticleCriteria.Order(field, entry.getValue()));
        }
        if (order.isEmpty()) {
            order.add(new ArticleCriteria.Order(ArticleCriteria.OrderField.PUBLISHED_AT, true));
        }
        return order;
    }

    private static boolean needsBody(GhostParams params, KeyRights rights) {
        return params.fields().isEmpty() || params.fields().contains("html") || params.fields().contains("plaintext")
                || params.fields().contains("excerpt") || params.fields().contains("reading_time");
    }

    private Map<String, Object> post(Syndication.Post p, GhostParams params, KeyRights rights) {
        return post(p, String.valueOf(p.id()), "article", maps.site().url(maps.site().articlePath(), p.slug()), params, rights, maps);
    }

    /** A post or a page in Ghost's shape: {@code id}, the kind its {@code uuid} derives from, its frontend {@code url}. */
    static Map<String, Object> post(Syndication.Post p, String id, String kind, String url, GhostParams params, KeyRights rights,
            GhostMaps maps) {
        String html = p.body() == null ? null : rights == KeyRights.FULL ? p.body() : excerptHtml(p, url);
        String text = html == null ? null : HtmlSanitizer.text(html);
        Map<String, Object> post = new LinkedHashMap<>();
        post.put("id", id);
        post.put("uuid", GhostIds.uuid(kind, p.id()));
        post.put("title", p.title());
        post.put("slug", p.slug());
        if (params.formats().contains("html")) {
            post.put("html", html);
        }
        if (params.formats().contains("plaintext")) {
            post.put("plaintext", text);
        }
        post.put("comment_id", id);
        post.put("feature_image", p.cover() == null ? null : p.cover().url());
        post.put("feature_image_alt", p.cover() == null ? null : p.cover().alt());
        post.put("feature_image_caption", p.cover() == null ? null : p.cover().credit());
        post.put("featured", p.featured());
        post.put("visibility", "public");
        post.put("created_at", p.createdAt());
        post.put("updated_at", p.updatedAt());
        post.put("published_at", p.publishedAt());
        post.put("custom_excerpt", p.standfirst());
        GhostMaps.nulls(post, "codeinjection_head", "codeinjection_foot", "custom_template");
        post.put("canonical_url", p.canonicalUrl());
        if (params.includes("tags")) {
            List<Map<String, Object>> tags = new ArrayList<>();
            if (p.section() != null) {
                tags.add(maps.tag(p.section(), false));
            }
            p.tags().forEach(t -> tags.add(maps.tag(t, false)));
            post.put("tags", tags);
            post.put("primary_tag", tags.isEmpty() ? null : tags.get(0));
        }
        if (params.includes("authors")) {
            List<Map<String, Object>> authors = p.authors().stream().map(a -> maps.author(a, false)).toList();
            post.put("authors", authors);
            post.put("primary_author", authors.isEmpty() ? null : authors.get(0));
        }
        post.put("url", url);
        post.put("excerpt", p.standfirst() != null ? p.standfirst() : text == null ? null : truncate(text));
        post.put("reading_time", p.readingTimeMinutes());
        post.put("access", true);
        post.put("comments", false);
        GhostMaps.nulls(post, "og_image", "og_title", "og_description", "twitter_image", "twitter_title", "twitter_description");
        post.put("meta_title", p.metaTitle());
        post.put("meta_description", p.metaDescription());
        GhostMaps.nulls(post, "email_subject", "frontmatter");
        return GhostMaps.fields(post, params.fields());
    }

    /** What an EXCERPT key republishes: the standfirst, the body's first paragraph, a link back. Never more. */
    static String excerptHtml(Syndication.Post p, String url) {
        StringBuilder html = new StringBuilder();
        if (p.standfirst() != null && !p.standfirst().isBlank()) {
            html.append("<p>").append(org.jsoup.nodes.Entities.escape(p.standfirst())).append("</p>");
        }
        Element first = p.body() == null ? null : Jsoup.parseBodyFragment(p.body()).selectFirst("p");
        if (first != null) {
            html.append(first.outerHtml());
        }
        html.append("<p><a href=\"").append(org.jsoup.nodes.Entities.escape(url)).append("\">Lire la suite sur Kiosque</a></p>");
        return html.toString();
    }

    private static String truncate(String text) {
        return text.length() <= EXCERPT_LENGTH ? text : text.substring(0, EXCERPT_LENGTH);
    }

    static Set<String> orderFields() {
        return ORDER.keySet();
    }
}
