package fr.kiosque.comment.api;

import java.time.Instant;

import fr.kiosque.comment.CommentStatus;

/**
 * A comment as webhooks carry it ({@code comment.created}, {@code comment.approved}): what the
 * public thread would show, with its article and status; never the author's e-mail or address.
 */
public record CommentEvent(long id, CommentAdminView.CommentArticle article, Long parentId, String authorName, String body,
        CommentStatus status, boolean staff, Instant createdAt) {
}
