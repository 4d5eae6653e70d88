package fr.kiosque.media;

import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;

import fr.kiosque.common.persistence.TransactionLocks;
import io.quarkus.hibernate.orm.panache.PanacheRepository;

@ApplicationScoped
class MediaRepository implements PanacheRepository<Media> {

    /** alt, credit and file name, lower case without accents, against a pattern made the same way. */
    private static final String MATCH = " where unaccent(lower(coalesce(alt, '') || ' ' || coalesce(credit, '') || ' '"
            + " || coalesce(file_name, ''))) like '%' || unaccent(lower(cast(?1 as text))) || '%' escape '\\'";

    /** A page of the library, newest first; {@code q} matches alt text, credit or file name (accents and case ignored). */
    List<Media> search(String q, int offset, int size) {
        @SuppressWarnings("unchecked")
        List<Number> ids = getEntityManager()
                .createNativeQuery("select id from media" + (q == null ? " where ?1 = ''" : MATCH)
                        + " order by created_at desc, id desc limit ?2 offset ?3")
                .setParameter(1, q == null ? "" : escape(q)).setParameter(2, size).setParameter(3, offset).getResultList();
        List<Long> order = ids.stream().map(Number::longValue).toList();
        Map<Long, Media> found = byIds(order).stream().collect(Collectors.toMap(m -> m.id, Function.identity()));
        return order.stream().map(found::get).filter(m -> m != null).toList();
    }

    long countSearch(String q) {
        return ((Number) getEntityManager().createNativeQuery("select count(*) from media" + (q == null ? " where ?1 = ''" : MATCH))
                .setParameter(1, q == null ? "" : escape(q)).getSingleResult()).longValue();
    }

    List<Media> byIds(Collection<Long> ids) {
        return ids.isEmpty() ? List.of()
                : list("id in ?1", ids).stream().sorted(Comparator.comparing((Media m) -> m.id)).toList();
    }

    /**
     * Holds, until the transaction ends, the lock of each of these files on every instance: an
     * upload naming a file and a delete removing it take turns (files are named by their content,
     * so another image may be deleting the very file an upload stores). In one order, so two
     * holders of several files never wait for each other.
     */
    void lockFiles(Collection<String> keys) {
        keys.stream().distinct().sorted().forEach(key -> TransactionLocks.lock(getEntityManager(), "media-file", key));
    }

    /** Whether any image still names this file (another upload of the same bytes). */
    boolean fileInUse(String key) {
        return ((Number) getEntityManager()
                .createNativeQuery("select (select count(*) from media where file_key = ?1) + (select count(*) from media_variant"
                        + " where file_key = ?1)")
                .setParameter(1, key).getSingleResult()).longValue() > 0;
    }

    private static String escape(String q) {
        return q == null ? null : q.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
