package fr.kiosque.feed;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Proxy;
import java.util.Map;

import org.junit.jupiter.api.Test;

class FeedsConfigCheckTest {

    @Test
    void theDefaultsPassAndEachSettingOutOfRangeIsNamed() {
        assertThat(FeedsConfigCheck.check(config(Map.of())).problems()).isEmpty();

        assertThat(FeedsConfigCheck.check(config(Map.of("maxItems", 101, "sitemapArticles", 50_001))).problems()).containsExactly(
                "kiosque.feeds.max-items must be at most 100 (it is 101)",
                "kiosque.feeds.sitemap-articles must be at most 50000 (it is 50001)");
        assertThat(FeedsConfigCheck.check(config(Map.of("defaultItems", 30, "maxItems", 25, "sitemapArticles", 0))).problems())
                .containsExactly(
                        "kiosque.feeds.default-items must be at most 25 (it is 30)",
                        "kiosque.feeds.sitemap-articles must be at least 1 (it is 0)");
    }

    /** The defaults of FeedsConfig's checked settings, with some values replaced. */
    private static FeedsConfig config(Map<String, Integer> values) {
        Map<String, Integer> defaults = Map.of("maxItems", 100, "defaultItems", 20, "sitemapArticles", 50_000);
        return (FeedsConfig) Proxy.newProxyInstance(FeedsConfig.class.getClassLoader(), new Class<?>[] { FeedsConfig.class },
                (proxy, method, args) -> values.getOrDefault(method.getName(), defaults.get(method.getName())));
    }
}
