package fr.kiosque.cv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.reflect.Proxy;
import java.util.Map;

import org.junit.jupiter.api.Test;

class CvConfigCheckTest {

    @Test
    void theDefaultsPassAndEachSettingOutOfRangeIsNamed() {
        assertThat(CvConfigCheck.check(config(Map.of())).problems()).isEmpty();

        var bad = CvConfigCheck.check(config(Map.of("maxMessageLength", 0, "maxSubmissionsPerClient", 0,
                "maxSubmissionsPerEmail", -2)));
        assertThat(bad.problems()).containsExactly(
                "kiosque.cv.max-message-length must be at least 1 (it is 0)",
                "kiosque.cv.max-submissions-per-client must be at least 1 (it is 0)",
                "kiosque.cv.max-submissions-per-email must be at least 1 (it is -2)");
        assertThatThrownBy(bad::orFail).hasMessageStartingWith("Invalid configuration: kiosque.cv.max-message-length");
    }

    /** The defaults of CvConfig's checked settings, with some values replaced. */
    private static CvConfig config(Map<String, Integer> values) {
        Map<String, Integer> defaults = Map.of("maxMessageLength", 5000, "maxSubmissionsPerClient", 5, "maxSubmissionsPerEmail", 3);
        return (CvConfig) Proxy.newProxyInstance(CvConfig.class.getClassLoader(), new Class<?>[] { CvConfig.class },
                (proxy, method, args) -> values.getOrDefault(method.getName(), defaults.get(method.getName())));
    }
}
