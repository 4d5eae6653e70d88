package fr.kiosque;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.persistence.Entity;
import jakarta.ws.rs.Path;

/** The layout rules of docs/architecture.md, kept by the build. */
class ArchitectureTest {

    private static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("fr.kiosque");
    }

    @Test
    void commonNeverUsesAFeature() {
        ArchRule rule = noClasses().that().resideInAPackage("fr.kiosque.common..")
                .should().dependOnClassesThat().resideOutsideOfPackages("fr.kiosque.common..", "java..", "jakarta..",
                        "org..", "com..", "io..", "javax..");
        rule.check(classes);
    }

    @Test
    void featuresDoNotDependOnEachOtherInCycles() {
        slices().matching("fr.kiosque.(*)..").should().beFreeOfCycles().check(classes);
    }

    /** The features: every package directly under fr.kiosque except common, as the code has them today. */
    static java.util.SortedSet<String> features() {
        java.util.SortedSet<String> features = new java.util.TreeSet<>();
        for (com.tngtech.archunit.core.domain.JavaClass c : classes) {
            String rest = c.getPackageName().startsWith("fr.kiosque.") ? c.getPackageName().substring("fr.kiosque.".length()) : "";
            String feature = rest.contains(".") ? rest.substring(0, rest.indexOf('.')) : rest;
            if (!feature.isEmpty() && !feature.equals("common")) {
                features.add(feature);
            }
        }
        return features;
    }

    @Test
    void theFeatureListIsReadFromTheCode() {
        org.assertj.core.api.Assertions.assertThat(features()).contains("article", "auth").doesNotContain("common");
    }

    @Test
    void featuresReachOtherFeaturesOnlyThroughTheirServicesAndRecords() {
        for (String feature : features()) {
            noClasses().that().resideOutsideOfPackage("fr.kiosque." + feature + "..")
                    .should().dependOnClassesThat(
                            com.tngtech.archunit.base.DescribedPredicate.describe(
                                    "entities or repositories of " + feature,
                                    c -> c.getPackageName().startsWith("fr.kiosque." + feature)
                                            && (c.isAnnotatedWith(Entity.class) || c.isAssignableTo(PanacheRepository.class))))
                    .check(classes);
        }
    }

    @Test
    void resourcesDoNotTouchRepositoriesOrTheEntityManager() {
        noClasses().that().areAnnotatedWith(Path.class)
                .should().dependOnClassesThat().areAssignableTo(PanacheRepository.class)
                .orShould().dependOnClassesThat().haveFullyQualifiedName("jakarta.persistence.EntityManager")
                .check(classes);
    }

    @Test
    void resourcesAreNamedAndPackagePrivate() {
        classes().that().areAnnotatedWith(Path.class)
                .should().haveSimpleNameEndingWith("Resource")
                .andShould().notBePublic()
                .check(classes);
    }

    @Test
    void repositoriesAreNamedAndPackagePrivate() {
        classes().that().areAssignableTo(PanacheRepository.class).and().areNotInterfaces()
                .should().haveSimpleNameEndingWith("Repository")
                .andShould().notBePublic()
                .check(classes);
    }

    /**
     * Constraint annotations on a {@code @ConfigMapping} make Quarkus bootstrap a second Hibernate
     * Validator, for the configuration alone, at every start: about half a second (JFR,
     * docs/benchmarks.md). Ranges go through {@code common.boot.ConfigChecks} instead.
     */
    @Test
    void configMappingsCarryNoConstraintAnnotations() {
        com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods()
                .that().areDeclaredInClassesThat().areAnnotatedWith(io.smallrye.config.ConfigMapping.class)
                .should(new com.tngtech.archunit.lang.ArchCondition<com.tngtech.archunit.core.domain.JavaMethod>(
                        "carry no Bean Validation annotation") {
                    @Override
                    public void check(com.tngtech.archunit.core.domain.JavaMethod method,
                            com.tngtech.archunit.lang.ConditionEvents events) {
                        method.getAnnotations().stream()
                                .filter(a -> a.getRawType().getPackageName().startsWith("jakarta.validation"))
                                .forEach(a -> events.add(com.tngtech.archunit.lang.SimpleConditionEvent.violated(method,
                                        method.getFullName() + " carries @" + a.getRawType().getSimpleName()
                                                + ": check its range in a ConfigChecks instead")));
                    }
                })
                .allowEmptyShould(true)
                .check(classes);
    }

    @Test
    void resourcesNeverReturnEntities() {
        com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods()
                .that().areDeclaredInClassesThat().areAnnotatedWith(Path.class)
                .and().arePublic()
                .should(new com.tngtech.archunit.lang.ArchCondition<com.tngtech.archunit.core.domain.JavaMethod>(
                        "not return an entity") {
                    @Override
                    public void check(com.tngtech.archunit.core.domain.JavaMethod method,
                            com.tngtech.archunit.lang.ConditionEvents events) {
                        // RestResponse<Page<X>> and the like: every type argument counts
                        boolean entity = method.getReturnType().getAllInvolvedRawTypes().stream()
                                .anyMatch(t -> t.isAnnotatedWith(Entity.class));
                        if (entity) {
                            events.add(com.tngtech.archunit.lang.SimpleConditionEvent.violated(method,
                                    method.getFullName() + " returns an entity"));
                        }
                    }
                })
                .check(classes);
    }

    @Test
    void resourcesReturnTypedAnswersNotRawResponses() {
        // a raw jakarta.ws.rs.core.Response hides what it carries (an entity could hide there): use RestResponse<T>
        com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods()
                .that().areDeclaredInClassesThat().areAnnotatedWith(Path.class)
                .and().arePublic()
                .should().notHaveRawReturnType(jakarta.ws.rs.core.Response.class)
                .check(classes);
    }

    @Test
    void responseRecordsNeverHoldEntities() {
        com.tngtech.archunit.lang.syntax.ArchRuleDefinition.fields()
                .that().areDeclaredInClassesThat().areRecords()
                .should(new com.tngtech.archunit.lang.ArchCondition<com.tngtech.archunit.core.domain.JavaField>(
                        "not hold an entity") {
                    @Override
                    public void check(com.tngtech.archunit.core.domain.JavaField field,
                            com.tngtech.archunit.lang.ConditionEvents events) {
                        boolean entity = field.getType().getAllInvolvedRawTypes().stream()
                                .anyMatch(t -> t.isAnnotatedWith(Entity.class));
                        if (entity) {
                            events.add(com.tngtech.archunit.lang.SimpleConditionEvent.violated(field,
                                    field.getFullName() + " holds an entity"));
                        }
                    }
                })
                .allowEmptyShould(false)
                .check(classes);
    }
}
