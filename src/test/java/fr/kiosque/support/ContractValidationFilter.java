package fr.kiosque.support;

import java.net.URI;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import io.restassured.RestAssured;
import io.restassured.filter.Filter;
import io.restassured.filter.FilterContext;
import io.restassured.response.Response;
import io.restassured.specification.FilterableRequestSpecification;
import io.restassured.specification.FilterableResponseSpecification;

/**
 * Checks every answer the tests receive through REST Assured against the committed
 * {@code openapi.yaml} ({@link OpenApiContract}). A violation fails the request that got it, with
 * the operation, the status and the JSON pointer of each problem; it is also written to the
 * {@link ContractValidationRecord}, so that {@code ContractCoverageIT} fails the build should a
 * test have swallowed the error (a request made on another thread, say). The (operation, status)
 * pairs answered go to the same record, from which that check lists the documented ones no test
 * exercised.
 * <p>
 * Installed for every {@code @QuarkusTest} by {@link ContractValidationCallback}: no test has
 * anything to do, and a new endpoint is checked the day it lands. Only one kind of answer is left
 * out, because the API never sees its request: the CORS layer's refusal of a foreign
 * {@code Origin} (403 problem, no {@code Access-Control-Allow-Origin}), which any operation may answer.
 */
public final class ContractValidationFilter implements Filter {

    /** The pairs of this class loader already written to the record. */
    private static final Set<String> EXERCISED = ConcurrentHashMap.newKeySet();

    /** Adds the filter to REST Assured's global filters, once. */
    public static void install() {
        synchronized (ContractValidationFilter.class) {
            if (RestAssured.filters().stream().noneMatch(ContractValidationFilter.class::isInstance)) {
                RestAssured.filters(new ContractValidationFilter());
            }
        }
    }

    @Override
    public Response filter(FilterableRequestSpecification request, FilterableResponseSpecification responseSpec,
            FilterContext context) {
        Response response = context.next(request, responseSpec);
        if (corsRefusal(request, response)) {
            return response;
        }
        String method = request.getMethod();
        String path = URI.create(request.getURI()).getPath();
        OpenApiContract.Verdict verdict = OpenApiContract.committed()
                .check(method, path, response.statusCode(), response.contentType(), response.asString());
        if (verdict.operation() != null && verdict.violations().isEmpty() && EXERCISED.add(verdict.pair())) {
            ContractValidationRecord.exercised(verdict.pair());
        }
        if (!verdict.violations().isEmpty()) {
            String message = "The answer breaks openapi.yaml: " + method + " " + path
                    + (verdict.operation() != null ? " (operation " + verdict.operation() + ")" : " (undocumented route)")
                    + " answered " + response.statusCode() + " " + response.contentType()
                    + "\n  - " + String.join("\n  - ", verdict.violations())
                    + "\n  body: " + abbreviate(response.asString());
            ContractValidationRecord.violation(message);
            throw new AssertionError(message);
        }
        return response;
    }

    private static boolean corsRefusal(FilterableRequestSpecification request, Response response) {
        return request.getHeaders().hasHeaderWithName("Origin") && response.statusCode() == 403
                && response.header("Access-Control-Allow-Origin") == null;
    }

    private static String abbreviate(String body) {
        return body.length() <= 2000 ? body : body.substring(0, 2000) + "…";
    }
}
