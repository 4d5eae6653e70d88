package fr.kiosque.auth;

import static fr.kiosque.common.persistence.SqlValues.instant;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

/**
 * The {@code staff_session} and {@code refresh_token} tables (V17), in SQL, within the caller's
 * transaction: every method runs on the transaction's connection, so that database failures take
 * the usual path (rolled back, answered 503).
 */
@ApplicationScoped
class SessionStore {

    /** A session as the staff see it. */
    record SessionRow(UUID id, long accountId, String deviceLabel, String address, Instant createdAt, Instant lastUsedAt,
            Instant idleExpiresAt, Instant absoluteExpiresAt, Instant endedAt) {

        boolean liveAt(Instant now) {
            return endedAt == null && idleExpiresAt.isAfter(now) && absoluteExpiresAt.isAfter(now);
        }
    }

    private static final String COLUMNS = "id, account_id, device_label, address, created_at, last_used_at, idle_expires_at,"
            + " absolute_expires_at, ended_at";

    @Inject EntityManager em;

    void insertSession(SessionRow s) {
        em.createNativeQuery("insert into staff_session (" + COLUMNS + ") values (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, null)")
                .setParameter(1, s.id()).setParameter(2, s.accountId()).setParameter(3, s.deviceLabel())
                .setParameter(4, s.address()).setParameter(5, utc(s.createdAt())).setParameter(6, utc(s.lastUsedAt()))
                .setParameter(7, utc(s.idleExpiresAt())).setParameter(8, utc(s.absoluteExpiresAt()))
                .executeUpdate();
    }

    void insertRefreshToken(byte[] hash, UUID session, Instant now) {
        em.createNativeQuery("insert into refresh_token (token_hash, session_id, created_at) values (?1, ?2, ?3)")
                .setParameter(1, hash).setParameter(2, session).setParameter(3, utc(now)).executeUpdate();
    }

    /** The session a refresh token belongs to, spent or not. */
    Optional<UUID> sessionOfRefreshToken(byte[] hash) {
        List<?> rows = em.createNativeQuery("select session_id from refresh_token where token_hash = ?1")
                .setParameter(1, hash).getResultList();
        return rows.isEmpty() ? Optional.empty() : Optional.of((UUID) rows.get(0));
    }

    /** When a refresh token was spent; empty while it is not (read after the session's lock, so it is current). */
    Optional<Instant> spentAt(byte[] hash) {
        List<?> rows = em.createNativeQuery("select spent_at from refresh_token where token_hash = ?1")
                .setParameter(1, hash).getResultList();
        return rows.isEmpty() || rows.get(0) == null ? Optional.empty() : Optional.of(instant(rows.get(0)));
    }

    void spend(byte[] hash, Instant now) {
        em.createNativeQuery("update refresh_token set spent_at = ?2 where token_hash = ?1 and spent_at is null")
                .setParameter(1, hash).setParameter(2, utc(now)).executeUpdate();
    }

    /** The session, its row locked until the transaction ends ({@code select … for update}). */
    Optional<SessionRow> lock(UUID id) {
        return rows(em.createNativeQuery("select " + COLUMNS + " from staff_session where id = ?1 for update")
                .setParameter(1, id).getResultList()).stream().findFirst();
    }

    Optional<SessionRow> find(UUID id) {
        return rows(em.createNativeQuery("select " + COLUMNS + " from staff_session where id = ?1")
                .setParameter(1, id).getResultList()).stream().findFirst();
    }

    void touch(UUID id, Instant now, Instant idleExpiresAt) {
        em.createNativeQuery("update staff_session set last_used_at = ?2, idle_expires_at = ?3 where id = ?1")
                .setParameter(1, id).setParameter(2, utc(now)).setParameter(3, utc(idleExpiresAt)).executeUpdate();
    }

    /** Ends a session of the account; false when it is unknown, another account's, or already ended. */
    boolean end(long accountId, UUID id, Instant now, String reason) {
        return em.createNativeQuery("""
                update staff_session set ended_at = ?3, end_reason = ?4
                where id = ?1 and account_id = ?2 and ended_at is null
                """).setParameter(1, id).setParameter(2, accountId).setParameter(3, utc(now)).setParameter(4, reason)
                .executeUpdate() > 0;
    }

    /** Ends every session of the account but {@code except} (null: all); returns how many. */
    int endAll(long accountId, UUID except, Instant now, String reason) {
        return em.createNativeQuery("""
                update staff_session set ended_at = ?3, end_reason = ?4
                where account_id = ?1 and ended_at is null and id <> ?2
                """).setParameter(1, accountId).setParameter(2, except == null ? new UUID(0, 0) : except)
                .setParameter(3, utc(now)).setParameter(4, reason).executeUpdate();
    }

    /** The account's live sessions, most recently used first. */
    List<SessionRow> live(long accountId, Instant now, int offset, int limit) {
        return rows(em.createNativeQuery("select " + COLUMNS + " from staff_session"
                + " where account_id = ?1 and ended_at is null and idle_expires_at > ?2 and absolute_expires_at > ?2"
                + " order by last_used_at desc, id limit ?3 offset ?4")
                .setParameter(1, accountId).setParameter(2, utc(now)).setParameter(3, limit).setParameter(4, offset)
                .getResultList());
    }

    long countLive(long accountId, Instant now) {
        return ((Number) em.createNativeQuery("select count(*) from staff_session"
                + " where account_id = ?1 and ended_at is null and idle_expires_at > ?2 and absolute_expires_at > ?2")
                .setParameter(1, accountId).setParameter(2, utc(now)).getSingleResult()).longValue();
    }

    /**
     * Up to {@code limit} sessions that ended or expired before {@code cutoff}, locked until the
     * transaction ends; rows another transaction holds (a refresh, another instance's purge) are
     * skipped.
     */
    List<UUID> lockEndedBefore(Instant cutoff, int limit) {
        return em.createNativeQuery("""
                select id from staff_session
                where ended_at < ?1 or idle_expires_at < ?1 or absolute_expires_at < ?1
                limit ?2 for update skip locked
                """).setParameter(1, utc(cutoff)).setParameter(2, limit).getResultList().stream().map(UUID.class::cast).toList();
    }

    /** Deletes these sessions; their refresh tokens go with them (on delete cascade). */
    void delete(List<UUID> ids) {
        em.createNativeQuery("delete from staff_session where id in (?1)").setParameter(1, ids).executeUpdate();
    }

    /**
     * The one lookup of an authenticated request: the roles of the account when it is enabled, its
     * credential version is still {@code credentialVersion} and the session {@code sessionId} of
     * the token is still open; empty otherwise. One statement, by primary keys.
     */
    Optional<String> activeRoles(long accountId, long credentialVersion, UUID sessionId) {
        List<?> rows = em.createNativeQuery("""
                select array_to_string(a.roles, ',') from user_account a
                join staff_session s on s.id = ?2 and s.account_id = a.id and s.ended_at is null
                where a.id = ?1 and a.enabled and a.credential_version = ?3
                """).setParameter(1, accountId).setParameter(2, sessionId).setParameter(3, credentialVersion)
                .getResultList();
        return rows.isEmpty() ? Optional.empty() : Optional.of(rows.get(0) == null ? "" : (String) rows.get(0));
    }

    private static List<SessionRow> rows(List<?> result) {
        return result.stream().map(row -> {
            Object[] r = (Object[]) row;
            return new SessionRow((UUID) r[0], ((Number) r[1]).longValue(), (String) r[2], (String) r[3], instant(r[4]),
                    instant(r[5]), instant(r[6]), instant(r[7]), r[8] == null ? null : instant(r[8]));
        }).toList();
    }

    static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }
}
