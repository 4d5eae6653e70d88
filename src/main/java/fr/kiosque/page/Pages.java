package fr.kiosque.page;

import java.time.Clock;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import fr.kiosque.common.time.Now;
import fr.kiosque.page.api.PageViews;

/**
 * The standing pages the public sees (published, date past), for the public API and for other
 * features: Ghost's {@code pages} (ghost/) and the sitemap (feed/). One statement each.
 */
@ApplicationScoped
public class Pages {

    /** Most pages listed: standing pages are a handful. */
    public static final int MAX_PAGES = 100;

    @Inject StandingPageRepository pages;
    @Inject Clock clock;

    /** Every page the public sees, in title order (at most {@link #MAX_PAGES}). */
    @Transactional
    public List<PageViews.PublicPage> published() {
        return pages.visible(Now.of(clock), MAX_PAGES).stream().map(Pages::view).toList();
    }

    /** The page of that slug if the public sees it. */
    @Transactional
    public Optional<PageViews.PublicPage> published(String slug) {
        return pages.visibleBySlug(slug, Now.of(clock)).map(Pages::view);
    }

    /** The page of that id if the public sees it. */
    @Transactional
    public Optional<PageViews.PublicPage> published(long id) {
        return pages.visibleById(id, Now.of(clock)).map(Pages::view);
    }

    private static PageViews.PublicPage view(StandingPage p) {
        return new PageViews.PublicPage(p.id, p.slug, p.title, p.standfirst, p.body, p.publishedAt, p.createdAt, p.updatedAt,
                p.metaTitle, p.metaDescription);
    }
}
