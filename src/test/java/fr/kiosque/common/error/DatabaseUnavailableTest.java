package fr.kiosque.common.error;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;

import org.junit.jupiter.api.Test;

/** Which failures are "the database cannot serve now" (503 with Retry-After) rather than a bug (500). */
class DatabaseUnavailableTest {

    @Test
    void anExhaustedPoolIsUnavailableNotAnError() {
        // Agroal's words when every connection stayed busy for the whole acquisition timeout (seen under a cold-start burst)
        SQLException busy = new SQLException("Sorry, acquisition timeout!");
        assertThat(DatabaseUnavailable.causedBy(new RuntimeException("Unable to acquire JDBC Connection", busy))).isTrue();
        // and when no connection could be made at all
        assertThat(DatabaseUnavailable.causedBy(new SQLException("Acquisition timeout while waiting for new connection"))).isTrue();
    }

    @Test
    void aConnectionThatDiedBeforeItsTransactionStartedIsUnavailable() {
        // seen in DatabaseOutageTest on CI: Agroal could not start the transaction on a connection cut a moment
        // earlier, and says so without the driver's error as a cause
        SQLException enlist = new SQLException("Failed to enlist. Check if a connection from another datasource is already"
                + " enlisted to the same transaction");
        SQLException association = new SQLException("Exception in association of connection to existing transaction", enlist);
        assertThat(DatabaseUnavailable.causedBy(new RuntimeException("Unable to acquire JDBC Connection", association))).isTrue();
    }

    @Test
    void otherFailuresAreNot() {
        assertThat(DatabaseUnavailable.causedBy(new SQLException("syntax error at or near \"selct\"", "42601"))).isFalse();
        assertThat(DatabaseUnavailable.causedBy(new IllegalStateException("a bug"))).isFalse();
    }
}
