package fr.kiosque.common.paging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import fr.kiosque.common.error.FieldError;
import fr.kiosque.common.error.ProblemException;
import fr.kiosque.common.error.ProblemType;

class PageRequestTest {

    @Test
    void defaultsToTheFirstPageOfTwenty() {
        assertThat(PageRequest.of(null, null)).isEqualTo(new PageRequest(1, 20));
        assertThat(PageRequest.of("", " ")).isEqualTo(new PageRequest(1, PageRequest.DEFAULT_SIZE));
    }

    @Test
    void aPageNeverHoldsMoreThanItsSize() {
        PageRequest three = PageRequest.of("2", "3");
        assertThat(Page.of(java.util.List.of(1, 2, 3), three, 7).items()).containsExactly(1, 2, 3);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> Page.of(java.util.List.of(1, 2, 3, 4), three, 7))
                .isInstanceOf(IllegalStateException.class);
    }

    @Test
    void parsesNumbersAndComputesTheOffset() {
        PageRequest request = PageRequest.of(" 3 ", "25");
        assertThat(request.number()).isEqualTo(3);
        assertThat(request.size()).isEqualTo(25);
        assertThat(request.offset()).isEqualTo(50);
        assertThat(PageRequest.of("1", "100").offset()).isZero();
        assertThat(PageRequest.of("1", "1").size()).isEqualTo(1);
    }

    @ParameterizedTest(name = "page={0} size={1} → 400 on {2}")
    @CsvSource(nullValues = "NULL", value = {
            "abc, NULL, page",
            "0, NULL, page",
            "-1, NULL, page",
            "1.5, NULL, page",
            "99999999999, NULL, page",
            "NULL, abc, size",
            "NULL, 0, size",
            "NULL, 101, size",
            "NULL, -5, size",
            "1, 1e2, size" })
    void outOfRangeOrNonNumericIs400NamingTheParameter(String page, String size, String field) {
        ProblemException e = catchThrowableOfType(ProblemException.class, () -> PageRequest.of(page, size));
        assertThat(e).as("a ProblemException").isNotNull();
        assertThat(e.type()).isEqualTo(ProblemType.VALIDATION_ERROR);
        assertThat(e.toProblem().errors()).extracting(FieldError::field).containsExactly(field);
    }

    @Test
    void aPageBeyondAnyPossibleOffsetIs400RatherThanAWrappedOffset() {
        // the offset is an int (JPA's setFirstResult): the largest page of 100 it can reach is 21474837
        assertThat(PageRequest.of("21474837", "100").offset()).isEqualTo(2_147_483_600);
        for (String page : new String[] { "21474838", String.valueOf(Integer.MAX_VALUE) }) {
            ProblemException e = catchThrowableOfType(ProblemException.class, () -> PageRequest.of(page, "100"));
            assertThat(e).as("page " + page + " refused").isNotNull();
            assertThat(e.toProblem().errors()).extracting(FieldError::field).containsExactly("page");
        }
    }
}
