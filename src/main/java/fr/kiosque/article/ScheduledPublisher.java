package fr.kiosque.article;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import io.quarkus.scheduler.Scheduled;

/**
 * Publishes SCHEDULED articles when their time comes. The public API already shows a scheduled
 * article from its {@code publishedAt} on; this job makes its status say so too, records a
 * revision and queues the {@code article.published} webhook. It locks the due articles with
 * {@code FOR UPDATE SKIP LOCKED}, so every instance may run it at once and each article is
 * published, and announced, once.
 */
@ApplicationScoped
class ScheduledPublisher {

    @Inject PublishDueArticles service;

    @Scheduled(identity = "publish-scheduled-articles", every = "${kiosque.articles.publish-scheduled-every}",
            delayed = "10s", concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    void publishDue() {
        service.publishDue();
    }
}
