package fr.kiosque.page;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import fr.kiosque.common.paging.PageRequest;
import fr.kiosque.common.persistence.SlugLocks;
import io.quarkus.hibernate.orm.panache.PanacheRepository;
import io.quarkus.panache.common.Sort;

/**
 * Standing pages and their revisions. "The public sees it" is one rule here: PUBLISHED with a
 * publication date already past ({@link #VISIBLE}).
 */
@ApplicationScoped
class StandingPageRepository implements PanacheRepository<StandingPage> {

    /** HQL on the page {@code p}: the public sees it at {@code :now}. */
    static final String VISIBLE = "p.status = fr.kiosque.page.PageStatus.PUBLISHED and p.publishedAt <= :now";

    List<StandingPage> staffPage(PageRequest page) {
        return findAll(Sort.by("title").and("id")).page(page.number() - 1, page.size()).list();
    }

    /** The pages the public sees, in title order, at most {@code max}. */
    List<StandingPage> visible(Instant now, int max) {
        return getEntityManager().createQuery("select p from StandingPage p where " + VISIBLE + " order by p.title, p.id",
                StandingPage.class).setParameter("now", now).setMaxResults(max).getResultList();
    }

    Optional<StandingPage> visibleById(long id, Instant now) {
        return getEntityManager().createQuery("select p from StandingPage p where p.id = :id and " + VISIBLE, StandingPage.class)
                .setParameter("id", id).setParameter("now", now).getResultStream().findFirst();
    }

    Optional<StandingPage> visibleBySlug(String slug, Instant now) {
        return getEntityManager().createQuery("select p from StandingPage p where p.slug = :slug and " + VISIBLE, StandingPage.class)
                .setParameter("slug", slug).setParameter("now", now).getResultStream().findFirst();
    }

    boolean slugTaken(String slug, Long exceptId) {
        return count("slug = ?1 and id <> ?2", slug, exceptId == null ? -1L : exceptId) > 0;
    }

    /** The slug asked for (409 when another page has it), under its family's lock. */
    String claim(String slug, Long exceptId) {
        return SlugLocks.claim(getEntityManager(), SLUGS, slug, s -> slugTaken(s, exceptId),
                "Le slug « " + slug + " » est déjà pris par une autre page.");
    }

    /** The first free slug from {@code base} ({@code -2}, {@code -3}…), under its family's lock. */
    String firstFree(String base, Long exceptId) {
        return SlugLocks.firstFree(getEntityManager(), SLUGS, base, s -> slugTaken(s, exceptId));
    }

    private static final String SLUGS = "standing-page-slug";

    void addRevision(long pageId, String action, String actor, String snapshot) {
        getEntityManager().createNativeQuery("insert into standing_page_revision (page_id, action, actor, snapshot)"
                + " values (:page, :action, :actor, cast(:snapshot as jsonb))")
                .setParameter("page", pageId).setParameter("action", action).setParameter("actor", actor)
                .setParameter("snapshot", snapshot).executeUpdate();
    }

    /** A page's revisions, the latest first: id, action, actor, when, snapshot (as text). */
    List<Object[]> revisions(long pageId, int max) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = getEntityManager().createNativeQuery("select id, action, actor, created_at, cast(snapshot as text)"
                + " from standing_page_revision where page_id = :page order by id desc limit :max")
                .setParameter("page", pageId).setParameter("max", max).getResultList();
        return rows;
    }
}
