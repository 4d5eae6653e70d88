package fr.kiosque.ghost;

import java.util.List;
import java.util.Map;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import fr.kiosque.ghost.api.GhostDocs;
import io.vertx.ext.web.RoutingContext;

/** Ghost Content API errors in Ghost's shape, with the CORS and rate-limit headers of the answer. */
class GhostErrors {

    @ServerExceptionMapper
    Response ghost(GhostException e, RoutingContext ctx) {
        Response.ResponseBuilder answer = Response.status(e.status())
                .type(MediaType.APPLICATION_JSON_TYPE)
                .entity(new GhostDocs.Errors(List.of(new GhostDocs.Error(e.getMessage(), e.type()))));
        GhostAnswers.common(ctx).forEach(answer::header);
        for (Map.Entry<String, String> header : e.headers().entrySet()) {
            answer.header(header.getKey(), header.getValue());
        }
        return answer.build();
    }
}
