package fr.kiosque.article;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import fr.kiosque.common.paging.PageRequest;
import io.quarkus.hibernate.orm.panache.PanacheRepository;

@ApplicationScoped
class SectionRepository implements PanacheRepository<Section> {

    Optional<Section> findBySlug(String slug) {
        return find("slug", slug).firstResultOptional();
    }

    boolean slugTaken(String slug, Long exceptId) {
        return count("slug = ?1 and id <> ?2", slug, exceptId == null ? -1L : exceptId) > 0;
    }

    /** A page of sections with how many articles the public sees in each: one statement. */
    List<Counted<Section>> pageWithCounts(PageRequest page, Instant now) {
        return getEntityManager().createQuery(
                "select s, (select count(*) from Article a where a.section.id = s.id and " + ArticleRepository.VISIBLE + ")"
                        + " from Section s order by s.name, s.id", Object[].class)
                .setParameter("now", now)
                .setFirstResult(page.offset()).setMaxResults(page.size())
                .getResultStream()
                .map(row -> new Counted<>((Section) row[0], (Long) row[1]))
                .toList();
    }

    long countVisibleArticles(Long sectionId, Instant now) {
        return getEntityManager().createQuery(
                "select count(*) from Article a where a.section.id = :id and " + ArticleRepository.VISIBLE, Long.class)
                .setParameter("id", sectionId).setParameter("now", now).getSingleResult();
    }
}
