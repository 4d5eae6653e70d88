package fr.kiosque.common.error;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.jboss.logging.Logger;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

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

    RouterProblems(ObjectMapper mapper) {
        this.mapper = mapper;
    }

    void install(@Observes Router router) {
        router.route().order(Integer.MIN_VALUE).failureHandler(this::failure);
        router.route().last().handler(ctx -> write(ctx, 404));
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
