package fr.kiosque.article;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;

import fr.kiosque.article.api.ArticleCriteria;
import fr.kiosque.article.api.Refs.CoverImageView;
import fr.kiosque.article.api.Syndication;
import fr.kiosque.media.api.MediaView;

/**
 * Read model of the syndication APIs (the Ghost-compatible Content API): a page of the articles the
 * public sees ({@link ArticleVisibility}, whatever the filter), filtered by an {@link ArticleCriteria}
 * tree turned into one HQL condition whose values are all bound parameters. A page takes a fixed
 * number of statements: a count, a page of ids, the articles with their section and authors, their
 * tags, and their bodies when asked.
 */
@ApplicationScoped
class SyndicatedArticles {

    @Inject EntityManager em;
    @Inject ArticleCovers covers;

    Syndication.Posts page(Syndication.Query query, Instant now) {
        Map<String, Object> parameters = new HashMap<>();
        String where = ArticleVisibility.hql("a") + " and (" + condition(query.filter(), parameters) + ")";
        TypedQuery<Long> count = em.createQuery("select count(*) from Article a where " + where, Long.class);
        long total = bind(count, parameters, now).getSingleResult();
        if (total == 0 || query.limit() == 0) {
            return new Syndication.Posts(List.of(), total);
        }
        TypedQuery<Long> page = em.createQuery("select a.id from Article a where " + where + " order by "
                + order(query.order()), Long.class);
        List<Long> ids = bind(page, parameters, now).setFirstResult(query.offset()).setMaxResults(query.limit()).getResultList();
        return new Syndication.Posts(posts(ids, query.bodies()), total);
    }

    /** The posts of these ids, in this order, with their taxonomy (and bodies): three or four statements. */
    private List<Syndication.Post> posts(List<Long> ids, boolean bodies) {
        if (ids.isEmpty()) {
            return List.of();
        }
        Map<Long, Article> byId = em.createQuery("select a from Article a left join fetch a.section left join fetch a.authors"
                + " where a.id in :ids", Article.class)
                .setParameter("ids", ids).getResultList().stream()
                .collect(Collectors.toMap(a -> a.id, a -> a, (a, b) -> a));
        Map<Long, List<Tag>> tags = new HashMap<>();
        em.createQuery("select a.id, t from Article a join a.tags t where a.id in :ids order by t.name, t.id", Object[].class)
                .setParameter("ids", ids).getResultList()
                .forEach(row -> tags.computeIfAbsent((Long) row[0], id -> new ArrayList<>()).add((Tag) row[1]));
        Map<Long, String> texts = new HashMap<>();
        if (bodies) {
            em.createQuery("select a.id, a.body from Article a where a.id in :ids", Object[].class)
                    .setParameter("ids", ids).getResultList()
                    .forEach(row -> texts.put((Long) row[0], (String) row[1]));
        }
        Map<Long, MediaView> media = covers.media(byId.values().stream()
                .map(a -> a.coverImage == null ? null : a.coverImage.mediaId).toList());
        List<Syndication.Post> posts = new ArrayList<>();
        for (Long id : ids) {
            Article a = byId.get(id);
            if (a != null) {
                CoverImageView cover = a.coverImage == null ? null : ArticleCovers.view(a.coverImage.url, a.coverImage.alt,
                        a.coverImage.credit, a.coverImage.mediaId, a.coverImage.mediaId == null ? null : media.get(a.coverImage.mediaId));
                posts.add(post(a, cover, tags.getOrDefault(id, List.of()), covers.body(texts.get(id))));
            }
        }
        return posts;
    }

    private static Syndication.Post post(Article a, CoverImageView cover, List<Tag> tags, String body) {
        return new Syndication.Post(a.id, a.slug, a.title, a.standfirst, body, cover,
                a.section == null ? null : term(Syndication.Kind.SECTION, a.section, a.section.description, null, null, 0),
                tags.stream().map(t -> term(Syndication.Kind.TAG, t, null, null, null, 0)).toList(),
                a.authors.stream().map(au -> term(Syndication.Kind.AUTHOR, au, au.bio, au.role, au.avatarUrl, 0)).toList(),
                a.featured, a.publishedAt, a.createdAt, a.updatedAt, a.readingTimeMinutes, a.metaTitle, a.metaDescription,
                a.canonicalUrl);
    }

    /**
     * The sections (all: they are navigation), the tags and the authors the public sees, each with its
     * count of public articles, in name order: one statement per kind, at most {@code max} of each.
     */
    List<Syndication.Term> terms(Syndication.Kind kind, TermRepository<?> repository, Instant now, int max) {
        return repository.publicAll(now, kind != Syndication.Kind.SECTION, max).stream()
                .map(c -> {
                    if (c.entity() instanceof Section s) {
                        return term(kind, s, s.description, null, null, c.articleCount());
                    }
                    if (c.entity() instanceof Author au) {
                        return term(kind, au, au.bio, au.role, au.avatarUrl, c.articleCount());
                    }
                    return term(kind, c.entity(), null, null, null, c.articleCount());
                })
                .sorted(Comparator.comparing(Syndication.Term::name).thenComparing(Syndication.Term::id))
                .toList();
    }

    private static Syndication.Term term(Syndication.Kind kind, Term t, String description, String role, String avatar, long count) {
        return new Syndication.Term(kind, t.id, t.slug, t.name, description, role, avatar, count);
    }

    // ---- criteria → HQL ----------------------------------------------------------------------

    /** The criteria as an HQL condition on the article {@code a}; every value goes into {@code parameters}. */
    static String condition(ArticleCriteria criteria, Map<String, Object> parameters) {
        if (criteria instanceof ArticleCriteria.Constant c) {
            return c.value() ? "1 = 1" : "1 = 0";
        }
        if (criteria instanceof ArticleCriteria.Not n) {
            return "not (" + condition(n.criteria(), parameters) + ")";
        }
        if (criteria instanceof ArticleCriteria.All all) {
            return all.criteria().isEmpty() ? "1 = 1" : joined(all.criteria(), " and ", parameters);
        }
        if (criteria instanceof ArticleCriteria.Any any) {
            return any.criteria().isEmpty() ? "1 = 0" : joined(any.criteria(), " or ", parameters);
        }
        if (criteria instanceof ArticleCriteria.Featured f) {
            return "a.featured = " + bind(parameters, f.value());
        }
        if (criteria instanceof ArticleCriteria.PublishedAt p) {
            return "a.publishedAt " + operator(p.comparison()) + " " + bind(parameters, p.value());
        }
        return in((ArticleCriteria.In) criteria, parameters);
    }

    private static String joined(List<ArticleCriteria> criteria, String operator, Map<String, Object> parameters) {
        StringBuilder hql = new StringBuilder();
        for (ArticleCriteria c : criteria) {
            hql.append(hql.length() == 0 ? "" : operator).append('(').append(condition(c, parameters)).append(')');
        }
        return hql.toString();
    }

    private static String in(ArticleCriteria.In in, Map<String, Object> parameters) {
        return switch (in.field()) {
            case SLUG -> "a.slug in " + bind(parameters, in.values());
            case ID -> "a.id in " + bind(parameters, in.values().stream().map(SyndicatedArticles::idOrNone).toList());
            case PRIMARY_TAG -> primaryTag(in.values(), parameters);
            case TAG -> "(" + primaryTag(in.values(), parameters) + " or exists (select 1 from Article ta join ta.tags tt"
                    + " where ta.id = a.id and tt.slug in " + bind(parameters, in.values()) + "))";
            case AUTHOR -> "exists (select 1 from Article aa join aa.authors au where aa.id = a.id and au.slug in "
                    + bind(parameters, in.values()) + ")";
        };
    }

    private static String primaryTag(List<String> slugs, Map<String, Object> parameters) {
        // through the foreign key: an article without a section is no inner join away from being dropped
        return "exists (select 1 from Section s where s.id = a.section.id and s.slug in " + bind(parameters, slugs) + ")";
    }

    private static long idOrNone(String value) {
        try {
            return Long.parseLong(value);
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    private static String operator(ArticleCriteria.Comparison comparison) {
        return switch (comparison) {
            case EQ -> "=";
            case GT -> ">";
            case GTE -> ">=";
            case LT -> "<";
            case LTE -> "<=";
        };
    }

    private static String bind(Map<String, Object> parameters, Object value) {
        String name = "f" + parameters.size();
        parameters.put(name, value);
        return ":" + name;
    }

    static String order(List<ArticleCriteria.Order> orders) {
        Map<ArticleCriteria.OrderField, Boolean> seen = new LinkedHashMap<>();
        orders.forEach(o -> seen.putIfAbsent(o.field(), o.descending()));
        seen.putIfAbsent(ArticleCriteria.OrderField.ID, true);
        return seen.entrySet().stream().map(e -> column(e.getKey()) + (e.getValue() ? " desc" : " asc"))
                .collect(Collectors.joining(", "));
    }

    private static String column(ArticleCriteria.OrderField field) {
        return switch (field) {
            case PUBLISHED_AT -> "a.publishedAt";
            case UPDATED_AT -> "a.updatedAt";
            case CREATED_AT -> "a.createdAt";
            case TITLE -> "a.title";
            case SLUG -> "a.slug";
            case ID -> "a.id";
            case FEATURED -> "a.featured";
        };
    }

    private static <T> TypedQuery<T> bind(TypedQuery<T> query, Map<String, Object> parameters, Instant now) {
        parameters.forEach(query::setParameter);
        return query.setParameter(ArticleVisibility.NOW, now);
    }
}
