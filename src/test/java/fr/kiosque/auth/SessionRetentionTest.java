package fr.kiosque.auth;

import static fr.kiosque.auth.SessionsApiTest.PASSWORD;
import static fr.kiosque.auth.SessionsApiTest.account;
import static fr.kiosque.auth.SessionsApiTest.login;
import static fr.kiosque.auth.SessionsApiTest.logout;
import static fr.kiosque.auth.SessionsApiTest.refresh;
import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import fr.kiosque.support.Concurrently;
import fr.kiosque.support.TestClock;
import io.agroal.api.AgroalDataSource;
import io.restassured.path.json.JsonPath;
import io.quarkus.test.junit.QuarkusTest;

/**
 * The purge of ended sessions (docs/security.md, "Sessions"): what ended or expired more than
 * {@code kiosque.auth.session.keep-ended} (30 days) ago goes with its refresh tokens; live and
 * recently ended sessions stay and keep working; instances purging at once delete each row once.
 */
@QuarkusTest
class SessionRetentionTest {

    @Inject
    SessionRetention retention;

    @Inject
    TestClock clock;

    @Inject
    AgroalDataSource dataSource;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void sessionsEndedOrExpiredBeforeTheRetentionGoWithTheirRefreshTokensTheOthersStay() throws SQLException {
        String email = account("retention");
        clock.advance(Duration.ofDays(-45));
        JsonPath loggedOut = login(email, PASSWORD, Map.of()).then().statusCode(200).extract().jsonPath();
        String spent = loggedOut.getString("refreshToken");
        String last = refresh(spent).then().statusCode(200).extract().path("refreshToken");
        logout(last).then().statusCode(204);
        // idle for 14 days from 45 days ago: expired 31 days ago, never logged out
        JsonPath abandoned = login(email, PASSWORD, Map.of()).then().statusCode(200).extract().jsonPath();
        clock.reset();
        clock.advance(Duration.ofDays(-20));
        JsonPath recentlyEnded = login(email, PASSWORD, Map.of()).then().statusCode(200).extract().jsonPath();
        logout(recentlyEnded.getString("refreshToken")).then().statusCode(204);
        clock.reset();
        JsonPath live = login(email, PASSWORD, Map.of()).then().statusCode(200).extract().jsonPath();
        assertThat(refreshTokens(loggedOut.getString("sessionId"))).isEqualTo(2);

        assertThat(retention.purge()).isGreaterThanOrEqualTo(2);

        for (JsonPath gone : List.of(loggedOut, abandoned)) {
            assertThat(sessions(gone.getString("sessionId"))).as("session row").isZero();
            assertThat(refreshTokens(gone.getString("sessionId"))).as("its refresh tokens").isZero();
        }
        assertThat(sessions(recentlyEnded.getString("sessionId"))).isEqualTo(1);
        assertThat(sessions(live.getString("sessionId"))).isEqualTo(1);
        // the deleted sessions' tokens are refused as before; the live session goes on
        refresh(abandoned.getString("refreshToken")).then().statusCode(401).contentType("application/problem+json");
        logout(spent).then().statusCode(401).contentType("application/problem+json");
        refresh(live.getString("refreshToken")).then().statusCode(200);
        assertThat(retention.purge()).isZero();
    }

    @Test
    void spentAndExpiredPasswordResetTokensGoTheUsableOneStays() throws SQLException {
        String email = account("retention-reset");
        long account;
        try (Connection c = dataSource.getConnection();
                PreparedStatement s = c.prepareStatement("select id from user_account where email = ?")) {
            s.setString(1, email);
            try (ResultSet r = s.executeQuery()) {
                r.next();
                account = r.getLong(1);
            }
        }
        update("""
                insert into password_reset (token_hash, account_id, created_at, expires_at, used_at) values
                  ('\\x01'::bytea || ?::text::bytea, ?, now() - interval '2 hours', now() - interval '90 minutes', null),
                  ('\\x02'::bytea || ?::text::bytea, ?, now() - interval '10 minutes', now() + interval '20 minutes', now()),
                  ('\\x03'::bytea || ?::text::bytea, ?, now() - interval '10 minutes', now() + interval '20 minutes', null)
                """, email, account, email, account, email, account);

        retention.purge();

        assertThat(count("select count(*) from password_reset where account_id = ?", account)).isEqualTo(1);
        assertThat(count("select count(*) from password_reset where account_id = ? and used_at is null and expires_at > now()",
                account)).isEqualTo(1);
    }

    /** Four instances purging 1,300 due sessions at once (three batches of 500): each row deleted once, no failure. */
    @Test
    void parallelPurgesDeleteEachSessionOnce() throws Exception {
        String email = account("retention-parallel");
        update("""
                insert into staff_session (id, account_id, device_label, address, created_at, last_used_at, idle_expires_at,
                                           absolute_expires_at, ended_at, end_reason)
                select gen_random_uuid(), a.id, 'Tests', '127.0.0.1', now() - interval '60 days', now() - interval '60 days',
                       now() - interval '46 days', now() + interval '30 days', now() - interval '59 days', 'logout'
                from user_account a, generate_series(1, 1300) where a.email = ?
                """, email);
        update("""
                insert into refresh_token (token_hash, session_id, created_at, spent_at)
                select sha256(s.id::text::bytea || n::text::bytea), s.id, s.created_at, s.created_at
                from staff_session s join user_account a on a.id = s.account_id, generate_series(1, 3) n where a.email = ?
                """, email);
        long due = count("select count(*) from staff_session where ended_at < now() - interval '30 days'"
                + " or idle_expires_at < now() - interval '30 days' or absolute_expires_at < now() - interval '30 days'");
        assertThat(due).isGreaterThanOrEqualTo(1300);

        List<Integer> deleted = Concurrently.times(4, i -> retention.purge());

        assertThat(deleted.stream().mapToLong(Integer::longValue).sum()).as("deleted by the four").isEqualTo(due);
        assertThat(count("select count(*) from staff_session s join user_account a on a.id = s.account_id where a.email = ?",
                email)).isZero();
        assertThat(count("select count(*) from refresh_token t join staff_session s on s.id = t.session_id"
                + " join user_account a on a.id = s.account_id where a.email = ?", email)).isZero();
    }

    private long sessions(String id) throws SQLException {
        return count("select count(*) from staff_session where id = ?", UUID.fromString(id));
    }

    private long refreshTokens(String session) throws SQLException {
        return count("select count(*) from refresh_token where session_id = ?", UUID.fromString(session));
    }

    private long count(String sql, Object... parameters) throws SQLException {
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                s.setObject(i + 1, parameters[i]);
            }
            try (ResultSet r = s.executeQuery()) {
                r.next();
                return r.getLong(1);
            }
        }
    }

    private void update(String sql, Object... parameters) throws SQLException {
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                s.setObject(i + 1, parameters[i]);
            }
            assertThat(s.executeUpdate()).isPositive();
        }
    }
}
