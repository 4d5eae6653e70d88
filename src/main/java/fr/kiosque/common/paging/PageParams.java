package fr.kiosque.common.paging;

import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.UriInfo;

import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.jboss.resteasy.reactive.RestResponse;

/**
 * The {@code page} and {@code size} query parameters every list takes, as one {@code @BeanParam}:
 * {@code list(@BeanParam PageParams paging)}, then {@code paging.ok(service.list(paging.request()))}.
 */
public class PageParams {

    @QueryParam("page") @Parameter(description = "Numéro de page, à partir de 1", example = "1")
    String page;

    @QueryParam("size") @Parameter(description = "Taille de page, 1 à " + PageRequest.MAX_SIZE + " (" + PageRequest.DEFAULT_SIZE + " par défaut)", example = "20")
    String size;

    @Context UriInfo uriInfo;

    /** The page asked for; 400 when page or size is not a number in range. */
    public PageRequest request() {
        return PageRequest.of(page, size);
    }

    /** 200 with the page and its Link header. */
    public <T> RestResponse<Page<T>> ok(Page<T> result) {
        return PageLinks.ok(result, uriInfo);
    }
}
