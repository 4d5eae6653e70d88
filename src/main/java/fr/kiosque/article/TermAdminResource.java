package fr.kiosque.article;

import java.util.function.ToLongFunction;


import org.jboss.resteasy.reactive.RestResponse;

import fr.kiosque.article.TaxonomyService.Kind;
import fr.kiosque.article.api.TaxonomyRequests.TermRequest;
import fr.kiosque.common.http.StaffResponses;
import fr.kiosque.common.paging.Page;
import fr.kiosque.common.paging.PageParams;

/**
 * What the staff routes of sections, tags and authors do, once. Each resource keeps its routes
 * and their OpenAPI annotations (their words differ per kind) and answers through these.
 */
abstract class TermAdminResource<Q extends TermRequest, A> {

    private final TaxonomyService service;
    private final Kind<?, Q, ?, A> kind;
    private final String path;
    private final ToLongFunction<A> id;
    private final ToLongFunction<A> version;

    TermAdminResource(TaxonomyService service, Kind<?, Q, ?, A> kind, String path, ToLongFunction<A> id,
            ToLongFunction<A> version) {
        this.service = service;
        this.kind = kind;
        this.path = path;
        this.id = id;
        this.version = version;
    }

    RestResponse<Page<A>> pageOf(PageParams paging) {
        return paging.ok(service.staffPage(kind, paging.request()));
    }

    /** One record; its ETag serves as If-Match. */
    RestResponse<A> one(long id) {
        return withVersion(service.staffOne(kind, id));
    }

    /** 201 with Location and ETag. */
    RestResponse<A> created(Q request) {
        A created = service.create(kind, request);
        return StaffResponses.created(path, id.applyAsLong(created), version.applyAsLong(created), created);
    }

    RestResponse<A> replaced(long id, String ifMatch, Q request) {
        return withVersion(service.replace(kind, id, ifMatch, request));
    }

    void deleted(long id, String ifMatch) {
        service.delete(kind, id, ifMatch);
    }

    private RestResponse<A> withVersion(A record) {
        return StaffResponses.ok(version.applyAsLong(record), record);
    }
}
