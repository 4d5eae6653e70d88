package fr.kiosque.search;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import fr.kiosque.common.error.ProblemException;
import fr.kiosque.common.text.PlainText;

/** The parameters of a search, read as text so that a bad value is a 400 naming it. */
record SearchQuery(String text, Set<SearchType> types) {

    /** At most this many characters in {@code q}. */
    static final int MAX_LENGTH = 200;

    static SearchQuery parse(String q, String type) {
        return new SearchQuery(text(q), types(type));
    }

    /** {@code q}: 1 to 200 characters with at least one letter or digit. */
    static String text(String q) {
        String text = PlainText.normalize(q);
        if (text == null || text.isEmpty()) {
            throw ProblemException.invalidParameter("q", "search.blank");
        }
        if (PlainText.length(text) > MAX_LENGTH) {
            throw ProblemException.invalidParameter("q", "text.max", MAX_LENGTH);
        }
        if (text.codePoints().noneMatch(Character::isLetterOrDigit)) {
            throw ProblemException.invalidParameter("q", "search.no-word");
        }
        return text;
    }

    /** {@code type}: a comma-separated list of article, job, job-profile; all of them when absent. */
    static Set<SearchType> types(String type) {
        if (type == null || type.isBlank()) {
            return new LinkedHashSet<>(List.of(SearchType.values()));
        }
        Set<SearchType> types = new LinkedHashSet<>();
        for (String value : type.split(",")) {
            SearchType parsed = SearchType.of(value.strip().toLowerCase(Locale.ROOT));
            if (parsed == null) {
                List<String> allowed = new ArrayList<>();
                for (SearchType t : SearchType.values()) {
                    allowed.add(t.code);
                }
                throw ProblemException.invalidParameter("type", "enum.allowed", String.join(", ", allowed));
            }
            types.add(parsed);
        }
        return types;
    }
}
