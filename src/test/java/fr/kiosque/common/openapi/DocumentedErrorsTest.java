package fr.kiosque.common.openapi;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.Predicate;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import fr.kiosque.common.security.Roles;
import fr.kiosque.support.ContentKeys;
import fr.kiosque.support.Fixtures;
import fr.kiosque.support.OpenApiContract;
import fr.kiosque.support.OpenApiContract.Operation;
import fr.kiosque.support.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.config.EncoderConfig;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;

/**
 * Gets, from every documented operation, the error answers that the feature tests have no reason
 * to ask for: the HTTP layer's (406, 413, 415, unreadable JSON), the security layer's (401, 403),
 * unknown ids and slugs (404), invalid paging (400). The operations and their statuses are read from
 * {@code openapi.yaml}, so a new endpoint is exercised the day it lands; each answer is validated
 * against the contract by {@link fr.kiosque.support.ContractValidationFilter}. A few business
 * errors that no feature test reached yet close the file.
 */
@QuarkusTest
class DocumentedErrorsTest {

    private static final OpenApiContract CONTRACT = OpenApiContract.committed();
    private static final String ADMIN_ARTICLES = "/api/v1/admin/articles";

    @BeforeAll
    static void logFailures() {
        RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
    }

    @Test
    void anAcceptHeaderWithoutJsonIs406Everywhere() {
        // a type no operation produces (application/xml would suit the sitemap)
        expect(406, op -> true, op -> call(op, staffToken(op)).accept("image/png"));
    }

    @Test
    void aBodyThatIsNotJsonIs415() {
        expect(415, op -> op.requestMediaType() != null,
                op -> call(op, staffToken(op)).contentType(ContentType.TEXT).body("Un titre"));
    }

    @Test
    void anOversizedBodyIs413() {
        byte[] huge = ("{\"title\": \"" + "a".repeat(3 * 1024 * 1024) + "\"}").getBytes(StandardCharsets.UTF_8);
        // uploads (multipart/form-data) take larger bodies: CvSubmissionApiTest sends them files over their own limit
        expect(413, op -> op.requestMediaType() != null && !op.requestMediaType().startsWith("multipart/"),
                op -> call(op, staffToken(op)).body(huge));
    }

    @Test
    void unreadableJsonIs400() {
        expect(400, op -> op.requestMediaType() != null,
                op -> call(op, staffToken(op)).body("{\"title\": ".getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void aCollectionPageOfSizeZeroIs400() {
        expect(400, op -> op.queryParameters().contains("size"),
                op -> call(op, staffToken(op)).queryParam("size", 0));
    }

    @Test
    void aStaffOperationWithoutTokenIs401() {
        expect(401, Operation::secured, op -> call(op, null));
    }

    @Test
    void aStaffOperationRefusesTheRolesItDoesNotName() {
        List<String> problems = new ArrayList<>();
        for (Operation op : documenting(403, Operation::secured)) {
            boolean refused = Roles.ALL.stream().sorted()
                    .anyMatch(role -> send(op, call(op, Tokens.withRoles(role))) == 403);
            if (!refused) {
                problems.add(op + " documents 403 but accepted a token of every role");
            }
        }
        assertThat(problems).isEmpty();
    }

    @Test
    void anUnknownIdOrSlugIs404() {
        expect(404, op -> !op.pathParameterTypes().isEmpty(), op -> call(op, staffToken(op)));
    }

    // ---- business errors the feature tests do not reach -------------------------------------

    @Test
    void replacingAnArticleWithATakenSlugIs409AndWithAnUnknownSectionIs422() {
        Fixtures.Created first = Fixtures.article().create();
        Fixtures.Created second = Fixtures.article().create();

        given().header("Authorization", Tokens.bearer(Tokens.editor())).header("If-Match", first.etag())
                .contentType(ContentType.JSON).body(Fixtures.article().with("slug", second.slug()).body())
                .when().put(ADMIN_ARTICLES + "/" + first.id())
                .then().statusCode(409);
        given().header("Authorization", Tokens.bearer(Tokens.editor())).header("If-Match", first.etag())
                .contentType(ContentType.JSON).body(Fixtures.article().section("rubrique-inconnue-" + suffix()).body())
                .when().put(ADMIN_ARTICLES + "/" + first.id())
                .then().statusCode(422);
    }

    @Test
    void patchingAnArticleToATakenSlugIs409() {
        Fixtures.Created first = Fixtures.article().create();
        Fixtures.Created second = Fixtures.article().create();

        exactly(Tokens.editor()).header("If-Match", first.etag()).contentType("application/merge-patch+json")
                .body(("{\"slug\": \"" + second.slug() + "\"}").getBytes(StandardCharsets.UTF_8))
                .when().patch(ADMIN_ARTICLES + "/" + first.id())
                .then().statusCode(409);
    }

    // ---- helpers ----------------------------------------------------------------------------

    /** Sends {@code request} to every operation that documents {@code status} and matches; each must answer it. */
    private static void expect(int status, Predicate<Operation> which, Function<Operation, RequestSpecification> request) {
        List<String> problems = new ArrayList<>();
        List<Operation> operations = documenting(status, which);
        for (Operation op : operations) {
            int answered = send(op, request.apply(op));
            if (answered != status) {
                problems.add(op + " answered " + answered + ", its documented " + status + " was expected");
            }
        }
        assertThat(operations).as("operations documenting %d", status).isNotEmpty();
        assertThat(problems).isEmpty();
    }

    private static List<Operation> documenting(int status, Predicate<Operation> which) {
        return CONTRACT.operations().stream()
                .filter(op -> op.statuses().contains(String.valueOf(status)))
                .filter(which)
                .toList();
    }

    /** A request to {@code op}: its documented example body, and a token when one is given. */
    private static RequestSpecification call(Operation op, String token) {
        RequestSpecification spec = exactly(token);
        if (op.template().startsWith("/ghost/api/") && token != null) {
            spec.queryParam("key", ContentKeys.shared()); // the Content API's key, where a staff operation takes a token
        }
        if (op.requestMediaType() != null) {
            spec.contentType(op.requestMediaType())
                    .body(op.requestExample() == null ? new byte[0] : op.requestExample().getBytes(StandardCharsets.UTF_8));
        }
        return spec;
    }

    /** A request whose body goes as given (UTF-8 bytes), with no charset added to its Content-Type. */
    private static RequestSpecification exactly(String token) {
        RequestSpecification spec = given().config(RestAssured.config().encoderConfig(
                EncoderConfig.encoderConfig().appendDefaultContentCharsetToContentTypeIfUndefined(false)));
        if (token != null) {
            spec.header("Authorization", Tokens.bearer(token));
        }
        return spec;
    }

    private static int send(Operation op, RequestSpecification spec) {
        String path = op.template();
        for (Map.Entry<String, String> parameter : op.pathParameterTypes().entrySet()) {
            String value = "integer".equals(parameter.getValue()) ? "2147483000" : "inexistant-" + suffix();
            path = path.replace("{" + parameter.getKey() + "}", value);
        }
        return spec.request(op.method(), path).then().extract().statusCode();
    }

    /** Staff operations are called as an admin, who may call them all. */
    private static String staffToken(Operation op) {
        return op.secured() ? Tokens.admin() : null;
    }

    private static String suffix() {
        return UUID.randomUUID().toString().substring(0, 8);
    }
}
