package fr.kiosque.common.http.cache;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Plain JUnit: which stored answers a client's Accept takes, as content negotiation would. */
class HttpCachingTest {

    @Test
    void acceptRangesAreMatchedLikeContentNegotiation() {
        assertThat(HttpCaching.acceptable(null, "application/json")).isTrue();
        assertThat(HttpCaching.acceptable("*/*", "application/json")).isTrue();
        assertThat(HttpCaching.acceptable("application/*", "application/json")).isTrue();
        assertThat(HttpCaching.acceptable("text/html, application/json;q=0.9", "application/json;charset=UTF-8")).isTrue();
        assertThat(HttpCaching.acceptable("text/html", "application/json")).isFalse();
        assertThat(HttpCaching.acceptable("application/json;q=0", "application/json")).isFalse();
        assertThat(HttpCaching.acceptable("application/json;q=0.5", "application/json")).isTrue();
    }

    @Test
    void xmlAndJsonReadersTakeTheTypesBuiltOnThem() {
        assertThat(HttpCaching.acceptable("application/xml", "application/rss+xml; charset=UTF-8")).isTrue();
        assertThat(HttpCaching.acceptable("text/xml", "application/atom+xml")).isTrue();
        assertThat(HttpCaching.acceptable("application/json", "application/feed+json")).isTrue();
        assertThat(HttpCaching.acceptable("application/json", "application/rss+xml")).isFalse();
    }
}
