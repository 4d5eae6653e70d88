package fr.kiosque.article.api;

import java.text.Collator;
import java.util.Comparator;
import java.util.Locale;

/** French alphabetical order: "Éthique" sorts with the E's, case and accents second. */
final class FrenchOrder {

    static final Comparator<Object> COLLATOR = collator();

    private FrenchOrder() {
    }

    private static Comparator<Object> collator() {
        Collator collator = Collator.getInstance(Locale.FRENCH);
        collator.setStrength(Collator.TERTIARY);
        return collator;
    }
}
