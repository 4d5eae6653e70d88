package fr.kiosque.article;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.TypedQuery;

import fr.kiosque.common.error.ProblemException;
import fr.kiosque.common.paging.PageRequest;
import fr.kiosque.common.paging.Sort;
import fr.kiosque.common.persistence.IdOrder;
import fr.kiosque.common.persistence.SkipLockedBatches;
import fr.kiosque.common.persistence.SlugLocks;
import io.quarkus.hibernate.orm.panache.PanacheRepository;

/**
 * Articles. Lists run a fixed number of statements whatever the page size: a count, a page of
 * ids, then the page's articles with their section and authors, then their tags.
 * <p>
 * Public reads compose {@link ArticleVisibility}, the one definition of "the public sees this
 * article now".
 */
@ApplicationScoped
class ArticleRepository implements PanacheRepository<Article> {

    /** Slug → id of the articles of these slugs that the public sees now. */
    Map<String, Long> visibleIdsBySlug(List<String> slugs, Instant now) {
        Map<String, Long> ids = new HashMap<>();
        getEntityManager().createQuery("select a.slug, a.id from Article a where a.slug in :slugs and " + ArticleVisibility.hql("a"),
                Object[].class)
                .setParameter("slugs", slugs)
                .setParameter(ArticleVisibility.NOW, now)
                .getResultList()
                .forEach(row -> ids.put((String) row[0], (Long) row[1]));
        return ids;
    }

    /** The article of that id; a 404 when there is none. */
    Article existing(long id) {
        return findByIdOptional(id).orElseThrow(() -> ProblemException.notFound("Aucun article n'a l'identifiant " + id + "."));
    }

    boolean slugTaken(String slug, Long exceptId) {
        return count("slug = ?1 and id <> ?2", slug, exceptId == null ? -1L : exceptId) > 0;
    }

    /** Until the transaction ends, no one else picks a slug of this family (see {@link Slugs#family}). */
    void lockSlugFamily(String slug) {
        SlugLocks.lockFamily(getEntityManager(), "article-slug", slug);
    }

    /** One visible article with its section and authors (tags and related are loaded apart). */
    Optional<Article> findVisibleBySlug(String slug, Instant now) {
        return getEntityManager().createQuery(
                "select a from Article a left join fetch a.section left join fetch a.authors"
                        + " where a.slug = :slug and " + ArticleVisibility.hql("a"), Article.class)
                .setParameter("slug", slug)
                .setParameter(ArticleVisibility.NOW, now)
                .getResultStream()
                .findFirst();
    }

    long count(ArticleFilter filter) {
        Map<String, Object> params = new HashMap<>();
        String where = where(filter, params);
        TypedQuery<Long> query = getEntityManager().createQuery("select count(*) from Article a" + where, Long.class);
        params.forEach(query::setParameter);
        return query.getSingleResult();
    }

    List<Long> pageOfIds(ArticleFilter filter, Sort sort, PageRequest page) {
        Map<String, Object> params = new HashMap<>();
        String where = where(filter, params);
        TypedQuery<Long> query = getEntityManager().createQuery(
                "select a.id from Article a" + where + " order by " + sort.orderBy() + ", a.id desc", Long.class);
        params.forEach(query::setParameter);
        return query.setFirstResult(page.offset()).setMaxResults(page.size()).getResultList();
    }

    /**
     * The articles of these ids, in that order, with section, authors and tags loaded: two
     * statements. No {@code distinct}: Hibernate 6+ removes the duplicate roots of fetch joins
     * itself, and a SQL DISTINCT would sort whole rows, bodies included.
     */
    List<Article> loadWithRelations(List<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        List<Article> articles = getEntityManager().createQuery(
                "select a from Article a left join fetch a.section left join fetch a.authors where a.id in :ids",
                Article.class).setParameter("ids", ids).getResultList();
        loadTags(ids);
        return IdOrder.sort(ids, articles, a -> a.id);
    }

    /** Initializes the tags of these (already loaded) articles in one statement. */
    void loadTags(List<Long> ids) {
        getEntityManager().createQuery(
                "select a from Article a left join fetch a.tags where a.id in :ids", Article.class)
                .setParameter("ids", ids).getResultList();
    }

    /** Ids of the related articles the editor chose, in order, that the public sees now. */
    List<Long> chosenRelatedIds(Long articleId, Instant now) {
        return getEntityManager().createQuery(
                "select r.id from Article a join a.related r where a.id = :id and "
                        + ArticleVisibility.hql("r") + " order by index(r)", Long.class)
                .setParameter("id", articleId)
                .setParameter(ArticleVisibility.NOW, now)
                .getResultList();
    }

    /** The articles that chose this one as "à lire aussi", with their lists loaded (one statement). */
    List<Article> recommending(Long articleId) {
        return getEntityManager().createQuery(
                "select a from Article a join fetch a.related"
                        + " where a.id in (select o.id from Article o join o.related r where r.id = :id)", Article.class)
                .setParameter("id", articleId)
                .getResultList();
    }

    /** The most recent visible articles sharing the section or a tag of this one. */
    List<Long> automaticRelatedIds(Article article, int limit, Instant now) {
        return getEntityManager().createQuery(
                "select a.id from Article a where " + ArticleVisibility.hql("a") + " and a.id <> :id and ("
                        + " a.section.id = :sectionId"
                        + " or exists (select 1 from Article o join o.tags ot join a.tags t"
                        + "            where o.id = :id and t.id = ot.id))"
                        + " order by a.publishedAt desc, a.id desc", Long.class)
                .setParameter("id", article.id)
                .setParameter("sectionId", article.section == null ? -1L : article.section.id)
                .setParameter(ArticleVisibility.NOW, now)
                .setMaxResults(limit)
                .getResultList();
    }

    /**
     * Locks up to {@code limit} due SCHEDULED articles, oldest first, until the transaction ends, skipping those another
     * transaction holds (an editor's change, another instance's run): every instance may run the
     * job at once, and each article is published, and announced, once.
     */
    List<Long> lockDue(Instant now, int limit) {
        return SkipLockedBatches.lockIds(getEntityManager(),
                "select id from article where status = 'SCHEDULED' and published_at <= ?1"
                        + " order by published_at, id limit ?2 for update skip locked", now, limit);
    }

    /** Flips these articles to PUBLISHED. One statement. */
    int publish(List<Long> ids, Instant now) {
        return update("status = ?1, updatedAt = ?2, version = version + 1 where id in ?3",
                ArticleStatus.PUBLISHED, now, ids);
    }

    /** The bodies of these articles, by id: one statement (the body is a lazy attribute, loaded one by one otherwise). */
    Map<Long, String> bodies(List<Long> ids) {
        Map<Long, String> bodies = new HashMap<>();
        getEntityManager().createQuery("select a.id, a.body from Article a where a.id in :ids", Object[].class)
                .setParameter("ids", ids)
                .getResultList()
                .forEach(row -> bodies.put((Long) row[0], (String) row[1]));
        return bodies;
    }

    /** One article by id with its section and authors (tags and related are loaded apart). */
    Optional<Article> findWithRelations(long id) {
        return getEntityManager().createQuery(
                "select a from Article a left join fetch a.section left join fetch a.authors where a.id = :id", Article.class)
                .setParameter("id", id)
                .getResultStream()
                .findFirst();
    }

    /** How many articles, whatever their status, reach this section, tag or author through {@code association}. */
    long countUsing(String association, Long termId) {
        return getEntityManager().createQuery(
                "select count(*) from Article a join a." + association + " j where j.id = :id", Long.class)
                .setParameter("id", termId).getSingleResult();
    }

    /** The titles of some of those articles, most recently updated first. */
    List<String> titlesUsing(String association, Long termId, int limit) {
        return getEntityManager().createQuery(
                "select a.title from Article a join a." + association + " j where j.id = :id order by a.updatedAt desc, a.id",
                String.class)
                .setParameter("id", termId).setMaxResults(limit).getResultList();
    }

    // ---- for comments (Articles) ---------------------------

    /** By slug and visible at {@code now}, or by id whatever its status: id and comments switch. */
    Optional<Articles.CommentTarget> commentTarget(String slug, Long id, Instant now) {
        String where = slug != null ? "a.slug = :slug and " + ArticleVisibility.hql("a") : "a.id = :id";
        TypedQuery<Articles.CommentTarget> query = getEntityManager().createQuery(
                "select a.id, a.commentsOpen from Article a where " + where,
                Articles.CommentTarget.class);
        if (slug != null) {
            query.setParameter("slug", slug).setParameter(ArticleVisibility.NOW, now);
        } else {
            query.setParameter("id", id);
        }
        return query.getResultStream().findFirst();
    }

    void lockForUpdate(long id) {
        getEntityManager().createNativeQuery("select id from article where id = ?1 for update")
                .setParameter(1, id)
                .unwrap(org.hibernate.query.NativeQuery.class)
                .addSynchronizedQuerySpace("") // reads no entity state: nothing to flush first
                .getResultList();
    }

    /** Locks these articles' rows in id order, the order every writer takes them. One statement. */
    void lockForUpdate(java.util.Collection<Long> ids) {
        getEntityManager().createNativeQuery("select id from article where id in (?1) order by id for update")
                .setParameter(1, ids)
                .unwrap(org.hibernate.query.NativeQuery.class)
                .addSynchronizedQuerySpace("")
                .getResultList();
    }

    /** Sets the comment counts of these articles (article id → count); their slugs. One statement. */
    @SuppressWarnings("unchecked")
    List<String> setCommentCounts(Map<Long, Long> counts) {
        String json = counts.entrySet().stream().map(e -> "\"" + e.getKey() + "\":" + e.getValue())
                .collect(Collectors.joining(",", "{", "}"));
        return getEntityManager().createNativeQuery("update article a set comment_count = cast(v.value as bigint)"
                + " from jsonb_each_text(cast(?1 as jsonb)) v where a.id = cast(v.key as bigint) returning a.slug")
                .setParameter(1, json)
                .unwrap(org.hibernate.query.NativeQuery.class)
                .addSynchronizedQuerySpace("")
                .getResultList();
    }

    /** Sets one article's comment count; its slug (none when it no longer exists). One statement. */
    @SuppressWarnings("unchecked")
    List<String> setCommentCount(long id, long count) {
        // native: the entity maps comment_count read-only, and the version and updatedAt must not move
        return getEntityManager().createNativeQuery("update article set comment_count = ?1 where id = ?2 returning slug")
                .setParameter(1, count)
                .setParameter(2, id)
                .unwrap(org.hibernate.query.NativeQuery.class)
                .addSynchronizedQuerySpace("")
                .getResultList();
    }

    Map<Long, Articles.ArticleRef> refs(java.util.Collection<Long> ids) {
        return getEntityManager().createQuery(
                "select a.id, a.slug, a.title from Article a where a.id in :ids",
                Articles.ArticleRef.class)
                .setParameter("ids", ids)
                .getResultStream()
                .collect(Collectors.toMap(Articles.ArticleRef::id, Function.identity()));
    }

    /**
     * HQL: the article matches {@code :q}, French full text on its GIN-indexed search_vector.
     * {@code kiosque_fts} (V11) is a one-line SQL function PostgreSQL inlines, so the index serves it.
     */
    private static String textClause() {
        return "function('kiosque_fts', a.searchVector, :q) = true";
    }

    private static String where(ArticleFilter filter, Map<String, Object> params) {
        List<String> clauses = new ArrayList<>();
        if (filter.visibleAt() != null) {
            clauses.add(ArticleVisibility.hql("a"));
            params.put(ArticleVisibility.NOW, filter.visibleAt());
        }
        if (filter.status() != null) {
            clauses.add("a.status = :status");
            params.put("status", filter.status());
        }
        if (filter.section() != null) {
            clauses.add("a.section.slug = :section");
            params.put("section", filter.section());
        }
        if (filter.tag() != null) {
            clauses.add("exists (select 1 from Article ta join ta.tags t where ta.id = a.id and t.slug = :tag)");
            params.put("tag", filter.tag());
        }
        if (filter.author() != null) {
            clauses.add("exists (select 1 from Article aa join aa.authors au where aa.id = a.id and au.slug = :author)");
            params.put("author", filter.author());
        }
        if (filter.publishedAfter() != null) {
            clauses.add("a.publishedAt >= :after");
            params.put("after", filter.publishedAfter());
        }
        if (filter.publishedBefore() != null) {
            clauses.add("a.publishedAt < :before");
            params.put("before", filter.publishedBefore());
        }
        if (filter.q() != null) {
            clauses.add(textClause());
            params.put("q", filter.q());
        }
        return clauses.isEmpty() ? "" : " where " + String.join(" and ", clauses);
    }
}
