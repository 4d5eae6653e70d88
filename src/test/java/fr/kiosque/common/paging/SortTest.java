package fr.kiosque.common.paging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import fr.kiosque.common.error.FieldError;
import fr.kiosque.common.error.ProblemException;
import fr.kiosque.common.error.ProblemType;

class SortTest {

    private static final Map<String, String> ALLOWED = Map.of(
            "publishedAt", "a.publishedAt",
            "title", "a.title");

    @Test
    void aLeadingDashMeansDescending() {
        Sort sort = Sort.parse("-publishedAt", "title", ALLOWED);
        assertThat(sort.field()).isEqualTo("publishedAt");
        assertThat(sort.descending()).isTrue();
        assertThat(sort.orderBy()).isEqualTo("a.publishedAt desc");
    }

    @Test
    void noPrefixOrAPlusMeansAscending() {
        assertThat(Sort.parse("title", "-publishedAt", ALLOWED).orderBy()).isEqualTo("a.title asc");
        assertThat(Sort.parse("+title", "-publishedAt", ALLOWED).orderBy()).isEqualTo("a.title asc");
        assertThat(Sort.parse(" title ", "-publishedAt", ALLOWED).orderBy()).isEqualTo("a.title asc");
    }

    @Test
    void missingOrBlankTakesTheDefault() {
        assertThat(Sort.parse(null, "-publishedAt", ALLOWED).orderBy()).isEqualTo("a.publishedAt desc");
        assertThat(Sort.parse("  ", "-publishedAt", ALLOWED).orderBy()).isEqualTo("a.publishedAt desc");
    }

    @ParameterizedTest
    @ValueSource(strings = { "body", "-body", "Title", "--title", "-", "+", "title;drop table article", "a.title", "title desc" })
    void onlyAllowListedFieldsAreAccepted(String value) {
        ProblemException e = catchThrowableOfType(ProblemException.class, () -> Sort.parse(value, "-publishedAt", ALLOWED));
        assertThat(e).as("a ProblemException").isNotNull();
        assertThat(e.type()).isEqualTo(ProblemType.VALIDATION_ERROR);
        assertThat(e.toProblem().errors()).extracting(FieldError::field).containsExactly("sort");
        assertThat(e.getMessage()).contains("publishedAt", "title");
    }
}
