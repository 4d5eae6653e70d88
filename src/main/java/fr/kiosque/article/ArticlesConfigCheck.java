package fr.kiosque.article;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import fr.kiosque.article.api.ArticleRequest;
import fr.kiosque.common.boot.ConfigChecks;
import io.quarkus.runtime.StartupEvent;

/** Refuses to start with {@code kiosque.articles.*} out of range (see {@link ConfigChecks}). */
@ApplicationScoped
class ArticlesConfigCheck {

    void onStart(@Observes StartupEvent event, ArticlesConfig config) {
        check(config).orFail();
    }

    static ConfigChecks check(ArticlesConfig config) {
        return new ConfigChecks()
                .between("kiosque.articles.related-count", config.relatedCount(), 0, ArticleRequest.MAX_RELATED)
                .between("kiosque.articles.pages.backfill-threads", config.pages().backfillThreads(), 1, 8)
                .atLeast("kiosque.articles.pages.refresh-per-second", config.pages().refreshPerSecond(), 1)
                .atLeast("kiosque.articles.revisions.merge-within (in seconds)", config.revisions().mergeWithin().toSeconds(), 0);
    }
}
