package fr.kiosque.article;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.jboss.logging.Logger;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import fr.kiosque.article.api.ArticleMapper;
import fr.kiosque.common.http.cache.CacheInvalidator;
import fr.kiosque.common.http.cache.CacheNamespaces;
import fr.kiosque.common.persistence.SkipLockedBatches;
import fr.kiosque.common.time.Now;
import fr.kiosque.webhook.WebhookEvent;
import fr.kiosque.webhook.WebhookService;

/**
 * Flips the SCHEDULED articles whose time has come to PUBLISHED, a batch per transaction, each
 * with its PUBLISHED revision and article.published webhook ({@link ScheduledPublisher} runs it).
 */
@ApplicationScoped
public class PublishDueArticles {

    private static final Logger LOG = Logger.getLogger(PublishDueArticles.class);

    /** Scheduled articles published per transaction by {@link #publishDue()}. */
    static final int PUBLISH_BATCH = 200;

    @Inject ArticleRepository articles;
    @Inject ArticleRevisionRepository revisions;
    @Inject ArticleSummaries summaries;
    @Inject WebhookService webhooks;
    @Inject CacheInvalidator cache;
    @Inject ObjectMapper mapper;
    @Inject Clock clock;

    /** Publishes the SCHEDULED articles whose time has come, {@value #PUBLISH_BATCH} per transaction; how many. */
    public int publishDue() {
        return publishDue(PUBLISH_BATCH);
    }

    int publishDue(int batch) {
        Instant now = Now.of(clock);
        return SkipLockedBatches.drain(batch, limit -> articles.lockDue(now, limit), due -> publish(due, now));
    }

    /** One batch, locked: publishes the due articles, records and announces it. */
    private void publish(List<Long> due, Instant now) {
        int published = articles.publish(due, now);
        ArrayNode rows = mapper.createArrayNode();
        Map<Long, String> bodies = articles.bodies(due);
        for (Article article : articles.loadWithRelations(due)) {
            rows.addObject().put("article_id", article.id).put("action", ArticleRevision.Action.PUBLISHED.name())
                    .putNull("actor").set("changed_fields", mapper.createArrayNode().add("status"));
            ((ObjectNode) rows.get(rows.size() - 1))
                    .set("snapshot", mapper.valueToTree(ArticleMapper.request(article, bodies.get(article.id))));
        }
        revisions.insertAll(rows.toString(), now);
        webhooks.enqueueAll(WebhookEvent.ARTICLE_PUBLISHED, summaries.byIds(due));
        cache.invalidate(CacheNamespaces.ARTICLES);
        LOG.infof("Published %d scheduled article(s)", published);
    }
}
