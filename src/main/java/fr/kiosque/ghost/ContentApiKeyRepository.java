package fr.kiosque.ghost;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import fr.kiosque.common.paging.PageRequest;
import io.quarkus.hibernate.orm.panache.PanacheRepository;
import io.quarkus.panache.common.Sort;

/** Content API keys, their daily usage, and the HMAC secret kept in the database when none is configured. */
@ApplicationScoped
class ContentApiKeyRepository implements PanacheRepository<ContentApiKey> {

    /** What a request's key check needs. */
    record Presented(long id, KeyRights rights, int requestsPerMinute, List<String> allowedOrigins) {
    }

    List<ContentApiKey> page(PageRequest page) {
        return findAll(Sort.by("name").and("id")).page(page.number() - 1, page.size()).list();
    }

    /** The key of this hash, if any. */
    Optional<Presented> present(byte[] hash) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = getEntityManager().createNativeQuery(
                "select id, rights, requests_per_minute, allowed_origins from content_api_key where key_hash = :hash")
                .setParameter("hash", hash)
                .getResultList();
        return rows.stream().findFirst().map(row -> new Presented(((Number) row[0]).longValue(), KeyRights.valueOf((String) row[1]),
                ((Number) row[2]).intValue(), origins(row[3])));
    }

    /** Adds requests to keys' daily counts (one statement; a key deleted meanwhile is skipped). */
    void addUsage(List<Long> ids, List<LocalDate> days, List<Long> deltas) {
        getEntityManager().createNativeQuery("""
                insert into content_api_key_usage (key_id, day, requests)
                select u.id, u.day, u.delta from unnest(cast(:ids as bigint[]), cast(cast(:days as text[]) as date[]), cast(:deltas as bigint[])) as u(id, day, delta)
                where exists (select 1 from content_api_key k where k.id = u.id)
                on conflict (key_id, day) do update set requests = content_api_key_usage.requests + excluded.requests""")
                .setParameter("ids", ids.toArray(Long[]::new))
                .setParameter("days", days.stream().map(LocalDate::toString).toArray(String[]::new))
                .setParameter("deltas", deltas.toArray(Long[]::new))
                .executeUpdate();
    }

    private static List<String> origins(Object value) {
        if (value instanceof String[] array) {
            return List.of(array);
        }
        if (value instanceof java.sql.Array array) {
            try {
                return Arrays.asList((String[]) array.getArray());
            } catch (java.sql.SQLException e) {
                throw new IllegalStateException(e);
            }
        }
        return List.of();
    }

    /** Requests per day of a key, the latest days first. */
    List<Object[]> usage(long keyId, int days) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = getEntityManager().createNativeQuery(
                "select day, requests from content_api_key_usage where key_id = :id order by day desc limit :days")
                .setParameter("id", keyId).setParameter("days", days).getResultList();
        return rows;
    }

    /** The HMAC secret of key hashes kept in the database: made once by whichever instance comes first. */
    /** The secret the first instance kept, if one did (read only). */
    java.util.Optional<byte[]> existingSecret() {
        return getEntityManager().createNativeQuery("select secret from content_api_secret where id = 1").getResultList().stream()
                .map(byte[].class::cast).findFirst();
    }

    byte[] storedSecret(byte[] candidate) {
        getEntityManager().createNativeQuery("insert into content_api_secret (id, secret) values (1, :secret) on conflict do nothing")
                .setParameter("secret", candidate).executeUpdate();
        return (byte[]) getEntityManager().createNativeQuery("select secret from content_api_secret where id = 1").getSingleResult();
    }
}
