package fr.kiosque.common.error;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Instance;

import org.jboss.logging.Logger;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import fr.kiosque.common.http.HttpConfig;
import fr.kiosque.common.http.RequestBodyLimit;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;

/**
 * Problem answers for what never reaches JAX-RS: unknown routes (404) and failures raised by the
 * HTTP layer itself (body too large, …).
 */
@ApplicationScoped
class RouterProblems {

    private static final Logger LOG = Logger.getLogger(RouterProblems.class);

    private final ObjectMapper mapper;
    private final long maxBodySize;
    private final List<RequestBodyLimit> routeLimits;

    /**
     * @param config {@code kiosque.http.max-body-size} is the limit of every route but those a
     *               {@link RequestBodyLimit} bean names (file uploads)
     */
    RouterProblems(ObjectMapper mapper, HttpConfig config, Instance<RequestBodyLimit> routeLimits) {
        this.mapper = mapper;
        this.maxBodySize = config.maxBodySize().asLongValue();
        this.routeLimits = routeLimits.stream().toList();
    }

    void install(@Observes Router router) {
        router.route().order(Integer.MIN_VALUE).handler(this::refuseOversizedBody).failureHandler(this::failure);
        router.route().last().handler(ctx -> write(ctx, 404));
    }

    /** A declared body over the limit gets a 413 problem before anything reads it. */
    private void refuseOversizedBody(RoutingContext ctx) {
        String length = ctx.request().getHeader("Content-Length");
        if (length != null) {
            try {
                if (Long.parseLong(length.strip()) > limitOf(ctx)) {
                    ctx.response().putHeader("Connection", "close"); // the client may still be sending it
                    write(ctx, 413);
                    return;
                }
            } catch (NumberFormatException e) {
                write(ctx, 400);
                return;
            }
        }
        ctx.next();
    }

    private long limitOf(RoutingContext ctx) {
        for (RequestBodyLimit limit : routeLimits) {
            if (limit.appliesTo(ctx.request().method().name(), ctx.normalizedPath())) {
                return limit.maxBytes();
            }
        }
        return maxBodySize;
    }

    private void failure(RoutingContext ctx) {
        int status = ctx.statusCode();
        if (status < 400) {
            status = 500;
        }
        if (status >= 500) {
            LOG.errorf(ctx.failure(), "Unhandled failure on %s", ctx.normalizedPath());
        }
        write(ctx, status);
    }

    private void write(RoutingContext ctx, int status) {
        HttpServerResponse response = ctx.response();
        if (response.ended() || response.headWritten()) {
            return;
        }
        try {
            byte[] body = mapper.writeValueAsBytes(HttpProblems.forStatus(status, ctx.normalizedPath()));
            response.setStatusCode(status)
                    .putHeader("Content-Type", Problem.MEDIA_TYPE)
                    .end(io.vertx.core.buffer.Buffer.buffer(body));
        } catch (JsonProcessingException e) {
            response.setStatusCode(status).end();
        }
    }
}
