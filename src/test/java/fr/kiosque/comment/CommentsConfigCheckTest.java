package fr.kiosque.comment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.reflect.Proxy;
import java.util.Map;

import org.junit.jupiter.api.Test;

class CommentsConfigCheckTest {

    @Test
    void theDefaultsPassAndEachSettingOutOfRangeIsNamed() {
        assertThat(CommentsConfigCheck.check(config(Map.of())).problems()).isEmpty();

        var bad = CommentsConfigCheck.check(config(Map.of("maxDepth", 1, "maxLinks", -1, "maxPostsPerClient", 0,
                "maxPostsPerEmail", 0)));
        assertThat(bad.problems()).containsExactly(
                "kiosque.comments.max-depth must be at least 2 (it is 1)",
                "kiosque.comments.max-links must be at least 0 (it is -1)",
                "kiosque.comments.max-posts-per-client must be at least 1 (it is 0)",
                "kiosque.comments.max-posts-per-email must be at least 1 (it is 0)");
        assertThatThrownBy(bad::orFail).hasMessageStartingWith("Invalid configuration: kiosque.comments.max-depth");
    }

    /** The defaults of CommentsConfig, with some values replaced. */
    private static CommentsConfig config(Map<String, Integer> values) {
        Map<String, Integer> defaults = Map.of("maxDepth", 3, "maxLinks", 2, "maxPostsPerClient", 5, "maxPostsPerEmail", 3);
        return (CommentsConfig) Proxy.newProxyInstance(CommentsConfig.class.getClassLoader(), new Class<?>[] { CommentsConfig.class },
                (proxy, method, args) -> values.getOrDefault(method.getName(), defaults.get(method.getName())));
    }
}
