package fr.kiosque.webhook;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import fr.kiosque.common.http.cache.CachePurge;

/**
 * Announces every invalidation of public answers as a {@code cache.purge} webhook event with the
 * surrogate keys it drops, in the writing transaction (so only committed changes are announced):
 * what a small receiver turns into a Fastly, Cloudflare or Varnish purge.
 */
@ApplicationScoped
class CachePurgeAnnouncer {

    /** The data of a {@code cache.purge} event. */
    record PurgedKeys(List<String> keys) {
    }

    @Inject WebhookService webhooks;

    void announce(@Observes CachePurge purge) {
        webhooks.enqueue(WebhookEvent.CACHE_PURGE, new PurgedKeys(purge.keys()));
    }
}
