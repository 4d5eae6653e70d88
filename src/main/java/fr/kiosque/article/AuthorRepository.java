package fr.kiosque.article;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import fr.kiosque.common.paging.PageRequest;
import io.quarkus.hibernate.orm.panache.PanacheRepository;

@ApplicationScoped
class AuthorRepository implements PanacheRepository<Author> {

    Optional<Author> findBySlug(String slug) {
        return find("slug", slug).firstResultOptional();
    }

    List<Author> findBySlugs(Collection<String> slugs) {
        return slugs.isEmpty() ? List.of() : list("slug in ?1", slugs);
    }

    boolean slugTaken(String slug, Long exceptId) {
        return count("slug = ?1 and id <> ?2", slug, exceptId == null ? -1L : exceptId) > 0;
    }

    List<Counted<Author>> pageWithCounts(PageRequest page, Instant now) {
        return getEntityManager().createQuery(
                "select au, (select count(*) from Article a join a.authors x where x.id = au.id and "
                        + ArticleRepository.VISIBLE + ") from Author au order by au.name, au.id", Object[].class)
                .setParameter("now", now)
                .setFirstResult(page.offset()).setMaxResults(page.size())
                .getResultStream()
                .map(row -> new Counted<>((Author) row[0], (Long) row[1]))
                .toList();
    }

    long countVisibleArticles(Long authorId, Instant now) {
        return getEntityManager().createQuery(
                "select count(*) from Article a join a.authors x where x.id = :id and " + ArticleRepository.VISIBLE, Long.class)
                .setParameter("id", authorId).setParameter("now", now).getSingleResult();
    }
}
