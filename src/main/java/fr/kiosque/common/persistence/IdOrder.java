package fr.kiosque.common.persistence;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/** Rows loaded with {@code where id in (…)} come back in any order: put them in the order of the ids. */
public final class IdOrder {

    private IdOrder() {
    }

    /** The items in the order of {@code ids}; ids without an item are skipped. */
    public static <T> List<T> sort(List<Long> ids, Collection<T> items, Function<T, Long> idOf) {
        Map<Long, T> byId = new HashMap<>();
        for (T item : items) {
            byId.put(idOf.apply(item), item);
        }
        List<T> ordered = new ArrayList<>(ids.size());
        for (Long id : ids) {
            T item = byId.get(id);
            if (item != null) {
                ordered.add(item);
            }
        }
        return ordered;
    }
}
