package fr.kiosque.article;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import jakarta.persistence.TypedQuery;

import fr.kiosque.common.paging.PageRequest;
import fr.kiosque.common.persistence.SlugLocks;
import io.quarkus.hibernate.orm.panache.PanacheRepository;
import io.quarkus.panache.common.Sort;

/**
 * Sections, tags and authors: the same queries, with the article association that reaches each
 * kind. Public reads count visible articles through {@link ArticleVisibility}, the one definition of
 * visibility; each runs a fixed number of statements (a list: the page with its counts, and the
 * total; one record: one).
 */
abstract class TermRepository<E extends Term> implements PanacheRepository<E> {

    private final Class<E> type;
    private final String association;

    /**
     * @param association the association of {@link Article} that reaches this kind: {@code section},
     *        {@code tags} or {@code authors}
     */
    TermRepository(Class<E> type, String association) {
        this.type = type;
        this.association = association;
    }

    String association() {
        return association;
    }

    Optional<E> findBySlug(String slug) {
        return find("slug", slug).firstResultOptional();
    }

    List<E> findBySlugs(Collection<String> slugs) {
        return slugs.isEmpty() ? List.of() : list("slug in ?1", slugs);
    }

    boolean slugTaken(String slug, Long exceptId) {
        return count("slug = ?1 and id <> ?2", slug, exceptId == null ? -1L : exceptId) > 0;
    }

    /** Until the transaction ends, no one else picks a slug of this family for this kind. */
    void lockSlugFamily(String slug) {
        SlugLocks.lockFamily(getEntityManager(), type.getSimpleName() + "-slug", slug);
    }

    /** A staff page, in name order (French collation), whatever the articles: one statement. */
    List<E> staffPage(PageRequest page) {
        return findAll(Sort.by("name").and("id")).page(page.number() - 1, page.size()).list();
    }

    /**
     * A public page with each record's count of visible articles: one statement. With
     * {@code onlyUsed}, only the records that at least one visible article reaches.
     */
    List<Counted<E>> publicPage(PageRequest page, Instant now, boolean onlyUsed) {
        return withCounts("select t, " + ArticleVisibility.countReaching(association(), "t") + " from "
                + type.getSimpleName() + " t" + (onlyUsed ? " where " + used() : "") + " order by t.name, t.id", now)
                .setFirstResult(page.offset()).setMaxResults(page.size())
                .getResultStream()
                .map(this::counted)
                .toList();
    }

    /** {@link #publicPage} without paging, at most {@code max} records: one statement. */
    List<Counted<E>> publicAll(Instant now, boolean onlyUsed, int max) {
        return withCounts("select t, " + ArticleVisibility.countReaching(association(), "t") + " from "
                + type.getSimpleName() + " t" + (onlyUsed ? " where " + used() : "") + " order by t.name, t.id", now)
                .setMaxResults(max)
                .getResultStream()
                .map(this::counted)
                .toList();
    }

    /** How many records {@link #publicPage} pages through: one statement. */
    long publicCount(Instant now, boolean onlyUsed) {
        if (!onlyUsed) {
            return count();
        }
        return getEntityManager().createQuery("select count(*) from " + type.getSimpleName() + " t where " + used(), Long.class)
                .setParameter(ArticleVisibility.NOW, now)
                .getSingleResult();
    }

    /** One public record with its count of visible articles, or none (also when {@code onlyUsed} and unused): one statement. */
    Optional<Counted<E>> publicBySlug(String slug, Instant now, boolean onlyUsed) {
        return withCounts("select t, " + ArticleVisibility.countReaching(association(), "t") + " from "
                + type.getSimpleName() + " t where t.slug = :slug" + (onlyUsed ? " and " + used() : ""), now)
                .setParameter("slug", slug)
                .getResultStream()
                .findFirst()
                .map(this::counted);
    }

    private String used() {
        return ArticleVisibility.anyReaching(association(), "t");
    }

    private TypedQuery<Object[]> withCounts(String hql, Instant now) {
        return getEntityManager().createQuery(hql, Object[].class).setParameter(ArticleVisibility.NOW, now);
    }

    private Counted<E> counted(Object[] row) {
        return new Counted<>(type.cast(row[0]), (Long) row[1]);
    }
}
