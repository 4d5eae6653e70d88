package fr.kiosque.common.ratelimit;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import io.agroal.api.AgroalDataSource;
import io.quarkus.narayana.jta.QuarkusTransaction;

/**
 * Counters in the {@code rate_limit} table, shared by every instance. Each call is one
 * statement on a connection of its own, in auto-commit, held for that statement only: a hit is
 * one upsert that returns the new count, so parallel requests can neither both pass a check nor
 * lose a count, and the caller never holds a connection while asking for another.
 * <p>
 * Calls are refused inside a transaction: the count would then hold the caller's connection and
 * row lock until it commits, and vanish if it rolls back. Call the rate limiter first, then open
 * the transaction.
 */
@ApplicationScoped
class PostgresRateLimitStore implements RateLimitStore {

    private static final String HIT = """
            insert into rate_limit as r (bucket, key_hash, hits, expires_at) values (?, ?, 1, ?)
            on conflict (bucket, key_hash) do update set
                hits = case when r.expires_at <= ? then 1 else least(r.hits, 1000000000) + 1 end,
                expires_at = case when r.expires_at <= ? then excluded.expires_at else r.expires_at end
            returning hits, expires_at
            """;

    @Inject AgroalDataSource dataSource;

    @Override
    public Window hit(String bucket, String keyHash, Instant now, Duration window) {
        OffsetDateTime start = utc(now);
        try (Connection connection = connection(); PreparedStatement statement = connection.prepareStatement(HIT)) {
            statement.setString(1, bucket);
            statement.setString(2, keyHash);
            statement.setObject(3, utc(now.plus(window)));
            statement.setObject(4, start);
            statement.setObject(5, start);
            try (ResultSet row = statement.executeQuery()) {
                row.next();
                return new Window(row.getInt(1), row.getObject(2, OffsetDateTime.class).toInstant());
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not count a hit in the rate_limit table", e);
        }
    }

    @Override
    public Window peek(String bucket, String keyHash, Instant now) {
        try (Connection connection = connection();
                PreparedStatement statement = connection.prepareStatement(
                        "select hits, expires_at from rate_limit where bucket = ? and key_hash = ? and expires_at > ?")) {
            statement.setString(1, bucket);
            statement.setString(2, keyHash);
            statement.setObject(3, utc(now));
            try (ResultSet row = statement.executeQuery()) {
                return row.next() ? new Window(row.getInt(1), row.getObject(2, OffsetDateTime.class).toInstant())
                        : new Window(0, now);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not read a rate-limit window", e);
        }
    }

    @Override
    public void reset(String bucket, String keyHash) {
        try (Connection connection = connection();
                PreparedStatement statement = connection.prepareStatement(
                        "delete from rate_limit where bucket = ? and key_hash = ?")) {
            statement.setString(1, bucket);
            statement.setString(2, keyHash);
            statement.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("Could not reset a rate-limit window", e);
        }
    }

    @Override
    public int purgeExpired(Instant now) {
        try (Connection connection = connection();
                PreparedStatement statement = connection.prepareStatement("delete from rate_limit where expires_at <= ?")) {
            statement.setObject(1, utc(now));
            return statement.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("Could not purge the rate_limit table", e);
        }
    }

    private Connection connection() throws SQLException {
        if (QuarkusTransaction.isActive()) {
            throw new IllegalStateException("The rate limiter runs outside transactions: call it before opening one");
        }
        Connection connection = dataSource.getConnection();
        try {
            if (!connection.getAutoCommit()) {
                connection.setAutoCommit(true);
            }
            return connection;
        } catch (SQLException | RuntimeException e) {
            // a connection that died in the pool fails here: hand it back (the pool destroys it), or it stays
            // checked out for good and, after a few database outages, the pool has nothing left to lend
            try {
                connection.close();
            } catch (SQLException closing) {
                e.addSuppressed(closing);
            }
            throw e;
        }
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }
}
