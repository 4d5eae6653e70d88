package fr.kiosque.auth;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import java.util.stream.Collectors;

import jakarta.annotation.security.DenyAll;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;

import org.junit.jupiter.api.Test;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaMethod;
import com.tngtech.archunit.core.domain.properties.HasAnnotations;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.EvaluationResult;
import com.tngtech.archunit.lang.SimpleConditionEvent;

/**
 * Deny by default: every JAX-RS resource method of Kiosque states who may call it, with
 * {@code @PermitAll} or {@code @RolesAllowed} (or {@code @DenyAll}) on the method or its class.
 * {@code quarkus.security.jaxrs.deny-unannotated-endpoints} would refuse an unannotated one at
 * run time; this test makes the omission a build failure instead of a silent 403.
 */
class DenyByDefaultTest {

    private static final JavaClasses PRODUCTION = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("fr.kiosque");

    private static final ArchRule EVERY_ENDPOINT_STATES_WHO_MAY_CALL_IT = methods()
            .that().areMetaAnnotatedWith(HttpMethod.class)
            .should(declareWhoMayCallThem())
            .allowEmptyShould(false);

    @Test
    void everyResourceMethodIsCoveredByPermitAllOrRolesAllowed() {
        EVERY_ENDPOINT_STATES_WHO_MAY_CALL_IT.check(PRODUCTION);
    }

    @Test
    void theScanSeesEveryOperationOfTheContract() throws java.io.IOException {
        // every path of openapi.yaml (what the app serves) is declared by a resource class this scan checks
        Set<String> scanned = PRODUCTION.stream()
                .filter(c -> c.isAnnotatedWith(Path.class))
                .flatMap(c -> c.getMethods().stream()
                        .filter(m -> m.isMetaAnnotatedWith(HttpMethod.class))
                        .map(m -> normalize(c.getAnnotationOfType(Path.class).value() + "/"
                                + (m.isAnnotatedWith(Path.class) ? m.getAnnotationOfType(Path.class).value() : ""))))
                .collect(Collectors.toSet());
        java.nio.file.Path contract = java.nio.file.Path.of(System.getProperty("kiosque.project-dir", "."), "openapi.yaml");
        Set<String> documented = new io.swagger.v3.parser.OpenAPIV3Parser()
                .readContents(java.nio.file.Files.readString(contract), null, null).getOpenAPI().getPaths().keySet()
                .stream().map(DenyByDefaultTest::normalize).collect(Collectors.toSet());

        assertThat(documented).isNotEmpty();
        assertThat(scanned).containsAll(documented);
    }

    /** {@code /api/v1/articles/{slug}} and {@code api/v1/articles/{id}/} compare equal. */
    private static String normalize(String path) {
        String joined = ("/" + path).replaceAll("/+", "/").replaceAll("\\{[^}]+}", "{}");
        return joined.length() > 1 && joined.endsWith("/") ? joined.substring(0, joined.length() - 1) : joined;
    }

    @Test
    void theRuleCatchesAnUnannotatedEndpoint() {
        JavaClasses sample = new ClassFileImporter().importClasses(Unguarded.class, Guarded.class);
        EvaluationResult result = EVERY_ENDPOINT_STATES_WHO_MAY_CALL_IT.evaluate(sample);

        assertThat(result.hasViolation()).isTrue();
        assertThat(result.getFailureReport().getDetails())
                .hasSize(1)
                .allSatisfy(line -> assertThat(line).contains("Unguarded.open()"));
    }

    private static ArchCondition<JavaMethod> declareWhoMayCallThem() {
        return new ArchCondition<>("be covered by @PermitAll, @RolesAllowed or @DenyAll on the method or its class") {
            @Override
            public void check(JavaMethod method, ConditionEvents events) {
                boolean covered = statesWhoMayCall(method) || statesWhoMayCall(method.getOwner());
                if (!covered) {
                    events.add(SimpleConditionEvent.violated(method,
                            method.getFullName() + " is an endpoint without @PermitAll or @RolesAllowed"));
                }
            }
        };
    }

    private static boolean statesWhoMayCall(HasAnnotations<?> element) {
        return element.isAnnotatedWith(PermitAll.class) || element.isAnnotatedWith(RolesAllowed.class)
                || element.isAnnotatedWith(DenyAll.class);
    }

    /*
     * Samples for the rule's self-check: one endpoint forgot to say who may call it. Interfaces
     * without @Path, so that the application under @QuarkusTest never serves them.
     */
    interface Unguarded {
        @GET
        String open();

        @POST
        @RolesAllowed("admin")
        String guarded();
    }

    @PermitAll
    interface Guarded {
        @GET
        String read();
    }
}
