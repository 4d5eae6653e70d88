package fr.kiosque.article;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import fr.kiosque.article.api.ArticleMapper;
import fr.kiosque.article.api.ArticleRequest;
import fr.kiosque.common.time.Now;
import fr.kiosque.webhook.WebhookEvent;
import fr.kiosque.webhook.WebhookService;

/**
 * What follows an editor's change of an article, in its transaction: its former slug when the slug
 * changed ({@link ArticleFormerSlugs}), a revision when something changed (docs/previews.md), and
 * the webhook of how the public's view of it moved.
 */
@ApplicationScoped
class ArticleChanges {

    @Inject ArticleRevisionRepository revisions;
    @Inject ArticleSummaries summaries;
    @Inject WebhookService webhooks;
    @Inject ObjectMapper mapper;
    @Inject Clock clock;
    @Inject ArticlesConfig config;
    @Inject ArticleFormerSlugs formerSlugs;

    /** A new article (flushed): its CREATED revision, and article.published if the public sees it. */
    void created(Article article, String actor, Instant now) {
        formerSlugs.taken(article.slug);
        recordRevision(article, null, ArticleRevision.Action.CREATED, actor, now);
        announce(false, article, now);
    }

    /** Before an article is deleted: article.deleted if the public saw it. */
    void deleting(Article article) {
        if (ArticleVisibility.test(article, Now.of(clock))) {
            webhooks.enqueueAll(WebhookEvent.ARTICLE_DELETED, summaries.byIds(List.of(article.id)));
        }
    }

    /** What an article was before a change: its editable fields, and whether the public saw it. */
    record Change(Instant now, ArticleRequest before, boolean wasPublic) {
    }

    /**
     * Before changing an article: notes its state, and keeps it as a BASELINE revision if it has
     * none yet (an article older than revisions). Runs before anything is changed, so that the
     * statement flushes nothing half-done.
     */
    Change begin(Article article) {
        Instant now = Now.of(clock);
        ArticleRequest before = ArticleMapper.request(article);
        revisions.baselineIfNone(article.id, mapper.valueToTree(before).toString(), article.updatedAt);
        return new Change(now, before, ArticleVisibility.test(article, now));
    }

    /** After a change (flushed): its former slug if it changed, its revision, if anything changed, and its webhook. */
    void end(Article article, Change change, ArticleRevision.Action action, String actor) {
        if (!article.slug.equals(change.before().slug())) {
            formerSlugs.moved(article.id, change.before().slug(), article.slug, change.now());
        }
        if (recordRevision(article, change.before(), action, actor, change.now())) {
            announce(change.wasPublic(), article, change.now());
        }
    }

    /**
     * Records the article as it now stands: a new revision, or the editor's latest UPDATED one
     * extended when this edit follows it within {@code kiosque.articles.revisions.merge-within};
     * false (and nothing recorded) when the change changed nothing.
     */
    private boolean recordRevision(Article article, ArticleRequest before, ArticleRevision.Action forced, String actor, Instant now) {
        JsonNode after = mapper.valueToTree(ArticleMapper.request(article));
        JsonNode previous = before == null ? null : mapper.valueToTree(before);
        ArrayNode changed = mapper.createArrayNode();
        after.fieldNames().forEachRemaining(field -> {
            JsonNode value = after.get(field);
            boolean empty = value == null || value.isNull() || (value.isArray() && value.isEmpty());
            if (previous == null ? !empty : !value.equals(previous.get(field))) {
                changed.add(field);
            }
        });
        if (previous != null && changed.isEmpty()) {
            return false;
        }
        ArticleRevision.Action action = forced != null ? forced
                : before == null ? ArticleRevision.Action.CREATED
                : before.status() == article.status ? ArticleRevision.Action.UPDATED
                : switch (article.status) {
                    case PUBLISHED -> ArticleRevision.Action.PUBLISHED;
                    case SCHEDULED -> ArticleRevision.Action.SCHEDULED;
                    case ARCHIVED -> ArticleRevision.Action.ARCHIVED;
                    case DRAFT -> ArticleRevision.Action.UNPUBLISHED;
                };
        Duration window = config.revisions().mergeWithin();
        if (action == ArticleRevision.Action.UPDATED && actor != null && window.compareTo(Duration.ZERO) > 0
                && revisions.extendLatest(article.id, actor, changed.toString(), after.toString(), now, now.minus(window))) {
            return true;
        }
        ArrayNode rows = mapper.createArrayNode();
        rows.addObject().put("article_id", article.id).put("action", action.name()).put("actor", actor)
                .set("changed_fields", changed);
        ((ObjectNode) rows.get(0)).set("snapshot", after);
        revisions.insertAll(rows.toString(), now);
        return true;
    }

    /** The webhook of a change: published, updated, or unpublished, as the public's view of the article moved. */
    private void announce(boolean wasPublic, Article article, Instant now) {
        boolean isPublic = ArticleVisibility.test(article, now);
        WebhookEvent event = !wasPublic && isPublic ? WebhookEvent.ARTICLE_PUBLISHED
                : wasPublic && isPublic ? WebhookEvent.ARTICLE_UPDATED
                : wasPublic ? WebhookEvent.ARTICLE_UNPUBLISHED
                : null;
        if (event != null) {
            webhooks.enqueueAll(event, summaries.byIds(List.of(article.id)));
        }
    }
}
