package fr.kiosque.common.http;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.HttpHeaders;

import org.jboss.resteasy.reactive.server.ServerResponseFilter;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * HTTP caching, in one place for every endpoint.
 * <ul>
 * <li>Public reads ({@code GET /api/v1/...} outside admin and auth, answered 200): the body is
 * serialized here once, its SHA-256 becomes a strong {@code ETag}, a matching
 * {@code If-None-Match} turns the answer into a bodiless 304, and {@code Cache-Control: public,
 * max-age=…} is set from {@code kiosque.http.cache.max-age}.</li>
 * <li>Everything else (staff, authentication, writes, errors): {@code private, no-store}.</li>
 * </ul>
 */
class CachingFilter {

    private final ObjectMapper mapper;
    private final HttpConfig config;

    CachingFilter(ObjectMapper mapper, HttpConfig config) {
        this.mapper = mapper;
        this.config = config;
    }

    @ServerResponseFilter
    void cache(ContainerRequestContext request, ContainerResponseContext response) throws JsonProcessingException {
        String path = request.getUriInfo().getPath();
        boolean read = "GET".equals(request.getMethod()) || "HEAD".equals(request.getMethod());
        boolean staff = isUnder(path, "/api/v1/admin") || isUnder(path, "/api/v1/auth");
        boolean publicApi = path.startsWith("/api/v1/") && !staff;

        if (read && publicApi && response.getStatus() == 200 && response.hasEntity()) {
            byte[] body = response.getEntity() instanceof byte[] bytes ? bytes : mapper.writeValueAsBytes(response.getEntity());
            EntityTag etag = new EntityTag(hash(body));
            response.getHeaders().putSingle(HttpHeaders.ETAG, etag);
            response.getHeaders().putSingle(HttpHeaders.CACHE_CONTROL, "public, max-age=" + config.cache().maxAge());
            if (matches(request.getHeaderString(HttpHeaders.IF_NONE_MATCH), etag)) {
                response.setStatus(304);
                response.setEntity(null);
            } else {
                response.setEntity(body, null, jakarta.ws.rs.core.MediaType.APPLICATION_JSON_TYPE);
            }
            return;
        }
        if (!(read && publicApi && response.getStatus() == 304)) {
            response.getHeaders().putSingle(HttpHeaders.CACHE_CONTROL, "private, no-store");
        }
        if (staff) {
            response.getHeaders().add("Vary", "Authorization");
        }
    }

    /** {@code /api/v1/auth} and {@code /api/v1/auth/token}, but not {@code /api/v1/authors}. */
    static boolean isUnder(String path, String prefix) {
        return path.equals(prefix) || path.startsWith(prefix + "/");
    }

    static boolean matches(String ifNoneMatch, EntityTag etag) {
        if (ifNoneMatch == null) {
            return false;
        }
        String value = "\"" + etag.getValue() + "\"";
        for (String candidate : ifNoneMatch.split(",")) {
            String tag = candidate.strip();
            if (tag.startsWith("W/")) {
                tag = tag.substring(2); // weak comparison, as RFC 9110 asks for If-None-Match
            }
            if (tag.equals("*") || tag.equals(value)) {
                return true;
            }
        }
        return false;
    }

    static String hash(byte[] body) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(body);
            return Base64.getUrlEncoder().withoutPadding().encodeToString(digest).substring(0, 32);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
