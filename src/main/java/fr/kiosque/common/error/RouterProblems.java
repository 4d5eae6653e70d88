package fr.kiosque.common.error;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Instance;

import org.jboss.logging.Logger;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import fr.kiosque.common.boot.Stopping;
import fr.kiosque.common.http.HttpConfig;
import fr.kiosque.common.http.InFlightLimit;
import fr.kiosque.common.http.RequestBodyLimit;
import io.netty.channel.socket.DuplexChannel;
import io.vertx.core.Future;
import io.vertx.core.http.HttpConnection;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.core.http.HttpVersion;
import io.quarkus.vertx.http.runtime.filters.QuarkusRequestWrapper;
import io.vertx.core.net.impl.ConnectionBase;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;

/**
 * Problem answers for what never reaches JAX-RS: unknown routes (404), requests refused before
 * anything reads them (a request target over {@code kiosque.http.limits.max-uri-length}: 414;
 * headers over {@code max-headers-size} or {@code max-header-count}: 431; a declared body over
 * the limit: 413; a request of a route whose requests in flight are capped ({@link InFlightLimit}) when it
 * is full: 503 with {@code Retry-After}; a browser request that Quarkus's CORS filter refuses: 403), and failures raised by the
 * HTTP layer itself. A request target holding a NUL ({@code %00}) is a 400: no text Kiosque stores
 * or looks up may hold one. While the application stops (SIGTERM, {@link Stopping}), every new
 * request is a 503 with {@code Retry-After}, and its connection is closed. Refusals that leave the
 * request unread end its connection within {@link #LINGER_MILLIS} ({@link #close}).
 */
@ApplicationScoped
class RouterProblems {

    private static final Logger LOG = Logger.getLogger(RouterProblems.class);
    /** How long a connection refused with {@code Connection: close} is still read (and discarded) after the answer. */
    static final long LINGER_MILLIS = 1_000;

    private final ObjectMapper mapper;
    private final long maxBodySize;
    private final List<RequestBodyLimit> routeLimits;
    private final List<InFlightLimit> inFlightLimits;
    private final int maxUriLength;
    private final long maxHeadersSize;
    private final int maxHeaderCount;
    private final QuarkusCorsCheck cors;
    private final Stopping stopping;
    private final String retryAfterUnavailable;

    /**
     * @param http {@code kiosque.http.max-body-size} is the limit of every route but those a
     *             {@link RequestBodyLimit} bean names (file uploads)
     */
    RouterProblems(ObjectMapper mapper, HttpConfig http, Instance<RequestBodyLimit> routeLimits, Instance<InFlightLimit> inFlightLimits,
            Stopping stopping) {
        this.mapper = mapper;
        this.maxBodySize = http.maxBodySize().asLongValue();
        this.routeLimits = routeLimits.stream().toList();
        this.inFlightLimits = inFlightLimits.stream().toList();
        this.maxUriLength = http.limits().maxUriLength();
        this.maxHeadersSize = http.limits().maxHeadersSize().asLongValue();
        this.maxHeaderCount = http.limits().maxHeaderCount();
        this.cors = QuarkusCorsCheck.ofRunningConfig();
        this.stopping = stopping;
        this.retryAfterUnavailable = String.valueOf(Math.max(1, http.unavailableRetryAfter().toSeconds()));
    }

    void install(@Observes Router router) {
        router.route().order(Integer.MIN_VALUE).handler(this::refuseEarly).failureHandler(this::failure);
        router.route().last().handler(ctx -> write(ctx, 404));
    }

    /** What can be refused from the request's head alone, before anything reads the body. */
    private void refuseEarly(RoutingContext ctx) {
        HttpServerRequest request = ctx.request();
        if (stopping.refusesNewRequests()) {
            // another instance can take it: the requests in flight finish, no new one starts
            ctx.response().putHeader("Retry-After", retryAfterUnavailable);
            close(ctx, 503);
            return;
        }
        if (request.uri() != null && request.uri().length() > maxUriLength) {
            close(ctx, 414);
            return;
        }
        if (request.uri() != null && request.uri().toLowerCase(Locale.ROOT).contains("%00")) {
            write(ctx, 400); // no text Kiosque stores or looks up may hold a NUL (PostgreSQL refuses it)
            return;
        }
        if (request.headers().size() > maxHeaderCount || headersSize(request) > maxHeadersSize) {
            close(ctx, 431);
            return;
        }
        if (cors.refuses(ctx)) {
            write(ctx, 403); // Quarkus's refusal, as a problem: its own answer has no body
            return;
        }
        String length = request.getHeader("Content-Length");
        if (length != null) {
            try {
                if (Long.parseLong(length.strip()) > limitOf(ctx)) {
                    close(ctx, 413); // the client may still be sending it
                    return;
                }
            } catch (NumberFormatException e) {
                close(ctx, 400);
                return;
            }
        }
        InFlightLimit inFlight = inFlightOf(ctx);
        if (inFlight != null) {
            InFlightLimit.Place place = inFlight.tryEnter();
            if (place == null) {
                ctx.response().putHeader("Retry-After", retryAfterUnavailable);
                close(ctx, 503); // the body is not read
                return;
            }
            giveBackWhenOver(ctx, place);
        }
        ctx.next();
    }

    private InFlightLimit inFlightOf(RoutingContext ctx) {
        for (InFlightLimit limit : inFlightLimits) {
            if (limit.appliesTo(ctx.request().method().name(), ctx.normalizedPath())) {
                return limit;
            }
        }
        return null;
    }

    /**
     * Gives the place back once the exchange is over: when the answer's head is written, and when
     * the exchange ends, fails or its connection closes (a client leaving mid-body writes no answer).
     * Not through {@code RoutingContext.addEndHandler}: it uses the response's single
     * {@code endHandler} slot, which Quarkus REST takes over, so the place would never come back.
     * Quarkus's request wrapper keeps a list of handlers run once at the end, close or failure.
     */
    private static void giveBackWhenOver(RoutingContext ctx, InFlightLimit.Place place) {
        ctx.addHeadersEndHandler(written -> place.close());
        try {
            QuarkusRequestWrapper.get(ctx.request()).addRequestDoneHandler(done -> place.close());
        } catch (RuntimeException e) {
            LOG.warnf("No Quarkus request wrapper on %s: a place is given back only with an answer", ctx.normalizedPath());
        }
    }

    private long limitOf(RoutingContext ctx) {
        for (RequestBodyLimit limit : routeLimits) {
            if (limit.appliesTo(ctx.request().method().name(), ctx.normalizedPath())) {
                return limit.maxBytes();
            }
        }
        return maxBodySize;
    }

    private static long headersSize(HttpServerRequest request) {
        long size = 0;
        for (Map.Entry<String, String> header : request.headers()) {
            size += header.getKey().length() + header.getValue().length() + 4;
        }
        return size;
    }

    private void failure(RoutingContext ctx) {
        int status = ctx.statusCode();
        if (status < 400) {
            status = 500;
        }
        if (status >= 500 && ctx.response().ended() && ctx.failure() instanceof IllegalStateException) {
            // a second answer attempted after the first was sent (a body refused over the HTTP limit, answered
            // 413 by Quarkus REST before the resource's own answer): the client has its answer
            LOG.debugf("Failure after the answer was sent on %s: %s", ctx.normalizedPath(), ctx.failure().getMessage());
            return;
        }
        if (status >= 500) {
            LOG.errorf(ctx.failure(), "Unhandled failure on %s", ctx.normalizedPath());
        }
        if (status == 413) {
            close(ctx, status); // the client may still be sending the body: not read
            return;
        }
        write(ctx, status);
    }

    /**
     * Answers at once with {@code Connection: close}, then ends the connection (RFC 9112, section
     * 9.6): once the answer is written the server's side is closed (half-close: the client reads
     * the answer and then the end of the stream), what the client still sends is read and
     * discarded, and the connection is closed when the request ends or {@link #LINGER_MILLIS}
     * after the answer, whichever comes first. Closing at once would reset the connection under a
     * client still sending, which might then never read the answer; waiting for the request to
     * end would leave it to a client that never stops (until {@code quarkus.http.idle-timeout}).
     * Over HTTP/2 (no {@code Connection} header there) the stream ends, and a request still being
     * sent is cancelled with {@code RST_STREAM NO_ERROR} (RFC 9113, section 8.1).
     */
    private void close(RoutingContext ctx, int status) {
        HttpServerRequest request = ctx.request();
        if (request.version() == HttpVersion.HTTP_2) {
            write(ctx, status).onComplete(written -> {
                if (!request.isEnded()) {
                    ctx.response().reset(0);
                }
            });
            return;
        }
        ctx.response().putHeader("Connection", "close");
        HttpConnection connection = request.connection();
        if (!request.isEnded()) {
            try {
                request.handler(discarded -> {
                }).endHandler(ended -> connection.close());
                request.resume();
            } catch (IllegalStateException e) {
                // ended meanwhile: nothing left to discard
            }
        }
        write(ctx, status).onComplete(written -> {
            halfClose(connection);
            ctx.vertx().setTimer(LINGER_MILLIS, id -> connection.close());
        });
    }

    /**
     * Closes the server's side of the connection (TCP FIN) while it still reads. Vert.x offers no
     * API for it: this reaches its Netty channel, and does nothing where that is not possible (the
     * connection is then closed at the end of the linger).
     */
    private static void halfClose(HttpConnection connection) {
        if (connection instanceof ConnectionBase base && base.channel() instanceof DuplexChannel channel && channel.isActive()
                && !channel.isOutputShutdown()) {
            channel.shutdownOutput();
        }
    }

    private Future<Void> write(RoutingContext ctx, int status) {
        HttpServerResponse response = ctx.response();
        if (response.ended() || response.headWritten()) {
            return Future.succeededFuture();
        }
        // an over-long target is not echoed back
        String path = ctx.normalizedPath();
        String instance = path != null && path.length() > 200 ? path.substring(0, 200) + "…" : path;
        try {
            byte[] body = mapper.writeValueAsBytes(HttpProblems.forStatus(status, instance));
            return response.setStatusCode(status)
                    .putHeader("Content-Type", Problem.MEDIA_TYPE)
                    .putHeader("Cache-Control", "private, no-store")
                    .end(io.vertx.core.buffer.Buffer.buffer(body));
        } catch (JsonProcessingException e) {
            return response.setStatusCode(status).end();
        }
    }
}
