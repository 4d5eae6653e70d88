package fr.kiosque.common.text;

/** Minutes to read a text at a given speed, rounded up, at least one. */
public final class ReadingTime {

    private ReadingTime() {
    }

    public static int minutes(String plainText, int wordsPerMinute) {
        if (plainText == null || plainText.isBlank()) {
            return 1;
        }
        // a word has a letter or a digit: no empty token before a leading no-break space, and
        // French spaced punctuation (« : ; ! ? ») is not counted
        long words = java.util.Arrays.stream(plainText.split("[\\s\\u00A0\\u202F]+"))
                .filter(token -> token.codePoints().anyMatch(Character::isLetterOrDigit))
                .count();
        return (int) Math.max(1, (words + wordsPerMinute - 1) / wordsPerMinute);
    }
}
