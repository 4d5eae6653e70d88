package fr.kiosque.common.http.cache;

import java.lang.reflect.Method;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;

import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import fr.kiosque.common.http.HttpConfig;
import io.vertx.ext.web.RoutingContext;

/**
 * HTTP caching of JAX-RS answers, opted into per method with {@link PublicCache}.
 * <ul>
 * <li>{@code @PublicCache} GETs answered 200: the answer is rendered to bytes once, in its own
 * media type (JSON through Jackson, or the text/bytes an RSS or XML route returns), its hash is
 * the strong {@code ETag}, a matching {@code If-None-Match} becomes a bodiless 304,
 * {@code Cache-Control: public, max-age=…} is set, and the rendered answer goes into the
 * {@link ResponseCache}, from which {@link CacheHandler} answers the next requests.</li>
 * <li>Everything else (staff routes, writes, errors, routes that did not opt in, requests with a
 * private parameter such as {@code ?preview=}, and answers that set their own {@code Cache-Control}): {@code Cache-Control: private, no-store} unless
 * the answer set its own.</li>
 * </ul>
 */
class PublicCacheFilter {

    private static final String SNAPSHOT = PublicCacheFilter.class.getName() + ".snapshot";

    private final ObjectMapper mapper;
    private final HttpConfig config;
    private final ResponseCache cache;
    private final java.time.Clock clock;
    private final CacheConfig cacheConfig;

    PublicCacheFilter(ObjectMapper mapper, HttpConfig config, ResponseCache cache, java.time.Clock clock,
            CacheConfig cacheConfig) {
        this.mapper = mapper;
        this.config = config;
        this.cache = cache;
        this.clock = clock;
        this.cacheConfig = cacheConfig;
    }

    /**
     * Before routing: a cacheable request goes on in its canonical form ({@link PublicRoutes}), so
     * that the resource, its {@code Link} headers and the cache key see only the declared parameters.
     */
    @ServerRequestFilter(preMatching = true)
    void canonical(ContainerRequestContext request, RoutingContext routing) {
        String canonical = routing.get(CacheHandler.CANONICAL);
        if (canonical == null) {
            return;
        }
        URI uri = request.getUriInfo().getRequestUri();
        String sent = uri.getRawPath() + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery());
        if (!sent.equals(canonical)) {
            URI base = request.getUriInfo().getBaseUri();
            request.setRequestUri(base, base.resolve(canonical));
        }
    }

    /** Notes the sequence before the resource reads the database. */
    @ServerRequestFilter
    void before(ContainerRequestContext request, ResourceInfo resource) {
        PublicCache cached = annotation(resource);
        if (cached != null && isRead(request) && !isPrivate(request)) {
            request.setProperty(SNAPSHOT, cache.snapshot());
        }
    }

    @ServerResponseFilter
    void after(ContainerRequestContext request, ContainerResponseContext response, ResourceInfo resource,
            RoutingContext routing) throws JsonProcessingException {
        PublicCache cached = annotation(resource);
        if (cached != null && isRead(request) && response.getStatus() == 503 && serveStale(request, response, routing)) {
            return;
        }
        if (response.getEntity() instanceof StreamedAnswer streamed) {
            streamed(request, response, cached, streamed, routing);
            return;
        }
        boolean ownCacheControl = response.getHeaders().containsKey(HttpHeaders.CACHE_CONTROL);
        if (cached != null && isRead(request) && (response.getStatus() == 404 || response.getStatus() == 301) && response.hasEntity()
                && !ownCacheControl && !isPrivate(request)) {
            notHere(request, response, cached, routing);
            return;
        }
        if (cached == null || !isRead(request) || response.getStatus() != 200 || !response.hasEntity() || ownCacheControl
                || isPrivate(request)) {
            if (!ownCacheControl) {
                response.getHeaders().putSingle(HttpHeaders.CACHE_CONTROL, "private, no-store");
            }
            return;
        }
        MediaType mediaType = response.getMediaType() != null ? response.getMediaType() : MediaType.APPLICATION_JSON_TYPE;
        RenderedAnswer rendered = response.getEntity() instanceof RenderedAnswer r ? r : null;
        byte[] body = rendered != null ? rendered.body() : render(response.getEntity());
        String etag = rendered != null ? rendered.etag() : HttpCaching.etag(body);
        String cacheControl = "public, max-age=" + config.cache().maxAge();
        String[] tags = tags(cached, request);
        response.getHeaders().putSingle(HttpHeaders.ETAG, etag);
        response.getHeaders().putSingle(HttpHeaders.CACHE_CONTROL, cacheControl);
        response.getHeaders().putSingle(HttpHeaders.VARY, HttpCaching.VARY);
        response.getHeaders().putSingle("X-Kiosque-Cache", "MISS");
        Map<String, String> surrogate = surrogateHeaders(tags);
        surrogate.forEach(response.getHeaders()::putSingle);

        Long snapshot = (Long) request.getProperty(SNAPSHOT);
        // gzipped once, for the cache and for this client if it takes gzip: a CDN's miss gets the small copy too
        boolean clientTakesGzip = HttpCaching.acceptsGzip(request.getHeaderString(HttpHeaders.ACCEPT_ENCODING));
        byte[] gzipped = rendered != null ? rendered.gzipped()
                : snapshot != null || clientTakesGzip ? HttpCaching.gzip(body, mediaType.toString()) : null;
        String key = routing == null ? null : routing.get(CacheHandler.CANONICAL);
        if (snapshot != null && key != null) {
            Map<String, String> headers = new LinkedHashMap<>(surrogate);
            for (String name : new String[] { "Link", HttpHeaders.LAST_MODIFIED }) {
                String value = response.getHeaderString(name);
                if (value != null) {
                    headers.put(name, value);
                }
            }
            cache.store(key, 200, body, gzipped, mediaType.toString(), etag, cacheControl, headers, tags, snapshot, null);
        }

        String ifNoneMatch = request.getHeaderString(HttpHeaders.IF_NONE_MATCH);
        boolean gzipVariantMatches = HttpCaching.noneMatchHits(ifNoneMatch, HttpCaching.gzipEtag(etag));
        boolean notModified = HttpCaching.notModifiedSince(ifNoneMatch,
                request.getHeaderString(HttpHeaders.IF_MODIFIED_SINCE), response.getHeaderString(HttpHeaders.LAST_MODIFIED));
        if (HttpCaching.noneMatchHits(ifNoneMatch, etag) || gzipVariantMatches || notModified) {
            if (gzipVariantMatches) {
                response.getHeaders().putSingle(HttpHeaders.ETAG, HttpCaching.gzipEtag(etag));
            }
            response.setStatus(304);
            response.setEntity(null);
        } else if (clientTakesGzip && gzipped != null) {
            response.getHeaders().putSingle(HttpHeaders.ETAG, HttpCaching.gzipEtag(etag));
            response.getHeaders().putSingle(HttpHeaders.CONTENT_ENCODING, "gzip");
            response.setEntity(gzipped, null, mediaType);
        } else {
            response.setEntity(body, null, mediaType);
        }
    }

    /**
     * A {@link StreamedAnswer}: the headers of a public answer, the 304 from its precomputed ETag,
     * else its body written as it comes (gzipped on the way for a client that takes gzip, under the
     * gzip variant's ETag); never stored.
     */
    private void streamed(ContainerRequestContext request, ContainerResponseContext response, PublicCache cached,
            StreamedAnswer streamed, RoutingContext routing) {
        MediaType mediaType = response.getMediaType() != null ? response.getMediaType() : MediaType.APPLICATION_XML_TYPE;
        jakarta.ws.rs.core.MultivaluedMap<String, Object> headers = response.getHeaders();
        String etag = streamed.etag();
        headers.putSingle(HttpHeaders.ETAG, etag);
        headers.putSingle(HttpHeaders.CACHE_CONTROL, "public, max-age=" + config.cache().maxAge());
        headers.putSingle(HttpHeaders.VARY, HttpCaching.VARY);
        headers.putSingle("X-Kiosque-Cache", "MISS");
        if (cached != null) {
            surrogateHeaders(tags(cached, request)).forEach(headers::putSingle);
        }
        String lastModified = streamed.lastModified() == null ? null : fr.kiosque.common.http.HttpDate.format(streamed.lastModified());
        if (lastModified != null) {
            headers.putSingle(HttpHeaders.LAST_MODIFIED, lastModified);
        }
        String ifNoneMatch = request.getHeaderString(HttpHeaders.IF_NONE_MATCH);
        boolean gzipVariantMatches = HttpCaching.noneMatchHits(ifNoneMatch, HttpCaching.gzipEtag(etag));
        if (HttpCaching.noneMatchHits(ifNoneMatch, etag) || gzipVariantMatches
                || HttpCaching.notModifiedSince(ifNoneMatch, request.getHeaderString(HttpHeaders.IF_MODIFIED_SINCE), lastModified)) {
            if (gzipVariantMatches) {
                headers.putSingle(HttpHeaders.ETAG, HttpCaching.gzipEtag(etag));
            }
            response.setStatus(304);
            response.setEntity(null);
            return;
        }
        boolean gzip = HttpCaching.acceptsGzip(request.getHeaderString(HttpHeaders.ACCEPT_ENCODING));
        if (gzip) {
            headers.putSingle(HttpHeaders.ETAG, HttpCaching.gzipEtag(etag));
            headers.putSingle(HttpHeaders.CONTENT_ENCODING, "gzip");
        }
        jakarta.ws.rs.core.StreamingOutput body = out -> {
            if (gzip) {
                java.util.zip.GZIPOutputStream zipped = new java.util.zip.GZIPOutputStream(out, 8192);
                streamed.body().writeTo(zipped);
                zipped.finish();
            } else {
                streamed.body().writeTo(out);
            }
        };
        response.setEntity(body, null, mediaType);
    }

    /**
     * A public 404 (an unknown slug: what crawlers and old links ask most), or a 301 to where the
     * resource now is (an article's former slug, Location kept with it): kept briefly
     * ({@code kiosque.cache.not-found-ttl}), by browsers and CDNs too, with the same tags as the
     * answer it stands for, so that publishing the slug, or any change of the article, drops it
     * everywhere.
     */
    private void notHere(ContainerRequestContext request, ContainerResponseContext response, PublicCache cached,
            RoutingContext routing) throws JsonProcessingException {
        MediaType mediaType = response.getMediaType() != null ? response.getMediaType()
                : MediaType.valueOf("application/problem+json");
        byte[] body = render(response.getEntity());
        String[] tags = tags(cached, request);
        long seconds = cacheConfig.notFoundTtl().toSeconds();
        String cacheControl = "public, max-age=" + seconds;
        Map<String, String> headers = surrogateHeaders(tags, cacheConfig.notFoundTtl());
        String location = response.getHeaderString(HttpHeaders.LOCATION);
        if (location != null) {
            headers.put(HttpHeaders.LOCATION, location);
        }
        response.getHeaders().putSingle(HttpHeaders.CACHE_CONTROL, cacheControl);
        response.getHeaders().putSingle(HttpHeaders.VARY, HttpCaching.VARY);
        response.getHeaders().putSingle("X-Kiosque-Cache", "MISS");
        headers.forEach(response.getHeaders()::putSingle);
        Long snapshot = (Long) request.getProperty(SNAPSHOT);
        String key = routing == null ? null : routing.get(CacheHandler.CANONICAL);
        if (snapshot != null && key != null && seconds > 0) {
            cache.store(key, response.getStatus(), body, null, mediaType.toString(), null, cacheControl, headers, tags, snapshot,
                    cacheConfig.notFoundTtl());
        }
        response.setEntity(body, null, mediaType);
    }

    /** The answer's tags: its namespaces, and its items with the request's path parameters. */
    static String[] tags(PublicCache cached, ContainerRequestContext request) {
        if (cached.items().length == 0) {
            return cached.value();
        }
        jakarta.ws.rs.core.MultivaluedMap<String, String> parameters = request.getUriInfo().getPathParameters();
        Map<String, String> values = new LinkedHashMap<>();
        parameters.keySet().forEach(name -> values.put(name, parameters.getFirst(name)));
        return tags(cached, values);
    }

    static String[] tags(PublicCache cached, Map<String, String> pathParameters) {
        java.util.List<String> tags = new java.util.ArrayList<>(java.util.List.of(cached.value()));
        for (String item : cached.items()) {
            String resolved = item;
            for (Map.Entry<String, String> parameter : pathParameters.entrySet()) {
                // percent-encoded: a tag goes into headers (Surrogate-Key) and NOTIFY payloads, and a path
                // parameter may hold anything (a slug is left as it is)
                resolved = resolved.replace("{" + parameter.getKey() + "}",
                        java.net.URLEncoder.encode(parameter.getValue(), java.nio.charset.StandardCharsets.UTF_8));
            }
            tags.add(resolved);
        }
        return tags.toArray(String[]::new);
    }

    private Map<String, String> surrogateHeaders(String[] tags) {
        return surrogateHeaders(tags, cacheConfig.cdnMaxAge());
    }

    /**
     * What a CDN keys and keeps the answer by: {@code Surrogate-Key} (Fastly, Varnish xkey) and
     * {@code Cache-Tag} (Cloudflare) name its tags, which {@code cache.purge} webhook events name
     * when they change; {@code Surrogate-Control} and {@code CDN-Cache-Control} its CDN lifetime.
     */
    static Map<String, String> surrogateHeaders(String[] tags, java.time.Duration lifetime) {
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("Surrogate-Key", String.join(" ", tags));
        headers.put("Cache-Tag", String.join(",", tags));
        headers.put("Surrogate-Control", "max-age=" + lifetime.toSeconds());
        headers.put("CDN-Cache-Control", "max-age=" + lifetime.toSeconds());
        return headers;
    }

    /**
     * The database cannot be reached: the copy held since the answer stopped being fresh, if any,
     * instead of the 503 ({@code stale-if-error}). Marked {@code X-Kiosque-Cache: STALE}, with its
     * {@code Age}, and {@code max-age=0} so that nobody keeps it as fresh.
     */
    private boolean serveStale(ContainerRequestContext request, ContainerResponseContext response, RoutingContext routing) {
        String key = routing == null ? null : routing.get(CacheHandler.CANONICAL);
        java.util.Optional<CachedAnswer> copy = key == null ? java.util.Optional.empty() : cache.staleCopy(key);
        if (copy.isEmpty()) {
            return false;
        }
        CachedAnswer answer = copy.get();
        jakarta.ws.rs.core.MultivaluedMap<String, Object> headers = response.getHeaders();
        headers.remove("Retry-After");
        headers.putSingle(HttpHeaders.ETAG, answer.etag());
        headers.putSingle(HttpHeaders.CACHE_CONTROL, "public, max-age=0, stale-if-error=" + cache.staleIfErrorSeconds());
        headers.putSingle(HttpHeaders.VARY, HttpCaching.VARY);
        headers.putSingle("X-Kiosque-Cache", "STALE");
        headers.putSingle("Age", Math.max(0, java.time.Duration.between(answer.storedAt(), clockNow()).toSeconds()));
        answer.headers().forEach(headers::putSingle);
        response.setStatus(200);
        response.setEntity(answer.body().getBytes(), null, MediaType.valueOf(answer.contentType()));
        return true;
    }

    private java.time.Instant clockNow() {
        return clock.instant();
    }

    private byte[] render(Object entity) throws JsonProcessingException {
        if (entity instanceof RenderedAnswer rendered) {
            return rendered.body();
        }
        if (entity instanceof byte[] bytes) {
            return bytes;
        }
        if (entity instanceof String text) {
            return HttpCaching.utf8(text);
        }
        return mapper.writeValueAsBytes(entity);
    }

    /** A request with a private parameter (a preview): neither stored nor marked public. */
    private static boolean isPrivate(ContainerRequestContext request) {
        return CacheKeys.isPrivate(request.getUriInfo().getRequestUri().getRawQuery());
    }

    private static boolean isRead(ContainerRequestContext request) {
        return "GET".equals(request.getMethod()) || "HEAD".equals(request.getMethod());
    }

    private static PublicCache annotation(ResourceInfo resource) {
        Method method = resource == null ? null : resource.getResourceMethod();
        return method == null ? null : PublicRoutes.annotation(method, PublicCache.class);
    }
}
