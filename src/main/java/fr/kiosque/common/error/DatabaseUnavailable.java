package fr.kiosque.common.error;

import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;

/**
 * Whether a failure means "the database cannot be reached" (refused or lost connection, no
 * connection from the pool within {@code quarkus.datasource.jdbc.acquisition-timeout}), which is
 * answered 503 with {@code Retry-After} rather than 500: the request may succeed later as it is.
 */
final class DatabaseUnavailable {

    private DatabaseUnavailable() {
    }

    static boolean causedBy(Throwable e) {
        for (Throwable cause : chain(e)) {
            if (cause instanceof org.hibernate.exception.JDBCConnectionException
                    || cause instanceof SQLTransientConnectionException
                    || cause instanceof SQLNonTransientConnectionException
                    || cause instanceof java.net.ConnectException) {
                return true;
            }
            if (cause instanceof SQLException sql) {
                String state = sql.getSQLState();
                String message = sql.getMessage() == null ? "" : sql.getMessage();
                // 08: connection exception; 57P01-03: the server is shutting down or not accepting connections
                if (state != null && (state.startsWith("08") || state.startsWith("57P0"))) {
                    return true;
                }
                // Agroal, the pool had no connection to give within the acquisition timeout: "Acquisition timeout
                // while waiting for new connection" when the database cannot be reached, "Sorry, acquisition
                // timeout!" when every connection is busy (an overload: 503 and Retry-After too, never a 500)
                if (message.toLowerCase(java.util.Locale.ROOT).contains("acquisition timeout")) {
                    return true;
                }
                // Agroal could not start the transaction on the connection it got (the connection died between
                // its validation and the first statement): "Failed to enlist…", without the driver's error as a
                // cause. Kiosque has a single datasource, so this is never two datasources in one transaction;
                // nothing was written yet.
                if (message.startsWith("Failed to enlist")) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * Whether the database refused a value of the request itself (SQL state class 22, "data
     * exception": a NUL byte in a text, a number out of range, an invalid date…): a 400, not a 500.
     */
    static boolean refusedValue(Throwable e) {
        for (Throwable cause : chain(e)) {
            if (cause instanceof SQLException sql && sql.getSQLState() != null && sql.getSQLState().startsWith("22")) {
                return true;
            }
            if (cause instanceof org.hibernate.exception.DataException data && data.getSQLException() != null
                    && data.getSQLException().getSQLState() != null && data.getSQLException().getSQLState().startsWith("22")) {
                return true;
            }
        }
        return false;
    }

    /**
     * The failure, its causes, and what was suppressed along the way: a commit that failed on a
     * lost connection arrives as a RollbackException whose XAException, suppressed, holds the
     * connection error.
     */
    private static java.util.List<Throwable> chain(Throwable e) {
        java.util.List<Throwable> seen = new java.util.ArrayList<>();
        java.util.Deque<Throwable> next = new java.util.ArrayDeque<>();
        next.add(e);
        while (!next.isEmpty() && seen.size() < 64) {
            Throwable t = next.poll();
            if (seen.stream().anyMatch(s -> s == t)) {
                continue;
            }
            seen.add(t);
            if (t.getCause() != null) {
                next.add(t.getCause());
            }
            for (Throwable suppressed : t.getSuppressed()) {
                next.add(suppressed);
            }
        }
        return seen;
    }

    /** The failure's kind and SQL state, for the log (never for the client). */
    static String describe(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getClass().getSimpleName() + (root instanceof SQLException sql ? " " + sql.getSQLState() : "")
                + ": " + root.getMessage();
    }
}
