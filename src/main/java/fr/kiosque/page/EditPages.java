package fr.kiosque.page;

import static fr.kiosque.common.persistence.SqlValues.instant;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.jboss.logging.Logger;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;

import fr.kiosque.common.error.ProblemException;
import fr.kiosque.common.http.Preconditions;
import fr.kiosque.common.http.cache.CacheNamespaces;
import fr.kiosque.common.http.cache.InvalidatesCache;
import fr.kiosque.common.paging.Page;
import fr.kiosque.common.paging.PageRequest;
import fr.kiosque.common.text.HtmlSanitizer;
import fr.kiosque.common.text.Slugs;
import fr.kiosque.common.time.Now;
import fr.kiosque.page.api.PageViews;

/**
 * Editors' use cases of standing pages: list, read, create, replace, delete (If-Match), and a
 * revision per change in the same transaction. Slugs are claimed under their family's lock
 * ({@code SlugLocks}): two editors creating "Contact" at once get {@code contact} and {@code contact-2}.
 */
@ApplicationScoped
class EditPages {

    private static final Logger LOG = Logger.getLogger(EditPages.class);
    /** Most revisions a page's history shows. */
    static final int MAX_REVISIONS = 100;

    @Inject StandingPageRepository pages;
    @Inject ObjectMapper mapper;
    @Inject Clock clock;

    @Transactional
    Page<PageViews.AdminPage> list(PageRequest page) {
        return Page.of(pages.staffPage(page).stream().map(EditPages::admin).toList(), page, pages.count());
    }

    @Transactional
    PageViews.AdminPage get(long id) {
        return admin(find(id));
    }

    @Transactional
    @InvalidatesCache(CacheNamespaces.PAGES)
    PageViews.AdminPage create(fr.kiosque.page.api.PageRequest request, String actor) {
        StandingPage page = new StandingPage();
        apply(page, request);
        pages.persist(page);
        pages.flush();
        revision(page, "CREATED", actor, request);
        LOG.infof("Standing page %d created (%s)", page.id, page.slug);
        return admin(page);
    }

    @Transactional
    @InvalidatesCache(CacheNamespaces.PAGES)
    PageViews.AdminPage replace(long id, String ifMatch, fr.kiosque.page.api.PageRequest request, String actor) {
        StandingPage page = find(id);
        Preconditions.requireMatch(ifMatch, page.version);
        apply(page, request);
        pages.flush();
        revision(page, "UPDATED", actor, request);
        return admin(page);
    }

    @Transactional
    @InvalidatesCache(CacheNamespaces.PAGES)
    void delete(long id, String ifMatch) {
        StandingPage page = find(id);
        Preconditions.requireMatch(ifMatch, page.version);
        pages.delete(page);
        pages.flush();
        LOG.infof("Standing page %d deleted", id);
    }

    @Transactional
    List<PageViews.Revision> revisions(long id) {
        find(id);
        return pages.revisions(id, MAX_REVISIONS).stream()
                .map(row -> new PageViews.Revision(((Number) row[0]).longValue(), (String) row[1], (String) row[2], instant(row[3]),
                        snapshot((String) row[4])))
                .toList();
    }

    private void apply(StandingPage page, fr.kiosque.page.api.PageRequest request) {
        String title = request.title().strip();
        if (request.slug() != null) {
            page.slug = request.slug().equals(page.slug) ? page.slug : pages.claim(request.slug(), page.id);
        } else if (page.slug == null) {
            String base = Slugs.slugify(title);
            if (base.isEmpty()) {
                // a title without a letter or digit (a placeholder, undecodable bytes): invalid as given
                throw ProblemException.invalidField("title", "aucun slug ne s'en tire : donnez un titre avec des lettres, ou un « slug »");
            }
            page.slug = pages.firstFree(base, page.id);
        }
        page.title = title;
        page.standfirst = blankToNull(request.standfirst());
        page.body = HtmlSanitizer.sanitize(request.body() == null ? "" : request.body());
        page.metaTitle = blankToNull(request.metaTitle());
        page.metaDescription = blankToNull(request.metaDescription());
        PageStatus status = request.status() != null ? request.status() : page.status != null ? page.status : PageStatus.DRAFT;
        Instant now = Now.of(clock);
        if (status == PageStatus.PUBLISHED) {
            page.publishedAt = request.publishedAt() != null ? request.publishedAt()
                    : page.publishedAt != null ? page.publishedAt : now;
        } else {
            page.publishedAt = request.publishedAt();
        }
        page.status = status;
    }

    private void revision(StandingPage page, String action, String actor, fr.kiosque.page.api.PageRequest request) {
        try {
            pages.addRevision(page.id, action, actor, mapper.writeValueAsString(request));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private fr.kiosque.page.api.PageRequest snapshot(String json) {
        try {
            return mapper.readerFor(fr.kiosque.page.api.PageRequest.class).without(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                    .readValue(json);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private StandingPage find(long id) {
        return pages.findByIdOptional(id).orElseThrow(() -> ProblemException.notFound("Aucune page n'a l'identifiant " + id + "."));
    }

    static PageViews.AdminPage admin(StandingPage p) {
        return new PageViews.AdminPage(p.id, p.slug, p.title, p.standfirst, p.body, p.status, p.publishedAt, p.metaTitle,
                p.metaDescription, p.createdAt, p.updatedAt, p.version);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
