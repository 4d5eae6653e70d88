package fr.kiosque.common.http.cache;

import java.util.List;

/**
 * A CDI event fired inside a writing transaction: the public answers carrying these surrogate
 * keys ({@code Surrogate-Key}, {@code Cache-Tag}) are out of date once it commits. Observers
 * run in the transaction (the webhook feature writes its {@code cache.purge} event to the outbox).
 */
public record CachePurge(List<String> keys) {
}
