package fr.kiosque.auth;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.Path;

import org.junit.jupiter.api.Test;

import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;

import fr.kiosque.common.security.Roles;
import fr.kiosque.support.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.specification.RequestSpecification;

/**
 * Every staff operation, read from the resource classes themselves (so a new one is covered the
 * day it lands): without a token 401, with a token whose roles are not allowed 403, with an
 * allowed role neither. All answers are problem documents.
 */
@QuarkusTest
class StaffAccessTest {

    static {
        RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
    }

    record Operation(String method, String path, Set<String> roles, String consumes) {
        String example() {
            return path.replaceAll("\\{[^}]+}", "999999999");
        }

        @Override
        public String toString() {
            return method + " " + path + " " + roles;
        }
    }

    static List<Operation> staffOperations() {
        List<Operation> operations = new ArrayList<>();
        new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages("fr.kiosque")
                .stream().filter(c -> c.isAnnotatedWith(Path.class)).forEach(javaClass -> {
                    Class<?> type = javaClass.reflect();
                    for (Method method : type.getDeclaredMethods()) {
                        String http = httpMethod(method);
                        if (http == null) {
                            continue;
                        }
                        RolesAllowed roles = method.isAnnotationPresent(RolesAllowed.class) ? method.getAnnotation(RolesAllowed.class)
                                : method.isAnnotationPresent(PermitAll.class) ? null : type.getAnnotation(RolesAllowed.class);
                        if (roles == null) {
                            continue;
                        }
                        Path sub = method.getAnnotation(Path.class);
                        String path = ("/" + type.getAnnotation(Path.class).value() + "/" + (sub == null ? "" : sub.value()))
                                .replaceAll("/+", "/").replaceAll("(.)/$", "$1");
                        Consumes consumes = method.isAnnotationPresent(Consumes.class) ? method.getAnnotation(Consumes.class)
                                : type.getAnnotation(Consumes.class);
                        operations.add(new Operation(http, path, new TreeSet<>(Arrays.asList(roles.value())),
                                consumes == null ? "application/json" : consumes.value()[0]));
                    }
                });
        return operations;
    }

    @Test
    void theListIsReadFromTheCode() {
        assertThat(staffOperations()).hasSizeGreaterThan(10)
                .anySatisfy(op -> assertThat(op.path()).isEqualTo("/api/v1/admin/users"));
    }

    @Test
    void everyStaffOperationRefusesAnonymousCallersWith401() {
        for (Operation op : staffOperations()) {
            request(op, null).then().statusCode(401).contentType("application/problem+json")
                    .header("WWW-Authenticate", "Bearer");
        }
    }

    @Test
    void everyStaffOperationRefusesOtherRolesWith403AndLetsItsRolesIn() {
        for (Operation op : staffOperations()) {
            for (String role : Roles.ALL) {
                int status = request(op, Tokens.withRoles(role)).then().extract().statusCode();
                if (op.roles().contains(role)) {
                    assertThat(status).as(op + " as " + role).isNotIn(401, 403).isLessThan(500);
                } else {
                    assertThat(status).as(op + " as " + role).isEqualTo(403);
                }
            }
        }
    }

    private static io.restassured.response.Response request(Operation op, String token) {
        RequestSpecification spec = given();
        if (token != null) {
            spec = spec.header("Authorization", Tokens.bearer(token));
        }
        if (Set.of("POST", "PUT", "PATCH").contains(op.method())) {
            spec = op.consumes().startsWith("multipart/") ? spec.multiPart("alt", "accès") // an upload: an empty form
                    : spec.contentType(op.consumes()).body("{}");
        }
        return spec.request(op.method(), op.example());
    }

    private static String httpMethod(Method method) {
        for (Annotation annotation : method.getAnnotations()) {
            HttpMethod http = annotation.annotationType().getAnnotation(HttpMethod.class);
            if (http != null) {
                return http.value();
            }
        }
        return null;
    }
}
