package fr.kiosque.common.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;

class SqlValuesTest {

    private static final Instant AT = Instant.parse("2026-12-07T00:15:30.123456Z");

    @Test
    void everyTypeATimestamptzColumnComesBackAsIsTheSameInstant() {
        assertThat(SqlValues.instant(AT)).isEqualTo(AT);
        assertThat(SqlValues.instant(AT.atOffset(ZoneOffset.ofHours(2)))).isEqualTo(AT);
        assertThat(SqlValues.instant(AT.atZone(ZoneId.of("Europe/Paris")))).isEqualTo(AT);
        assertThat(SqlValues.instant(Timestamp.from(AT))).isEqualTo(AT);
        assertThat(SqlValues.instant(null)).isNull();
    }

    @Test
    void anythingElseIsAnError() {
        assertThatThrownBy(() -> SqlValues.instant("2026-12-07")).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("java.lang.String");
    }
}
