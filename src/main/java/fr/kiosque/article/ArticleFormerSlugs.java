package fr.kiosque.article;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.hibernate.query.NativeQuery;

/**
 * The slugs articles no longer have ({@code article_former_slug}, V24): a former slug answers 301
 * to the article's current one while the article is public ({@link ArticleVisibility}), never
 * otherwise, so that no draft's slug shows through. A live slug always wins: it is looked up
 * first, and a slug an article takes (created or renamed) is no longer anyone's former one.
 */
@ApplicationScoped
class ArticleFormerSlugs {

    @Inject EntityManager em;

    /** An article's slug changed from {@code from} to {@code to}: {@code from} now leads to it, {@code to} to nothing else. */
    void moved(long articleId, String from, String to, Instant now) {
        taken(to);
        statement("""
                insert into article_former_slug (slug, article_id, retired_at) values (?1, ?2, ?3)
                on conflict (slug) do update set article_id = excluded.article_id, retired_at = excluded.retired_at
                """).setParameter(1, from).setParameter(2, articleId).setParameter(3, now.atOffset(ZoneOffset.UTC))
                .executeUpdate();
    }

    /** An article now has this slug: it is no longer the former slug of another. */
    void taken(String slug) {
        statement("delete from article_former_slug where slug = ?1").setParameter(1, slug).executeUpdate();
    }

    /** The current slug of the public article that once had {@code former}; empty otherwise. */
    Optional<String> currentSlug(String former, Instant now) {
        @SuppressWarnings("unchecked")
        List<String> slugs = em.createNativeQuery("select a.slug from article_former_slug f join article a on a.id = f.article_id"
                + " where f.slug = :former and " + ArticleVisibility.sql("a"))
                .setParameter("former", former).setParameter(ArticleVisibility.NOW, now.atOffset(ZoneOffset.UTC))
                .getResultList();
        return slugs.stream().findFirst();
    }

    private NativeQuery<?> statement(String sql) {
        return em.createNativeQuery(sql).unwrap(NativeQuery.class).addSynchronizedQuerySpace("article_former_slug");
    }
}
