package fr.kiosque.comment;

import java.text.Normalizer;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import fr.kiosque.comment.api.CommentView;
import fr.kiosque.comment.api.CommentView.Mention;

/**
 * "@Name" in a comment's text, resolved to the comment it answers: the latest comment published
 * before it, in the same article's discussion, by an author of that name. Names match without
 * case or accents ("@helene" finds Hélène) and may have several words ("@Jean Dupont"); the
 * longest name that matches wins.
 */
final class Mentions {

    /** Words a mention may have ("@Marie Claire Dupont"). */
    static final int MAX_WORDS = 4;
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern SEPARATORS = Pattern.compile("[^\\p{L}\\p{N}]+");

    private Mentions() {
    }

    /** A name as mentions compare it: no accents, lower case, words separated by one space. */
    static String fold(String name) {
        String decomposed = Normalizer.normalize(name, Normalizer.Form.NFD);
        String folded = SEPARATORS.matcher(MARKS.matcher(decomposed).replaceAll("").toLowerCase(Locale.ROOT)).replaceAll(" ").strip();
        return folded.length() > 80 ? folded.substring(0, 80).strip() : folded;
    }

    /** One "@…" of a text: the names it may stand for, longest first (as written, and folded). */
    record Token(List<String> written, List<String> keys) {
    }

    /** The "@…" of a text. An "@" inside a word (an e-mail address) is not a mention. */
    static List<Token> tokens(String text) {
        List<Token> tokens = new ArrayList<>();
        int at = text.indexOf('@');
        while (at >= 0) {
            if (at == 0 || !Character.isLetterOrDigit(text.codePointBefore(at))) {
                Token token = token(text, at + 1);
                if (token != null) {
                    tokens.add(token);
                }
            }
            at = text.indexOf('@', at + 1);
        }
        return tokens;
    }

    /** The folded names every token of these texts may stand for. */
    static Set<String> keys(List<String> texts) {
        Set<String> keys = new LinkedHashSet<>();
        for (String text : texts) {
            for (Token token : tokens(text)) {
                keys.addAll(token.keys());
            }
        }
        return keys;
    }

    /**
     * The mentions of a comment written at {@code createdAt} (id {@code id}): for each token, the
     * longest name with an earlier comment, and its latest earlier comment; the first
     * {@value CommentView#MAX_MENTIONS} at most.
     */
    static List<Mention> resolve(long id, Instant createdAt, String text, Map<String, List<CommentRepository.MentionCandidate>> byKey) {
        List<Mention> mentions = new ArrayList<>();
        Set<Long> seen = new LinkedHashSet<>();
        for (Token token : tokens(text)) {
            for (int i = 0; i < token.keys().size(); i++) {
                CommentRepository.MentionCandidate answered = byKey.getOrDefault(token.keys().get(i), List.of()).stream()
                        .filter(c -> c.id() != id && earlier(c, createdAt, id))
                        .max(Comparator.comparing(CommentRepository.MentionCandidate::createdAt)
                                .thenComparing(CommentRepository.MentionCandidate::id))
                        .orElse(null);
                if (answered != null) {
                    if (seen.add(answered.id())) {
                        mentions.add(new Mention(token.written().get(i), answered.id()));
                        if (mentions.size() == CommentView.MAX_MENTIONS) {
                            return mentions;
                        }
                    }
                    break;
                }
            }
        }
        return mentions;
    }

    private static boolean earlier(CommentRepository.MentionCandidate candidate, Instant createdAt, long id) {
        int order = candidate.createdAt().compareTo(createdAt);
        return order < 0 || (order == 0 && candidate.id() < id);
    }

    /** The words after an "@" at {@code start}: up to {@link #MAX_WORDS}, separated by single spaces. */
    private static Token token(String text, int start) {
        List<int[]> words = new ArrayList<>(); // [start, end) of each word
        int position = start;
        while (words.size() < MAX_WORDS) {
            int end = position;
            while (end < text.length() && isNameChar(text.codePointAt(end))) {
                end += Character.charCount(text.codePointAt(end));
            }
            // a name does not end with punctuation: "@Yves." is Yves
            while (end > position && !Character.isLetterOrDigit(text.codePointBefore(end))) {
                end -= Character.charCount(text.codePointBefore(end));
            }
            if (end == position) {
                break;
            }
            words.add(new int[] { position, end });
            boolean oneSpace = end + 1 < text.length() && (text.charAt(end) == ' ' || text.charAt(end) == '\u00A0')
                    && Character.isLetterOrDigit(text.codePointAt(end + 1));
            if (!oneSpace || end < textEndOfWord(text, end)) {
                break;
            }
            position = end + 1;
        }
        if (words.isEmpty()) {
            return null;
        }
        List<String> written = new ArrayList<>();
        List<String> keys = new ArrayList<>();
        for (int n = words.size(); n >= 1; n--) {
            String name = text.substring(start, words.get(n - 1)[1]);
            String key = fold(name);
            if (!key.isEmpty() && !keys.contains(key)) {
                written.add(name);
                keys.add(key);
            }
        }
        return keys.isEmpty() ? null : new Token(written, keys);
    }

    /** Where the name characters starting at {@code from} end: past {@code from} when trailing punctuation was cut. */
    private static int textEndOfWord(String text, int from) {
        int end = from;
        while (end < text.length() && isNameChar(text.codePointAt(end))) {
            end += Character.charCount(text.codePointAt(end));
        }
        return end;
    }

    private static boolean isNameChar(int codePoint) {
        return Character.isLetterOrDigit(codePoint) || Character.getType(codePoint) == Character.NON_SPACING_MARK
                || codePoint == '-' || codePoint == '\'' || codePoint == '’' || codePoint == '.' || codePoint == '_';
    }
}
