package fr.kiosque.article;

import java.util.concurrent.TimeUnit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import org.jboss.logging.Logger;

import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;

/**
 * Renders the stored pages that are missing (a new database, a release that renders another
 * shape) in the background after a start, on {@code kiosque.articles.pages.backfill-threads}
 * low-priority threads, without holding readiness back: a page still missing is rendered when read.
 */
@ApplicationScoped
class ArticlePageBackfill {

    /** The pages' own category: bench/run and operators follow the backfill there. */
    private static final Logger LOG = Logger.getLogger(ArticlePages.class);

    @Inject ArticlePages pages;
    @Inject ArticlesConfig config;
    private volatile boolean stopping;

    void start(@Observes StartupEvent event) {
        if (!config.pages().enabled() || !config.pages().backfill()) {
            return;
        }
        int threads = config.pages().backfillThreads();
        long delay = config.pages().backfillDelay().toMillis();
        long started = System.nanoTime();
        java.util.concurrent.atomic.AtomicInteger total = new java.util.concurrent.atomic.AtomicInteger();
        java.util.concurrent.CountDownLatch done = new java.util.concurrent.CountDownLatch(threads);
        for (int part = 0; part < threads; part++) {
            int mine = part;
            Thread thread = new Thread(() -> {
                try {
                    Thread.sleep(delay); // after the start and its first requests, not during them
                    int rendered;
                    do {
                        rendered = pages.renderMissing(200, threads, mine);
                        total.addAndGet(rendered);
                    } while (rendered > 0 && !stopping);
                } catch (RuntimeException e) {
                    if (!stopping) {
                        LOG.warnf("Article pages: a background rendering stopped (%s); missing pages are rendered when read",
                                e.getMessage());
                    }
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                } finally {
                    done.countDown();
                    if (done.getCount() == 0 && !stopping) {
                        // bench/run waits for this line
                        LOG.infof("Article pages: every visible article has its stored page (%d rendered in the background in %d s)",
                                total.get(), TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - started));
                    }
                }
            }, "kiosque-article-pages-backfill-" + part);
            thread.setDaemon(true);
            thread.setPriority(Thread.MIN_PRIORITY);
            thread.start();
        }
    }

    void stop(@Observes ShutdownEvent event) {
        stopping = true;
    }
}
