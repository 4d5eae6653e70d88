package fr.kiosque.common.persistence;

import java.util.function.Predicate;

import jakarta.persistence.EntityManager;

import fr.kiosque.common.error.ProblemException;
import fr.kiosque.common.text.Slugs;

/**
 * How a writer picks a slug among parallel writers: it locks the slug's family
 * ({@link Slugs#family}: {@code quitter-x}, {@code quitter-x-2}… share one lock) until its
 * transaction ends, then checks. Two requests that would take the same slug take turns, on every
 * instance, and neither hits the unique index.
 */
public final class SlugLocks {

    private SlugLocks() {
    }

    /** Until the transaction ends, no other transaction picks a slug of {@code slug}'s family in {@code namespace}. */
    public static void lockFamily(EntityManager entityManager, String namespace, String slug) {
        TransactionLocks.lock(entityManager, namespace, Slugs.family(slug));
    }

    /** {@code slug} as asked for, under its family's lock: 409 with {@code conflict} when {@code taken} says another record has it. */
    public static String claim(EntityManager entityManager, String namespace, String slug, Predicate<String> taken, String conflict) {
        lockFamily(entityManager, namespace, slug);
        if (taken.test(slug)) {
            throw ProblemException.conflict(conflict);
        }
        return slug;
    }

    /**
     * Under the family's lock, the first of {@code base}, {@code base-2}, {@code base-3}… that is
     * not {@code taken}, at most {@link Slugs#MAX_LENGTH} long.
     */
    public static String firstFree(EntityManager entityManager, String namespace, String base, Predicate<String> taken) {
        lockFamily(entityManager, namespace, base);
        return Slugs.firstFree(base, Slugs.MAX_LENGTH, taken);
    }
}
