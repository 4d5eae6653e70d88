package fr.kiosque.common.openapi;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.jboss.logging.Logger;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;

import fr.kiosque.support.ContractValidationFilter;
import fr.kiosque.support.OpenApiContract;
import io.quarkus.test.junit.QuarkusTest;

/**
 * Runs after every other {@code @QuarkusTest} ({@code @Order}, with Quarkus's class orderer told to
 * use it in pom.xml) and reads what {@link ContractValidationFilter} saw during the run: every answer
 * fitted {@code openapi.yaml}, and every documented (operation, status) was answered at least once,
 * success and each error. The list of operations comes from the contract, so a new endpoint is
 * covered the day it lands. Meaningful in a full run only ({@code mvn verify}).
 */
@QuarkusTest
@Order(Integer.MAX_VALUE)
class ContractCoverageTest {

    private static final Logger LOG = Logger.getLogger(ContractCoverageTest.class);

    /**
     * Documented answers that no test gets yet, each with the reason. The list may only shrink: an
     * entry that a test now gets, or that the contract no longer documents, fails the run until it
     * is removed from here.
     */
    private static final Map<String, String> NOT_YET_EXERCISED = Map.of(
            "DELETE /api/v1/admin/users/{id} 409",
            "deleting the last active admin: getting there would disable every other admin of the shared test database",
            "POST /api/v1/cv-submissions 503",
            "no CV encryption key: the test profile makes one; CvWithoutKeyTest gets this answer under a profile without"
                    + " a key, and profile tests run after this one (in another class loader)");

    @Test
    void everyAnswerOfTheRunFitsTheContract() {
        LOG.infof("%d answers were validated against openapi.yaml, %d (operation, status) pairs exercised",
                ContractValidationFilter.validated(), ContractValidationFilter.exercised().size());
        assertThat(ContractValidationFilter.violations()).isEmpty();
        assertThat(ContractValidationFilter.validated()).as("answers validated during the run").isPositive();
    }

    @Test
    void everyDocumentedAnswerIsExercised() {
        Set<String> documented = OpenApiContract.committed().documentedPairs();
        Set<String> exercised = ContractValidationFilter.exercised();
        Set<String> missing = new TreeSet<>(documented);
        missing.removeAll(exercised);
        missing.removeAll(NOT_YET_EXERCISED.keySet());
        assertThat(missing)
                .as("documented (operation, status) pairs that no test received; add a test that gets each answer")
                .isEmpty();
        Set<String> stale = new TreeSet<>(NOT_YET_EXERCISED.keySet());
        stale.removeIf(pair -> documented.contains(pair) && !exercised.contains(pair));
        assertThat(stale).as("pairs to remove from NOT_YET_EXERCISED: now exercised, or no longer documented").isEmpty();
    }
}
