package fr.kiosque.comment;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import fr.kiosque.common.boot.ConfigChecks;
import io.quarkus.runtime.StartupEvent;

/** Refuses to start with {@code kiosque.comments.*} out of range (see {@link ConfigChecks}). */
@ApplicationScoped
class CommentsConfigCheck {

    void onStart(@Observes StartupEvent event, CommentsConfig config) {
        check(config).orFail();
    }

    static ConfigChecks check(CommentsConfig config) {
        return new ConfigChecks()
                .atLeast("kiosque.comments.max-depth", config.maxDepth(), 2)
                .atLeast("kiosque.comments.max-links", config.maxLinks(), 0)
                .atLeast("kiosque.comments.max-posts-per-client", config.maxPostsPerClient(), 1)
                .atLeast("kiosque.comments.max-posts-per-email", config.maxPostsPerEmail(), 1);
    }
}
