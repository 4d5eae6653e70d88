package fr.kiosque.article;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import fr.kiosque.common.paging.PageRequest;
import io.quarkus.hibernate.orm.panache.PanacheRepository;

@ApplicationScoped
class TagRepository implements PanacheRepository<Tag> {

    private static final String VISIBLE_COUNT = "(select count(*) from Article a join a.tags at where at.id = t.id and "
            + ArticleRepository.VISIBLE + ")";

    Optional<Tag> findBySlug(String slug) {
        return find("slug", slug).firstResultOptional();
    }

    List<Tag> findBySlugs(Collection<String> slugs) {
        return slugs.isEmpty() ? List.of() : list("slug in ?1", slugs);
    }

    boolean slugTaken(String slug, Long exceptId) {
        return count("slug = ?1 and id <> ?2", slug, exceptId == null ? -1L : exceptId) > 0;
    }

    List<Counted<Tag>> pageWithCounts(PageRequest page, Instant now) {
        return getEntityManager().createQuery(
                "select t, " + VISIBLE_COUNT + " from Tag t order by t.name, t.id", Object[].class)
                .setParameter("now", now)
                .setFirstResult(page.offset()).setMaxResults(page.size())
                .getResultStream()
                .map(row -> new Counted<>((Tag) row[0], (Long) row[1]))
                .toList();
    }

    long countVisibleArticles(Long tagId, Instant now) {
        return getEntityManager().createQuery(
                "select count(*) from Article a join a.tags t where t.id = :id and " + ArticleRepository.VISIBLE, Long.class)
                .setParameter("id", tagId).setParameter("now", now).getSingleResult();
    }
}
