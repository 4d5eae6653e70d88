package fr.kiosque.ghost;

import java.util.ArrayList;
import java.util.List;

/**
 * A small hand-written parser of the subset of Ghost's NQL filter language that frontends use:
 * {@code field:value}, {@code field:-value} (negation), {@code field:[a,b]} (any of), {@code field:>value}
 * ({@code >}, {@code >=}, {@code <}, {@code <=}), {@code 'quoted values'}, {@code +} (and, binding
 * tighter) and {@code ,} (or), parentheses. It only builds a tree: what a field means, and whether
 * it is supported at all, is decided by its reader ({@link PostFilters}, {@link TermFilters}); values
 * never become query text. Anything else is an {@link InvalidFilter} naming the position.
 */
final class Nql {

    /** Longest filter read, and deepest nesting of parentheses: past them, a 400. */
    static final int MAX_LENGTH = 2000;
    static final int MAX_DEPTH = 8;
    /** Most values in one filter (lists included). */
    static final int MAX_VALUES = 100;

    sealed interface Node {
    }

    enum Op {
        EQ, GT, GTE, LT, LTE
    }

    /** {@code field:value}, {@code field:-[a,b]}, {@code field:>=value}; a list only with {@code EQ}. */
    record Condition(String field, boolean negated, Op op, List<String> values) implements Node {
        Condition {
            values = List.copyOf(values);
        }
    }

    record And(List<Node> nodes) implements Node {
        And {
            nodes = List.copyOf(nodes);
        }
    }

    record Or(List<Node> nodes) implements Node {
        Or {
            nodes = List.copyOf(nodes);
        }
    }

    /** A filter that is not NQL, or not the subset read here. */
    static final class InvalidFilter extends RuntimeException {
        private static final long serialVersionUID = 1L;

        InvalidFilter(String message) {
            super(message);
        }
    }

    private final String text;
    private int position;
    private int values;

    private Nql(String text) {
        this.text = text;
    }

    static Node parse(String filter) {
        if (filter == null || filter.isBlank()) {
            throw new InvalidFilter("Empty filter");
        }
        if (filter.length() > MAX_LENGTH) {
            throw new InvalidFilter("Filter longer than " + MAX_LENGTH + " characters");
        }
        Nql parser = new Nql(filter);
        Node node = parser.or(0);
        parser.skipSpaces();
        if (parser.position < filter.length()) {
            throw parser.error("Unexpected '" + filter.charAt(parser.position) + "'");
        }
        return node;
    }

    private Node or(int depth) {
        List<Node> nodes = new ArrayList<>();
        nodes.add(and(depth));
        while (accept(',')) {
            nodes.add(and(depth));
        }
        return nodes.size() == 1 ? nodes.get(0) : new Or(nodes);
    }

    private Node and(int depth) {
        List<Node> nodes = new ArrayList<>();
        nodes.add(unary(depth));
        while (accept('+')) {
            nodes.add(unary(depth));
        }
        return nodes.size() == 1 ? nodes.get(0) : new And(nodes);
    }

    private Node unary(int depth) {
        if (accept('(')) {
            if (depth + 1 > MAX_DEPTH) {
                throw error("Parentheses nested deeper than " + MAX_DEPTH);
            }
            Node inner = or(depth + 1);
            expect(')');
            return inner;
        }
        return condition();
    }

    private Condition condition() {
        skipSpaces();
        int start = position;
        while (position < text.length() && isFieldChar(text.charAt(position))) {
            position++;
        }
        if (start == position) {
            throw error("Expected a property name");
        }
        String field = text.substring(start, position);
        expect(':');
        boolean negated = accept('-');
        Op op = Op.EQ;
        if (accept('>')) {
            op = acceptNow('=') ? Op.GTE : Op.GT;
        } else if (accept('<')) {
            op = acceptNow('=') ? Op.LTE : Op.LT;
        } else if (peek() == '~') {
            throw error("The ~ (contains) operator is not supported");
        }
        List<String> list = new ArrayList<>();
        if (accept('[')) {
            if (op != Op.EQ) {
                throw error("A list takes no comparison operator");
            }
            list.add(value());
            while (accept(',')) {
                list.add(value());
            }
            expect(']');
        } else {
            list.add(value());
        }
        return new Condition(field, negated, op, list);
    }

    private String value() {
        skipSpaces();
        if (++values > MAX_VALUES) {
            throw error("More than " + MAX_VALUES + " values");
        }
        if (position < text.length() && (text.charAt(position) == '\'' || text.charAt(position) == '"')) {
            char quote = text.charAt(position++);
            StringBuilder value = new StringBuilder();
            while (position < text.length() && text.charAt(position) != quote) {
                char c = text.charAt(position++);
                if (c == '\\' && position < text.length()) {
                    c = text.charAt(position++);
                }
                value.append(c);
            }
            if (position >= text.length()) {
                throw error("Unterminated quoted value");
            }
            position++;
            return value.toString();
        }
        int start = position;
        while (position < text.length() && isLiteralChar(text.charAt(position))) {
            position++;
        }
        if (start == position) {
            throw error("Expected a value");
        }
        return text.substring(start, position);
    }

    private static boolean isFieldChar(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_' || c == '.';
    }

    /** A bare value: letters, digits and {@code - _ . :} (slugs, numbers, dates, true/false). */
    private static boolean isLiteralChar(char c) {
        return Character.isLetterOrDigit(c) || c == '-' || c == '_' || c == '.' || c == ':';
    }

    private char peek() {
        skipSpaces();
        return position < text.length() ? text.charAt(position) : 0;
    }

    private boolean accept(char c) {
        if (peek() == c) {
            position++;
            return true;
        }
        return false;
    }

    /** The character right here, no space before it ({@code >=}). */
    private boolean acceptNow(char c) {
        if (position < text.length() && text.charAt(position) == c) {
            position++;
            return true;
        }
        return false;
    }

    private void expect(char c) {
        if (!accept(c)) {
            throw error("Expected '" + c + "'");
        }
    }

    private void skipSpaces() {
        while (position < text.length() && text.charAt(position) == ' ') {
            position++;
        }
    }

    private InvalidFilter error(String message) {
        return new InvalidFilter(message + " at position " + position + " of the filter");
    }
}
