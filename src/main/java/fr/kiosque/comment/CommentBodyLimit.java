package fr.kiosque.comment;

import java.util.regex.Pattern;

import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

import fr.kiosque.common.http.RequestBodyLimit;

/**
 * A public comment is a few kilobytes: its POST gets a smaller body limit than the application's
 * ({@code kiosque.comments.max-request-size}, 64 KiB by default, against
 * {@code kiosque.http.max-body-size} for the other routes). Declared as a {@link RequestBodyLimit},
 * the one mechanism of route limits: a declared larger body is refused with a 413 problem before
 * anything reads it; one sent without {@code Content-Length} is bounded by the HTTP layer's cap,
 * and its text by the field limits (400).
 */
@Singleton
class CommentBodyLimit {

    @Produces
    @Singleton
    RequestBodyLimit commentPost(CommentsConfig config) {
        return new RequestBodyLimit("POST", Pattern.compile("/api/v1/articles/[^/]+/comments/?"),
                config.maxRequestSize().asLongValue());
    }
}
