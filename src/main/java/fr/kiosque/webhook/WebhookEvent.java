package fr.kiosque.webhook;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The events a webhook endpoint can subscribe to, by their wire name ({@code article.published}).
 * Features fire them through {@link WebhookService#enqueue}, inside the transaction of the change.
 */
public enum WebhookEvent {
    /** An article became public (published now, or a scheduled one went live). */
    ARTICLE_PUBLISHED("article.published"),
    /** A public article changed and is still public. */
    ARTICLE_UPDATED("article.updated"),
    /** A public article is no longer public (draft, archived, or moved to a future date). */
    ARTICLE_UNPUBLISHED("article.unpublished"),
    /** A public article was deleted. */
    ARTICLE_DELETED("article.deleted"),
    /** A reader's comment awaits moderation. */
    COMMENT_CREATED("comment.created"),
    /** A comment is published (moderated, approved at once, or a staff reply). */
    COMMENT_APPROVED("comment.approved"),
    /** A job listing became public. */
    JOB_PUBLISHED("job.published"),
    /** A job listing was closed (by staff, or when it expired). */
    JOB_CLOSED("job.closed"),
    /** A CV was received, for a listing or spontaneous: carries the submission id and the listing (or null), never candidate data. */
    CV_RECEIVED("cv.received"),
    /**
     * Public answers changed: carries the surrogate keys ({@code Surrogate-Key}, {@code Cache-Tag})
     * whose answers a CDN must drop (docs/operations.md, "A CDN in front").
     */
    CACHE_PURGE("cache.purge");

    private final String wireName;

    WebhookEvent(String wireName) {
        this.wireName = wireName;
    }

    /** {@code article.published} and so on: what endpoints subscribe to and deliveries carry. */
    public String wireName() {
        return wireName;
    }

    public static Optional<WebhookEvent> fromWireName(String name) {
        return Arrays.stream(values()).filter(e -> e.wireName.equals(name)).findFirst();
    }

    public static List<String> wireNames() {
        return Arrays.stream(values()).map(WebhookEvent::wireName).toList();
    }
}
