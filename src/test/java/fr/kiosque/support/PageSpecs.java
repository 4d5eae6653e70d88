package fr.kiosque.support;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;

import io.restassured.builder.ResponseSpecBuilder;
import io.restassured.specification.ResponseSpecification;

/** What every paged collection answers, checked the same way everywhere. */
public final class PageSpecs {

    private PageSpecs() {
    }

    /** {@code ?size=1} on a collection of two items or more: page 1 of several, with its Link header. */
    public static ResponseSpecification firstOfSeveralPagesOfOne() {
        return new ResponseSpecBuilder()
                .expectStatusCode(200)
                .expectHeader("Link", containsString("page=1&size=1>; rel=\"first\""))
                .expectHeader("Link", containsString("page=2&size=1>; rel=\"next\""))
                .expectHeader("Link", containsString("rel=\"last\""))
                .expectHeader("Link", not(containsString("rel=\"prev\"")))
                .expectBody("page.number", is(1))
                .expectBody("page.size", is(1))
                .expectBody("items", hasSize(1))
                .build();
    }
}
