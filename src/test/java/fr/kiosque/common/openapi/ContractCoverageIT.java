package fr.kiosque.common.openapi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.jboss.logging.Logger;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import fr.kiosque.support.ContractValidationRecord;
import fr.kiosque.support.OpenApiContract;

/**
 * Judges the record that ContractValidationFilter wrote during the unit tests, after all of them (failsafe phase), so no test order matters.
 * A partial unit run ({@code -Dtest=...}) leaves a partial record: then this says so and judges nothing, rather than fail spuriously.
 * <p>
 * Every answer fitted {@code openapi.yaml}, and every documented (operation, status) was answered
 * at least once, success and each error. The list of operations comes from the contract, so a new
 * endpoint is covered the day it lands.
 */
class ContractCoverageIT {

    private static final Logger LOG = Logger.getLogger(ContractCoverageIT.class);

    /**
     * Documented answers that no test gets yet, each with the reason. The list may only shrink: an
     * entry that a test now gets, or that the contract no longer documents, fails the run until it
     * is removed from here.
     */
    private static final Map<String, String> NOT_YET_EXERCISED = Map.of(
            "DELETE /api/v1/admin/users/{id} 409",
            "deleting the last active admin: getting there would disable every other admin of the shared test database");

    private static ContractValidationRecord.Run run;

    @BeforeAll
    static void readTheRecord() throws IOException {
        run = ContractValidationRecord.lastRun();
        assumeTrue(run != null, "no finished run of the unit tests in target/contract-record: nothing to judge");
        LOG.infof("Contract record of the unit tests: %s, %d (operation, status) pairs exercised", run.scope(), run.exercised().size());
        assumeTrue(run.complete(), "the last unit run held " + run.scope() + ": the coverage is judged after a full run only");
    }

    @Test
    void everyAnswerOfTheRunFitsTheContract() {
        assertThat(run.violations()).isEmpty();
        assertThat(run.exercised()).as("answers validated during the run").isNotEmpty();
    }

    @Test
    void everyDocumentedAnswerIsExercised() {
        Set<String> documented = OpenApiContract.committed().documentedPairs();
        Set<String> missing = new TreeSet<>(documented);
        missing.removeAll(run.exercised());
        missing.removeAll(NOT_YET_EXERCISED.keySet());
        assertThat(missing)
                .as("documented (operation, status) pairs that no test received; add a test that gets each answer")
                .isEmpty();
        Set<String> stale = new TreeSet<>(NOT_YET_EXERCISED.keySet());
        stale.removeIf(pair -> documented.contains(pair) && !run.exercised().contains(pair));
        assertThat(stale).as("pairs to remove from NOT_YET_EXERCISED: now exercised, or no longer documented").isEmpty();
    }
}
