package fr.kiosque.common.http.cache;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

import io.netty.buffer.ByteBuf;
import io.vertx.core.buffer.Buffer;

/** The cached bytes live in a direct buffer that every answer writes as it is, as often as it is served. */
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

    @Test
    void noBodyStaysNone() {
        assertThat(CachedAnswer.direct(null)).isNull();
    }
}
