package fr.kiosque.common.http.cache;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

import io.netty.buffer.ByteBuf;
import io.vertx.core.buffer.Buffer;

/**
 * The cached bytes live in a direct buffer that every answer writes as it is, as often as it is
 * served; an answer weighs what it holds.
 */
class CachedAnswerTest {

    @Test
    void theBodyIsADirectCopyThatSurvivesAnyNumberOfWrites() {
        byte[] bytes = "{\"titre\":\"Réseaux sociaux : ce qui change en 2026\"}".getBytes(StandardCharsets.UTF_8);
        Buffer body = CachedAnswer.direct(bytes);
        bytes[0] = 'X'; // a copy: later changes to the array do not reach it
        for (int write = 0; write < 3; write++) {
            ByteBuf written = body.getByteBuf(); // what Vert.x hands to Netty for one answer
            assertThat(written.isDirect()).isTrue();
            assertThat(written.readableBytes()).isEqualTo(bytes.length);
            written.skipBytes(written.readableBytes()); // Netty reads it to the end, then releases it
            written.release();
        }
        assertThat(body.toString(StandardCharsets.UTF_8)).isEqualTo("{\"titre\":\"Réseaux sociaux : ce qui change en 2026\"}");
        assertThat(body.length()).isEqualTo(bytes.length);
    }

    /**
     * A stored 404 of an unknown slug, built as the cache filter builds it, weighs at least what one
     * was measured to hold (1,113 bytes of heap, 235 of direct memory; CachedAnswer.weight): the
     * cache's bound then holds for a flood of distinct unknown URLs too. A page's weight stays its
     * bodies and little more.
     */
    @Test
    void anAnswerWeighsWhatItHoldsOnTheHeapNotOnlyItsBody() {
        String slug = "jamais-publie-12345-18f3a2b4c5d";
        byte[] body = ("{\"type\":\"urn:kiosque:problem:not-found\",\"title\":\"Ressource introuvable\",\"status\":404,"
                + "\"detail\":\"Aucun article publié ne porte le slug « " + slug + " ».\",\"instance\":\"/api/v1/articles/" + slug + "\"}")
                .getBytes(StandardCharsets.UTF_8);
        CachedAnswer notFound = answer(slug, body, null);
        assertThat(notFound.weight("GET /api/v1/articles/" + slug)).isGreaterThanOrEqualTo(1_113 + 235);
        assertThat(notFound.weight("GET /api/v1/articles/" + slug + "-plus-long")).isGreaterThan(notFound.weight("GET /api/v1/articles/" + slug));

        byte[] page = new byte[20_000];
        byte[] gzipped = new byte[6_000];
        assertThat(answer("un-article", page, gzipped).weight("GET /api/v1/articles/un-article")).isBetween(26_000, 28_000);
    }

    private static CachedAnswer answer(String slug, byte[] body, byte[] gzipped) {
        String[] tags = { "articles", "article:" + slug };
        return new CachedAnswer(404, CachedAnswer.direct(body), CachedAnswer.direct(gzipped), "application/problem+json", null,
                "public, max-age=30", java.util.Map.copyOf(PublicCacheFilter.surrogateHeaders(tags, java.time.Duration.ofSeconds(30))),
                tags, 1L, java.time.Instant.now(), java.time.Instant.now().plusSeconds(30));
    }

    @Test
    void noBodyStaysNone() {
        assertThat(CachedAnswer.direct(null)).isNull();
    }
}
