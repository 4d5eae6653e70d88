package fr.kiosque.common.http.cache;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.spi.Bean;
import jakarta.enterprise.inject.spi.BeanManager;
import jakarta.inject.Inject;
import jakarta.ws.rs.Path;

import fr.kiosque.common.http.Bulkhead;
import fr.kiosque.common.http.Bulkheaded;
import fr.kiosque.common.http.Bulkheads;
import io.quarkus.vertx.http.runtime.RouteConstants;
import io.vertx.core.Context;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;

/**
 * Answers public GETs from the {@link ResponseCache} on the event loop, before JAX-RS: no
 * worker thread, no database, no serialization. A client that accepts gzip gets the bytes
 * compressed once when the answer was stored (with its own ETag, and {@code Vary}). It runs after
 * Quarkus's own handlers (CORS, configured headers), so cached answers carry the same headers as
 * computed ones.
 * <p>
 * The key is the request's canonical form ({@link PublicRoutes}): only the parameters the route
 * declares. A miss goes on to the resource, whose answer {@link PublicCacheFilter} stores; misses
 * of a key that is already being computed wait for that one computation (single flight) and are
 * then answered from the cache.
 */
@ApplicationScoped
class CacheHandler {

    private static final org.jboss.logging.Logger LOG = org.jboss.logging.Logger.getLogger(CacheHandler.class);

    /** The canonical path and query of a cacheable request, for the filters behind. */
    static final String CANONICAL = CacheHandler.class.getName() + ".canonical";
    /** The route of a cacheable request. */
    static final String ROUTE = CacheHandler.class.getName() + ".route";

    /** Quarkus's own endpoints (health, metrics, OpenAPI): never stored, not worth a lookup. */
    private static final String QUARKUS = "/q/";

    @Inject ResponseCache cache;
    @Inject CacheConfig config;
    @Inject fr.kiosque.common.http.HttpConfig http;
    @Inject BeanManager beans;
    @Inject jakarta.enterprise.inject.Instance<StoredAnswers> tiers;
    @Inject Bulkheads bulkheads;
    @Inject com.fasterxml.jackson.databind.ObjectMapper mapper;
    private final Map<String, CompletableFuture<Void>> inFlight = new ConcurrentHashMap<>();
    private volatile PublicRoutes routes;

    /**
     * Anonymous requests are answered before Quarkus's authentication, right after CORS (a filter of
     * priority 300, order -300): an anonymous request has nothing to authenticate, and the
     * per-request work done there (RESTEasy builds a request mapper for the metrics' URI template
     * on every request) cost a tenth of a long-tail read. Requests with credentials are answered
     * where they always were, after authentication: an invalid token is refused as before.
     */
    static final int ANONYMOUS_ORDER = -250;
    private static final String SEEN = CacheHandler.class.getName() + ".seen";
    /** Where Quarkus's HTTP metrics read the route's template (RESTEasy sets it for the requests it sees). */
    private static final String URL_PATH_TEMPLATE = "UrlPathTemplate";

    void install(@Observes Router router) {
        router.route().order(ANONYMOUS_ORDER).handler(ctx -> {
            if (ctx.request().headers().contains("Authorization")) {
                ctx.next();
            } else {
                serve(ctx);
            }
        });
        router.route().order(RouteConstants.ROUTE_ORDER_BEFORE_DEFAULT).handler(ctx -> {
            if (ctx.get(SEEN) != null) {
                ctx.next();
            } else {
                serve(ctx);
            }
        });
    }

    /** Read once, at the first request (not at start): the resource classes' cacheable routes. */
    PublicRoutes routes() {
        PublicRoutes known = routes;
        if (known == null) {
            java.util.List<Class<?>> classes = new java.util.ArrayList<>();
            for (Bean<?> bean : beans.getBeans(Object.class, Any.Literal.INSTANCE)) {
                if (bean.getBeanClass().isAnnotationPresent(Path.class)) {
                    classes.add(bean.getBeanClass());
                }
            }
            known = routes = PublicRoutes.of(classes);
        }
        return known;
    }

    void serve(RoutingContext ctx) {
        ctx.put(SEEN, Boolean.TRUE);
        HttpServerRequest request = ctx.request();
        HttpMethod method = request.method();
        String path = ctx.normalizedPath();
        if ((method != HttpMethod.GET && method != HttpMethod.HEAD) || path == null || path.startsWith(QUARKUS)) {
            ctx.next();
            return;
        }
        // only answers of @PublicCache routes are ever stored, whatever their path (/api/v1/…, /feeds/…)
        PublicRoutes.Route route = routes().match(path);
        String canonical = route == null || route.cache() == null ? null : route.canonical(path, request.query());
        if (canonical == null) {
            ctx.next();
            return;
        }
        ctx.put(ROUTE, route);
        ctx.put(CANONICAL, canonical);
        if (request instanceof io.vertx.core.http.impl.HttpServerRequestInternal internal) {
            internal.context().putLocal(URL_PATH_TEMPLATE, route.template());
        }
        // a preview (?preview=…, where the route declares it) is never answered from the cache
        int question = canonical.indexOf('?');
        if (question >= 0 && CacheKeys.isPrivate(canonical.substring(question + 1))) {
            ctx.next();
            return;
        }
        StoredAnswers tier = question < 0 ? tier(route) : null;
        if (!cache.enabled()) {
            if (tier != null) {
                fromStore(ctx, route, tier, canonical, -1);
            } else {
                onward(ctx);
            }
            return;
        }
        if (answer(ctx, canonical)) {
            return;
        }
        CompletableFuture<Void> mine = new CompletableFuture<>();
        CompletableFuture<Void> running = inFlight.putIfAbsent(canonical, mine);
        if (running == null) {
            ctx.addEndHandler(ended -> {
                inFlight.remove(canonical, mine);
                mine.complete(null);
            });
            if (tier != null) {
                // a stored answer goes into the memory at its second request: the long tail (crawlers, old
                // links: each page once) would otherwise churn through it, pushing out what is asked again
                fromStore(ctx, route, tier, canonical, cache.seenBefore(canonical) ? cache.snapshot() : -1);
            } else {
                onward(ctx);
            }
            return;
        }
        // single flight: wait for the request computing this key, then answer from the cache
        Context context = Vertx.currentContext();
        AtomicBoolean resumed = new AtomicBoolean();
        Runnable resume = () -> {
            if (resumed.compareAndSet(false, true) && !ctx.response().closed()) {
                if (!answer(ctx, canonical)) {
                    onward(ctx);
                }
            }
        };
        long timer = ctx.vertx().setTimer(config.singleFlightWait().toMillis(), t -> resume.run());
        running.whenComplete((done, failure) -> context.runOnContext(v -> {
            ctx.vertx().cancelTimer(timer);
            resume.run();
        }));
    }

    private final Map<java.lang.reflect.Method, Optional<Bulkhead>> bulkheadOf = new ConcurrentHashMap<>();

    /**
     * On to the route, which is to compute the answer: for a {@link Bulkheaded} route, once it has a
     * place in its bulkhead (waiting on the event loop, without a thread), held until the answer is
     * written; past the bulkhead's queue, its 503 problem with {@code Retry-After}.
     */
    private void onward(RoutingContext ctx) {
        PublicRoutes.Route route = ctx.get(ROUTE);
        Bulkhead bulkhead = route == null ? null
                : bulkheadOf.computeIfAbsent(route.method(), method -> Optional.ofNullable(PublicRoutes.annotation(method, Bulkheaded.class))
                        .map(limit -> bulkheads.get(limit.value()))).orElse(null);
        if (bulkhead == null) {
            ctx.next();
            return;
        }
        bulkhead.enter(ctx.vertx(), permit -> {
            if (ctx.response().closed() || ctx.response().ended()) {
                permit.close(); // the client left while it waited
                return;
            }
            ctx.addEndHandler(ended -> permit.close());
            ctx.next();
        }, refusal -> refuse(ctx, refusal));
    }

    private void refuse(RoutingContext ctx, fr.kiosque.common.error.ProblemException refusal) {
        HttpServerResponse response = ctx.response();
        if (response.closed() || response.ended()) {
            return;
        }
        java.util.function.Consumer<fr.kiosque.common.error.ProblemException> own = ctx.get(Bulkhead.REFUSAL_WRITER);
        if (own != null) {
            own.accept(refusal);
            return;
        }
        byte[] body;
        try {
            body = mapper.writeValueAsBytes(refusal.type().problem(refusal.getMessage()).withInstance(ctx.normalizedPath()));
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
        response.setStatusCode(refusal.type().status()).putHeader("Content-Type", fr.kiosque.common.error.Problem.MEDIA_TYPE)
                .putHeader("Cache-Control", "private, no-store");
        refusal.headers().forEach(response::putHeader);
        response.end(Buffer.buffer(body));
    }

    private final Map<java.lang.reflect.Method, Optional<StoredAnswers>> tierOf = new ConcurrentHashMap<>();

    private StoredAnswers tier(PublicRoutes.Route route) {
        return tierOf.computeIfAbsent(route.method(), method -> tiers.stream().filter(t -> t.answers(method)).findFirst())
                .orElse(null);
    }

    /**
     * Asks the second tier on a worker thread; answers what it finds as the route would (its
     * headers, and into the memory under {@code snapshot} when it is not -1), else goes on to the route.
     */
    private void fromStore(RoutingContext ctx, PublicRoutes.Route route, StoredAnswers tier, String key, long snapshot) {
        Map<String, String> parameters = route.parameters(ctx.normalizedPath());
        String[] tags = PublicCacheFilter.tags(route.cache(), parameters);
        String cacheControl = "public, max-age=" + http.cache().maxAge();
        Map<String, String> headers = PublicCacheFilter.surrogateHeaders(tags, config.cdnMaxAge());
        String contentType = "application/json;charset=UTF-8";
        // read on the event loop when the tier can, and an answer to keep stored there too when that needs no
        // read of the database (when visibility next changes by time alone is known): else both on a worker.
        // (A store handed to a worker from the event-loop read left Agroal counting a connection as lent after
        // an outage: DatabaseOutageTest.)
        io.vertx.core.Future<Optional<RenderedAnswer>> nonBlocking = snapshot < 0 || cache.storesWithoutReading(tags, snapshot)
                ? tier.findOnEventLoop(parameters) : null;
        if (nonBlocking != null) {
            Context context = Vertx.currentContext();
            // back on the request's context (the client's callbacks run on its connection's)
            nonBlocking.onComplete(found -> {
                if (context == null || Vertx.currentContext() == context) {
                    keepAndAnswer(ctx, found, key, contentType, cacheControl, headers, tags, snapshot);
                } else {
                    context.runOnContext(v -> keepAndAnswer(ctx, found, key, contentType, cacheControl, headers, tags, snapshot));
                }
            });
            return;
        }
        ctx.vertx().<Optional<RenderedAnswer>> executeBlocking(() -> {
            Optional<RenderedAnswer> found = tier.find(parameters);
            if (found.isPresent() && snapshot >= 0) {
                RenderedAnswer stored = found.get();
                cache.store(key, 200, stored.body(), stored.gzipped(), contentType, stored.etag(), cacheControl, headers, tags,
                        snapshot, null);
            }
            return found;
        }, false).onComplete(found -> answerStored(ctx, found, key, contentType, cacheControl, headers, tags, snapshot));
    }

    private void keepAndAnswer(RoutingContext ctx, io.vertx.core.AsyncResult<Optional<RenderedAnswer>> found, String key,
            String contentType, String cacheControl, Map<String, String> headers, String[] tags, long snapshot) {
        if (snapshot >= 0 && found.succeeded() && found.result().isPresent()) {
            keep(ctx, key, found.result().get(), contentType, cacheControl, headers, tags, snapshot);
        }
        answerStored(ctx, found, key, contentType, cacheControl, headers, tags, snapshot);
    }

    private void keep(RoutingContext ctx, String key, RenderedAnswer stored, String contentType, String cacheControl,
            Map<String, String> headers, String[] tags, long snapshot) {
        // false only if an invalidation came in between: then it is not kept, as a store under an old snapshot is not
        cache.storeWithoutReading(key, 200, stored.body(), stored.gzipped(), contentType, stored.etag(), cacheControl, headers,
                tags, snapshot);
    }

    private void answerStored(RoutingContext ctx, io.vertx.core.AsyncResult<Optional<RenderedAnswer>> found, String key,
            String contentType, String cacheControl, Map<String, String> headers, String[] tags, long snapshot) {
        if (ctx.response().closed()) {
            return;
        }
        if (found.failed()) {
            LOG.warnf(found.cause(), "The second tier could not answer %s: the route does", key);
        }
        if (found.failed() || found.result().isEmpty() || !HttpCaching.acceptable(ctx.request().getHeader("Accept"), contentType)) {
            onward(ctx);
            return;
        }
        RenderedAnswer stored = found.result().get();
        // a client that takes gzip gets the stored bytes as they are: nothing is inflated for it
        boolean gzip = stored.gzipped() != null && HttpCaching.acceptsGzip(ctx.request().getHeader("Accept-Encoding"));
        write(ctx, new CachedAnswer(200, gzip ? null : Buffer.buffer(stored.body()),
                stored.gzipped() == null ? null : Buffer.buffer(stored.gzipped()), contentType, stored.etag(), cacheControl,
                headers, tags, snapshot, java.time.Instant.now(), java.time.Instant.MAX), "STORED");
    }

    /** Answers from the cache if it holds a current answer the client accepts. */
    private boolean answer(RoutingContext ctx, String key) {
        HttpServerRequest request = ctx.request();
        Optional<CachedAnswer> found = cache.lookup(key);
        if (found.isEmpty() || !HttpCaching.acceptable(request.getHeader("Accept"), found.get().contentType())) {
            return false;
        }
        write(ctx, found.get(), "HIT");
        return true;
    }

    private static void write(RoutingContext ctx, CachedAnswer answer, String source) {
        HttpServerRequest request = ctx.request();
        boolean gzip = answer.gzipBody() != null && HttpCaching.acceptsGzip(request.getHeader("Accept-Encoding"));
        String etag = gzip ? answer.gzipEtag() : answer.etag();
        Buffer body = gzip ? answer.gzipBody() : answer.body();
        HttpServerResponse response = ctx.response();
        response.setStatusCode(answer.status());
        if (etag != null) {
            response.putHeader("ETag", etag);
        }
        response.putHeader("Cache-Control", answer.cacheControl());
        response.putHeader("Vary", HttpCaching.VARY);
        response.putHeader("X-Kiosque-Cache", source);
        for (Map.Entry<String, String> header : answer.headers().entrySet()) {
            response.putHeader(header.getKey(), header.getValue());
        }
        // the client's copy is current whichever encoding it has: 304, naming the tag it sent
        String ifNoneMatch = request.getHeader("If-None-Match");
        if (ifNoneMatch != null && answer.status() == 200) {
            String held = ifNoneMatch.equals(etag) || HttpCaching.noneMatchHits(ifNoneMatch, answer.etag()) ? answer.etag()
                    : answer.gzipBody() != null && HttpCaching.noneMatchHits(ifNoneMatch, answer.gzipEtag()) ? answer.gzipEtag()
                    : null;
            if (held != null) {
                response.putHeader("ETag", ifNoneMatch.equals(etag) ? etag : held);
                response.setStatusCode(304).end();
                return;
            }
        }
        if (answer.status() == 200 && HttpCaching.notModifiedSince(ifNoneMatch, request.getHeader("If-Modified-Since"),
                answer.headers().get("Last-Modified"))) {
            response.setStatusCode(304).end();
            return;
        }
        response.putHeader("Content-Type", answer.contentType());
        if (gzip) {
            response.putHeader("Content-Encoding", "gzip");
        }
        if (request.method() == HttpMethod.HEAD) {
            response.putHeader("Content-Length", String.valueOf(body.length())).end();
        } else {
            response.end(body); // written from the direct buffer as it is, without a copy (CachedAnswer)
        }
    }
}
