package fr.kiosque.feed;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import fr.kiosque.common.boot.ConfigChecks;
import io.quarkus.runtime.StartupEvent;

/** Refuses to start with {@code kiosque.feeds.*} out of range (see {@link ConfigChecks}). */
@ApplicationScoped
class FeedsConfigCheck {

    void onStart(@Observes StartupEvent event, FeedsConfig config) {
        check(config).orFail();
    }

    static ConfigChecks check(FeedsConfig config) {
        return new ConfigChecks()
                .between("kiosque.feeds.max-items", config.maxItems(), 1, FeedWriter.MAX_ITEMS)
                .between("kiosque.feeds.default-items", config.defaultItems(), 1, config.maxItems())
                .between("kiosque.feeds.sitemap-articles", config.sitemapArticles(), 1, FeedService.SITEMAP_MAX_URLS);
    }
}
