package fr.kiosque.common.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import fr.kiosque.common.error.ProblemException;
import fr.kiosque.common.error.ProblemType;

class PreconditionsTest {

    @Test
    void etagIsAQuotedVersion() {
        assertThat(Preconditions.etag(0)).isEqualTo("\"v0\"");
        assertThat(Preconditions.etag(42)).isEqualTo("\"v42\"");
    }

    @ParameterizedTest
    @ValueSource(strings = { "\"v3\"", "3", "\"3\"", "v3", " \"v3\" ", "*", "\"v1\", \"v3\"", "W/\"v1\",\"v3\"" })
    void acceptsTheCurrentVersionWhateverItsSpelling(String ifMatch) {
        assertThatCode(() -> Preconditions.requireMatch(ifMatch, 3)).doesNotThrowAnyException();
    }

    @ParameterizedTest
    @ValueSource(strings = { "\"v2\"", "W/\"v4\"", "2", "\"v3x\"", "v", "\"\"", "abc", "\"v1\", \"v2\"", "33", "\"v-3\"",
            "\"v+3\"" })
    void anotherVersionIs412(String ifMatch) {
        assertThat(problemOf(() -> Preconditions.requireMatch(ifMatch, 3))).isEqualTo(ProblemType.PRECONDITION_FAILED);
    }

    /** RFC 9110, 13.1.1: If-Match uses the strong comparison, so a weak tag never matches, even of the current version. */
    @ParameterizedTest
    @ValueSource(strings = { "W/\"v3\"", "W/\"3\"", "W/3", "\"v1\",W/\"v3\"" })
    void aWeakTagNeverMatches(String ifMatch) {
        assertThat(problemOf(() -> Preconditions.requireMatch(ifMatch, 3))).isEqualTo(ProblemType.PRECONDITION_FAILED);
    }

    @Test
    void theFailureNamesTheCurrentEtag() {
        ProblemException e = catchThrowableOfType(ProblemException.class, () -> Preconditions.requireMatch("\"v1\"", 7));
        assertThat(e.type().status()).isEqualTo(412);
        assertThat(e.getMessage()).contains("\"v7\"");
    }

    @Test
    void requireMatchWantsTheHeader() {
        for (String missing : new String[] { null, "", "   " }) {
            ProblemException e = catchThrowableOfType(ProblemException.class, () -> Preconditions.requireMatch(missing, 5));
            assertThat(e.type()).isEqualTo(ProblemType.PRECONDITION_REQUIRED);
            assertThat(e.type().status()).isEqualTo(428);
            assertThat(e.getMessage()).contains("\"v5\"");
        }
    }

    private static ProblemType problemOf(Runnable call) {
        ProblemException e = catchThrowableOfType(ProblemException.class, call::run);
        assertThat(e).as("a ProblemException").isNotNull();
        return e.type();
    }
}
