package fr.kiosque.job;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.TypedQuery;

import fr.kiosque.common.paging.PageRequest;
import fr.kiosque.common.paging.Sort;
import io.quarkus.hibernate.orm.panache.PanacheRepository;

/** Career sheets. */
@ApplicationScoped
class JobProfileRepository implements PanacheRepository<JobProfile> {

    Optional<JobProfile> findBySlug(String slug) {
        return find("slug", slug).firstResultOptional();
    }

    boolean slugTaken(String slug, Long exceptId) {
        return count("slug = ?1 and id <> ?2", slug, exceptId == null ? -1L : exceptId) > 0;
    }

    long count(List<String> words) {
        Map<String, Object> params = new HashMap<>();
        TypedQuery<Long> query = getEntityManager().createQuery(
                "select count(*) from JobProfile p" + where(words, params), Long.class);
        params.forEach(query::setParameter);
        return query.getSingleResult();
    }

    /** A page of sheets, in French title order, with how many listings are open in each: one statement. */
    List<Object[]> pageWithOpenCounts(List<String> words, Sort sort, PageRequest page, Instant now) {
        Map<String, Object> params = new HashMap<>();
        params.put("now", now);
        TypedQuery<Object[]> query = getEntityManager().createQuery(
                "select p, (select count(*) from JobListing j where j.profile = p and " + ListingVisibility.jpql("j") + ")"
                        + " from JobProfile p" + where(words, params) + " order by " + sort.orderBy() + ", p.id", Object[].class);
        params.forEach(query::setParameter);
        return query.setFirstResult(page.offset()).setMaxResults(page.size()).getResultList();
    }

    /** {@code q}: every word, folded like the stored title (case and accents ignored), is in the title. */
    private static String where(List<String> words, Map<String, Object> params) {
        if (words.isEmpty()) {
            return "";
        }
        StringBuilder where = new StringBuilder(" where ");
        for (int i = 0; i < words.size(); i++) {
            where.append(i == 0 ? "" : " and ")
                    .append("p.searchText like concat('%', function('kiosque_fold', :w").append(i).append("), '%')");
            params.put("w" + i, words.get(i));
        }
        return where.toString();
    }
}
