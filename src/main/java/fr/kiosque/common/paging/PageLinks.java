package fr.kiosque.common.paging;

import java.util.ArrayList;
import java.util.List;

import jakarta.ws.rs.core.UriBuilder;
import jakarta.ws.rs.core.UriInfo;

import org.jboss.resteasy.reactive.RestResponse;

/** The RFC 8288 {@code Link} header of a page: first, prev, next, last. */
public final class PageLinks {

    private PageLinks() {
    }

    /** 200 with the page and its Link header. */
    public static <T> RestResponse<Page<T>> ok(Page<T> page, UriInfo uriInfo) {
        return RestResponse.ResponseBuilder.ok(page).header("Link", header(uriInfo, page.page())).build();
    }

    public static String header(UriInfo uriInfo, Page.PageInfo page) {
        List<String> links = new ArrayList<>();
        int last = Math.max(page.totalPages(), 1);
        links.add(link(uriInfo, 1, page.size(), "first"));
        if (page.number() > 1) {
            links.add(link(uriInfo, Math.min(page.number() - 1, last), page.size(), "prev"));
        }
        if (page.number() < last) {
            links.add(link(uriInfo, page.number() + 1, page.size(), "next"));
        }
        links.add(link(uriInfo, last, page.size(), "last"));
        return String.join(", ", links);
    }

    private static String link(UriInfo uriInfo, int number, int size, String rel) {
        UriBuilder builder = uriInfo.getRequestUriBuilder()
                .replaceQueryParam("page", number)
                .replaceQueryParam("size", size);
        // relative to the host so that it is right behind a proxy too
        var uri = builder.build();
        String target = uri.getRawPath() + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery());
        return "<" + target + ">; rel=\"" + rel + "\"";
    }
}
