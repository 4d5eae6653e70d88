package fr.kiosque.article;

import static fr.kiosque.common.persistence.SqlValues.instant;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.zip.GZIPOutputStream;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import org.jboss.logging.Logger;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import fr.kiosque.article.api.ArticleDetail;
import fr.kiosque.article.api.ArticleMapper;
import fr.kiosque.common.boot.ClassFingerprint;
import fr.kiosque.common.error.ProblemException;
import fr.kiosque.common.http.cache.HttpCaching;
import fr.kiosque.common.http.cache.RenderedAnswer;
import fr.kiosque.common.http.cache.StoredAnswers;
import fr.kiosque.common.persistence.ReactiveReads;
import fr.kiosque.common.time.Now;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.ShutdownEvent;

/**
 * The public page of an article ({@code GET /api/v1/articles/{slug}}) and its second cache tier:
 * pages rendered once and kept gzipped in {@code article_page}, shared by every instance. The read
 * itself checks that a stored page is still what the article would render now (versions, comment
 * count, the related articles' visibility, taxonomy epoch, renderer fingerprint), so no write has
 * to remember to drop it; what it cannot check ages out after {@code kiosque.articles.pages.max-age}
 * (docs/operations.md, the second tier).
 */
@ApplicationScoped
class ArticlePages implements StoredAnswers {

    private static final Logger LOG = Logger.getLogger(ArticlePages.class);

    /** The shape of the answer: a release that changes it renders every page again. */
    static final String RENDERER = ClassFingerprint.of(ArticleDetail.class, fr.kiosque.article.api.ArticleSummary.class,
            fr.kiosque.article.api.Refs.class, ArticleMapper.class, ArticleSummaries.class, ArticlePages.class, ArticleCovers.class);

    private static final String VISIBLE_A = ArticleVisibility.sql("a");
    private static final String VISIBLE_RA = ArticleVisibility.sql("ra");

    // the stored page by the article's primary key (lateral), the epoch by its own: a few index
    // reads, whatever the planner knows of article_page (a cost estimate of a join there made
    // PostgreSQL compile the statement with its JIT: 18 ms a read)
    private static final String LOOKUP = """
            select a.id, p.etag, p.body_gzip, p.rendered_at, e.epoch
            from article a
            cross join (select epoch from article_page_epoch where id = 1) e
            left join lateral (
                select p.etag, p.body_gzip, p.rendered_at from article_page p
                where p.article_id = a.id and p.renderer = ?2 and p.epoch = e.epoch
                    and p.article_version = a.version and p.comment_count = a.comment_count
                    and p.related_versions = coalesce((select array_agg(ra.version order by r.ord)
                            from unnest(p.related_ids) with ordinality r(id, ord) join article ra on ra.id = r.id
                            where %s), '{}')) p on true
            where a.slug = ?1 and %s
            """.formatted(VISIBLE_RA.replace(":now", "?3"), VISIBLE_A.replace(":now", "?3"));

    /** The same read for Vert.x's client ({@code $n} parameters). */
    private static final String LOOKUP_ON_EVENT_LOOP = LOOKUP.replace("?1", "$1").replace("?2", "$2").replace("?3", "$3");

    private static final String STORE = """
            insert into article_page (article_id, renderer, epoch, article_version, comment_count, related_ids,
                related_versions, etag, body_gzip, rendered_at)
            values (?1, ?2, ?3, ?4, ?5, cast(?6 as bigint[]), cast(?7 as bigint[]), ?8, ?9, ?10)
            on conflict (article_id) do update set renderer = excluded.renderer, epoch = excluded.epoch,
                article_version = excluded.article_version, comment_count = excluded.comment_count,
                related_ids = excluded.related_ids, related_versions = excluded.related_versions, etag = excluded.etag,
                body_gzip = excluded.body_gzip, rendered_at = excluded.rendered_at
            """;

    private static final String MISSING = """
            select a.slug from article a
            cross join (select epoch from article_page_epoch where id = 1) e
            left join article_page p on p.article_id = a.id
            where %s and (p.article_id is null or p.renderer <> ?2 or p.epoch <> e.epoch
                or p.article_version <> a.version or p.comment_count <> a.comment_count)
                and a.id %% ?4 = ?5
            order by a.published_at desc, a.id desc
            limit ?3
            """.formatted(VISIBLE_A.replace(":now", "?1"));

    @Inject EntityManager em;
    @Inject ArticleRepository articles;
    @Inject ArticleSummaries summaries;
    @Inject ArticlesConfig config;
    @Inject ObjectMapper mapper;
    @Inject Clock clock;
    @Inject ReactiveReads reactive;
    @Inject ArticleCovers covers;
    @Inject ArticleFormerSlugs formerSlugs;

    /** Re-renders of pages answered past their max age: one thread, a bounded queue, each article once. */
    private final ThreadPoolExecutor refresher = new ThreadPoolExecutor(1, 1, 0, TimeUnit.SECONDS,
            new ArrayBlockingQueue<>(1000), runnable -> {
                Thread thread = new Thread(runnable, "kiosque-article-pages");
                thread.setDaemon(true);
                return thread;
            }, new ThreadPoolExecutor.DiscardPolicy());
    private final Set<String> refreshing = ConcurrentHashMap.newKeySet();
    private volatile boolean stopping;

    /**
     * The page of the article of that slug that the public sees now: 404 otherwise. The stored
     * page is read outside a transaction (one round trip: no BEGIN, no COMMIT); rendering one
     * takes a transaction of its own.
     */
    RenderedAnswer page(String slug) {
        Instant now = Now.of(clock);
        if (!config.pages().enabled()) {
            return rendered(QuarkusTransaction.requiringNew().call(() -> render(slug, now, -1)).json());
        }
        Object[] row = lookup(slug, now).orElseThrow(() -> missing(slug, now));
        if (row[1] != null) {
            byte[] gzipped = (byte[]) row[2];
            if (instant(row[3]).plus(config.pages().maxAge()).isBefore(now)) {
                refreshLater(slug);
            }
            return RenderedAnswer.ofGzipped(gzipped, (String) row[1]);
        }
        long epoch = ((Number) row[4]).longValue();
        Rendered rendered = QuarkusTransaction.requiringNew().call(() -> render(slug, now, epoch));
        return answer(rendered.json(), rendered.gzipped(), rendered.etag());
    }

    /** The public page of an article ({@code ArticleResource.get}): the one route this tier keeps. */
    @Override
    public boolean answers(java.lang.reflect.Method resourceMethod) {
        return resourceMethod.getDeclaringClass() == ArticleResource.class && resourceMethod.getName().equals("get");
    }

    /**
     * The stored page, asked by the response cache before the route (on a worker thread): one
     * statement in a short transaction of its own; empty when there is none or it is out of date, or
     * the article is not public, and the route then answers.
     */
    @Override
    public Optional<RenderedAnswer> find(java.util.Map<String, String> pathParameters) {
        String slug = pathParameters.get("slug");
        if (slug == null || !config.pages().enabled()) {
            return Optional.empty();
        }
        Instant now = Now.of(clock);
        try {
            Optional<Object[]> found = QuarkusTransaction.requiringNew().call(() -> lookup(slug, now));
            if (found.isEmpty() || found.get()[1] == null) {
                return Optional.empty();
            }
            Object[] row = found.get();
            byte[] gzipped = (byte[]) row[2];
            if (instant(row[3]).plus(config.pages().maxAge()).isBefore(now)) {
                refreshLater(slug);
            }
            return Optional.of(RenderedAnswer.ofGzipped(gzipped, (String) row[1]));
        } catch (RuntimeException e) {
            LOG.debugf("Stored page of %s not read (%s): the route answers", slug, e.getMessage());
            return Optional.empty();
        }
    }

    /**
     * {@link #find}'s read on the event loop ({@link ReactiveReads}): the long tail's pages without a
     * worker thread or a transaction; null when that way is not available now (then {@link #find}).
     */
    @Override
    public io.vertx.core.Future<Optional<RenderedAnswer>> findOnEventLoop(java.util.Map<String, String> pathParameters) {
        String slug = pathParameters.get("slug");
        if (slug == null || !config.pages().enabled() || !reactive.available()) {
            return null;
        }
        Instant now = Now.of(clock);
        return reactive.query(LOOKUP_ON_EVENT_LOOP, io.vertx.sqlclient.Tuple.of(slug, RENDERER, OffsetDateTime.ofInstant(now, ZoneOffset.UTC)))
                .map(rows -> {
                    java.util.Iterator<io.vertx.sqlclient.Row> found = rows.iterator();
                    if (!found.hasNext()) {
                        return Optional.<RenderedAnswer> empty();
                    }
                    io.vertx.sqlclient.Row row = found.next();
                    String etag = row.getString("etag");
                    if (etag == null) {
                        return Optional.<RenderedAnswer> empty();
                    }
                    byte[] gzipped = row.getBuffer("body_gzip").getBytes();
                    if (row.getOffsetDateTime("rendered_at").toInstant().plus(config.pages().maxAge()).isBefore(now)) {
                        refreshLater(slug);
                    }
                    return Optional.of(RenderedAnswer.ofGzipped(gzipped, etag));
                })
                .otherwise(e -> {
                    LOG.debugf("Stored page of %s not read on the event loop (%s): the route answers", slug, e.getMessage());
                    return Optional.empty();
                });
    }

    /** The article's page as it would be rendered now, from its entity (also for previews). */
    ArticleDetail detail(Article article, Instant now) {
        articles.loadTags(List.of(article.id));
        return ArticleMapper.detail(article, summaries.byIds(relatedIds(article, now)), covers.view(article.coverImage),
                covers.body(article.body));
    }

    /** "À lire aussi": the editor's choice, else the newest articles sharing the section or a tag. */
    List<Long> relatedIds(Article article, Instant now) {
        List<Long> chosen = articles.chosenRelatedIds(article.id, now);
        return chosen.isEmpty() ? articles.automaticRelatedIds(article, config.relatedCount(), now) : chosen;
    }

    /** A change of a section, tag or author: every stored page may show its name, none is used again. */
    @Transactional(Transactional.TxType.MANDATORY)
    void taxonomyChanged() {
        em.createNativeQuery("update article_page_epoch set epoch = epoch + 1")
                .unwrap(org.hibernate.query.NativeQuery.class).addSynchronizedQuerySpace("").executeUpdate();
    }

    /** Renders and stores up to {@code limit} missing or outdated pages, newest articles first; how many. */
    int renderMissing(int limit) {
        return renderMissing(limit, 1, 0);
    }

    /** {@link #renderMissing(int)} for the articles whose id modulo {@code of} is {@code part}. */
    int renderMissing(int limit, int of, int part) {
        Instant now = Now.of(clock);
        @SuppressWarnings("unchecked")
        List<String> slugs = QuarkusTransaction.requiringNew().call(() -> em.createNativeQuery(MISSING)
                .setParameter(1, OffsetDateTime.ofInstant(now, ZoneOffset.UTC)).setParameter(2, RENDERER)
                .setParameter(3, limit).setParameter(4, of).setParameter(5, part).getResultList());
        for (String slug : slugs) {
            if (stopping) {
                break;
            }
            QuarkusTransaction.requiringNew().run(() -> lookup(slug, now)
                    .ifPresent(row -> render(slug, now, ((Number) row[4]).longValue())));
        }
        return slugs.size();
    }

    void stop(@Observes ShutdownEvent event) {
        stopping = true;
        refresher.shutdownNow();
    }

    /**
     * Renders this page again in the background, at most {@code kiosque.articles.pages.refresh-per-second}
     * pages a second on this instance (a long tail of old pages must not take a core): pages wait
     * in a bounded queue, and one read later asks again for those that found it full.
     */
    private void refreshLater(String slug) {
        if (refresher.getQueue().remainingCapacity() == 0 || !refreshing.add(slug)) {
            return;
        }
        long pause = 1000L / Math.max(1, config.pages().refreshPerSecond());
        refresher.execute(() -> {
            try {
                if (!stopping) {
                    Instant now = Now.of(clock);
                    QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery(
                            "select e.epoch from article_page_epoch e").getResultStream().findFirst()
                            .ifPresent(epoch -> render(slug, now, ((Number) epoch).longValue())));
                    Thread.sleep(pause);
                }
            } catch (RuntimeException e) {
                LOG.debugf("Article page %s not rendered again: %s", slug, e.getMessage());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } finally {
                refreshing.remove(slug);
            }
        });
    }

    private Optional<Object[]> lookup(String slug, Instant now) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery(LOOKUP)
                .setParameter(1, slug).setParameter(2, RENDERER)
                .setParameter(3, OffsetDateTime.ofInstant(now, ZoneOffset.UTC))
                .unwrap(org.hibernate.query.NativeQuery.class).addSynchronizedQuerySpace("")
                .getResultList();
        return rows.stream().findFirst();
    }

    private record Rendered(byte[] json, byte[] gzipped, String etag) {
    }

    /**
     * Renders the page from the database as it stands (the entity read first, so its version is
     * that of what is rendered) and, with an epoch read before, stores it.
     */
    private Rendered render(String slug, Instant now, long epoch) {
        Article article = articles.findVisibleBySlug(slug, now).orElseThrow(() -> missing(slug, now));
        List<ArticleSummaries.Versioned> cards = summaries.versionedByIds(relatedIds(article, now));
        articles.loadTags(List.of(article.id));
        ArticleDetail detail = ArticleMapper.detail(article, cards.stream().map(ArticleSummaries.Versioned::summary).toList(),
                covers.view(article.coverImage), covers.body(article.body));
        // the cards shown, with the versions they were read at: a later change of one of them makes the stored page unusable
        List<Long> related = cards.stream().map(ArticleSummaries.Versioned::id).toList();
        List<Long> versions = cards.stream().map(ArticleSummaries.Versioned::version).toList();
        byte[] json;
        try {
            json = mapper.writeValueAsBytes(detail);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Article " + article.id + " could not be written as JSON", e);
        }
        byte[] gzipped = gzip(json);
        String etag = HttpCaching.etag(json);
        if (epoch >= 0) {
            em.createNativeQuery(STORE)
                    .setParameter(1, article.id).setParameter(2, RENDERER).setParameter(3, epoch)
                    .setParameter(4, article.version).setParameter(5, article.commentCount)
                    .setParameter(6, array(related)).setParameter(7, array(versions))
                    .setParameter(8, etag).setParameter(9, gzipped)
                    .setParameter(10, OffsetDateTime.ofInstant(now, ZoneOffset.UTC))
                    .unwrap(org.hibernate.query.NativeQuery.class).addSynchronizedQuerySpace("")
                    .executeUpdate();
        }
        return new Rendered(json, gzipped, etag);
    }

    private static RenderedAnswer rendered(byte[] json) {
        return answer(json, gzip(json), HttpCaching.etag(json));
    }

    /** Stored gzipped whatever its size; answered gzipped where that is worth it, as every other answer. */
    private static RenderedAnswer answer(byte[] json, byte[] gzipped, String etag) {
        return new RenderedAnswer(json, HttpCaching.worthKeeping(json.length, gzipped.length) ? gzipped : null, etag);
    }

    /** No public article has this slug: a 301 when it is the former slug of one ({@link ArticleFormerSlugs}), else a 404. */
    private RuntimeException missing(String slug, Instant now) {
        return formerSlugs.currentSlug(slug, now).<RuntimeException> map(ArticleMovedException::new)
                .orElseGet(() -> ProblemException.notFound("Aucun article publié ne porte le slug « " + slug + " »."));
    }

    private static String array(List<Long> ids) {
        return ids.stream().map(String::valueOf).collect(java.util.stream.Collectors.joining(",", "{", "}"));
    }

    static byte[] gzip(byte[] bytes) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(bytes.length / 3 + 64);
        try (GZIPOutputStream gzip = new GZIPOutputStream(out, 8192)) {
            gzip.write(bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
