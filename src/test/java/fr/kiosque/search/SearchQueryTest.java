package fr.kiosque.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import org.junit.jupiter.api.Test;

import fr.kiosque.common.error.ProblemException;

/** What {@code q} and {@code type} of a search accept, without a database (the route's 400s: SearchApiTest). */
class SearchQueryTest {

    @Test
    void aQueryNeedsOneTo200CharactersWithALetterOrADigit() {
        for (String q : new String[] { null, "", "   ", "?!… --- ...", "é".repeat(201) }) {
            assertThat(refused(() -> SearchQuery.text(q))).as(String.valueOf(q)).isEqualTo("q");
        }
        assertThat(SearchQuery.text("a".repeat(200))).hasSize(200); // the limit, not an error
        assertThat(SearchQuery.text("  😀 communication  ")).isEqualTo("😀 communication");
    }

    @Test
    void typesAreAnAllowListAllOfThemWhenAbsent() {
        assertThat(SearchQuery.types(null)).containsExactly(SearchType.values());
        assertThat(SearchQuery.types(" Job-Profile , article")).containsExactly(SearchType.JOB_PROFILE, SearchType.ARTICLE);
        assertThat(refused(() -> SearchQuery.types("video"))).isEqualTo("type");
        assertThat(refused(() -> SearchQuery.types("article,,job"))).isEqualTo("type");
    }

    /** The parameter a refusal names. */
    private static String refused(Runnable parse) {
        ProblemException e = catchThrowableOfType(ProblemException.class, parse::run);
        assertThat(e).isNotNull();
        assertThat(e.toProblem().status()).isEqualTo(400);
        return e.toProblem().errors().get(0).field();
    }
}
