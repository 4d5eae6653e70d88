package fr.kiosque.common.text;

/** Minutes to read a text at a given speed, rounded up, at least one. */
public final class ReadingTime {

    private ReadingTime() {
    }

    public static int minutes(String plainText, int wordsPerMinute) {
        if (plainText == null || plainText.isBlank()) {
            return 1;
        }
        int words = plainText.strip().split("[\\s\\u00A0\\u202F]+").length;
        return Math.max(1, (words + wordsPerMinute - 1) / wordsPerMinute);
    }
}
