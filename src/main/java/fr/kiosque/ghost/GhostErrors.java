package fr.kiosque.ghost;

import java.util.List;
import java.util.Map;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import fr.kiosque.ghost.api.GhostDocs;

/**
 * Content API errors in Ghost's shape; never stored by the response cache (their own
 * {@code Cache-Control}). {@link GhostRoutes} adds the CORS and rate-limit headers as they are written.
 */
class GhostErrors {

    @ServerExceptionMapper
    Response ghost(GhostException e) {
        Response.ResponseBuilder answer = Response.status(e.status())
                .type(MediaType.APPLICATION_JSON_TYPE)
                .header("Cache-Control", "private, no-store")
                .entity(body(e));
        for (Map.Entry<String, String> header : e.headers().entrySet()) {
            answer.header(header.getKey(), header.getValue());
        }
        return answer.build();
    }

    static GhostDocs.Errors body(GhostException e) {
        return new GhostDocs.Errors(List.of(new GhostDocs.Error(e.getMessage(), e.type())));
    }
}
