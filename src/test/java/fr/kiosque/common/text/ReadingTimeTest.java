package fr.kiosque.common.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ReadingTimeTest {

    private static String words(int count) {
        return "mot ".repeat(count).strip();
    }

    @Test
    void roundsUpToWholeMinutes() {
        assertThat(ReadingTime.minutes(words(700), 230)).isEqualTo(4);
        assertThat(ReadingTime.minutes(words(690), 230)).isEqualTo(3);
        assertThat(ReadingTime.minutes(words(691), 230)).isEqualTo(4);
        assertThat(ReadingTime.minutes(words(230), 230)).isEqualTo(1);
        assertThat(ReadingTime.minutes(words(231), 230)).isEqualTo(2);
    }

    @Test
    void atLeastOneMinute() {
        assertThat(ReadingTime.minutes(null, 230)).isEqualTo(1);
        assertThat(ReadingTime.minutes("", 230)).isEqualTo(1);
        assertThat(ReadingTime.minutes("   ", 230)).isEqualTo(1);
        assertThat(ReadingTime.minutes("Bonjour", 230)).isEqualTo(1);
    }

    @Test
    void anyRunOfSpacesIncludingFrenchNonBreakingOnesSeparatesWords() {
        // 4 words: ordinary spaces, a tab and newline, a no-break space and a narrow no-break space
        assertThat(ReadingTime.minutes("un  deux\t\ntrois\u00A0quatre", 1)).isEqualTo(4);
        assertThat(ReadingTime.minutes("un\u202Fdeux", 1)).isEqualTo(2);
    }

    @Test
    void leadingOrTrailingNonBreakingSpacesAreNotWords() {
        assertThat(ReadingTime.minutes("\u00A0un deux\u202F", 1)).isEqualTo(2);
        assertThat(ReadingTime.minutes("\u00A0" + words(230) + "\u00A0", 230)).isEqualTo(1);
        assertThat(ReadingTime.minutes("\u00A0\u202F", 230)).isEqualTo(1);
    }

    @Test
    void frenchSpacedPunctuationIsNotCountedAsWords() {
        // French typography puts a space before : ; ! ? and inside « »: those marks are not words
        assertThat(ReadingTime.minutes("« Bonjour » : ça va ? Oui !", 1)).isEqualTo(4);
        assertThat(ReadingTime.minutes("Été 2026 – 10 % de plus", 1)).isEqualTo(5);
        assertThat(ReadingTime.minutes("— … ?", 230)).isEqualTo(1);
    }
}
