package fr.kiosque.common.http;

import java.net.URI;

import jakarta.ws.rs.core.HttpHeaders;

import org.jboss.resteasy.reactive.RestResponse;

/** Staff answers that carry the resource's version as {@code ETag} (and {@code Location} on create). */
public final class StaffResponses {

    private StaffResponses() {
    }

    public static <T> RestResponse<T> created(String collectionPath, long id, long version, T body) {
        return RestResponse.ResponseBuilder.<T> created(URI.create(collectionPath + "/" + id))
                .entity(body)
                .header(HttpHeaders.ETAG, Preconditions.etag(version))
                .build();
    }

    public static <T> RestResponse<T> ok(long version, T body) {
        return RestResponse.ResponseBuilder.ok(body).header(HttpHeaders.ETAG, Preconditions.etag(version)).build();
    }
}
