package fr.kiosque.common.json;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * JSON text that can be written verbatim inside an HTML {@code <script>} element (JSON-LD's
 * {@code <script type="application/ld+json">}): {@code <}, {@code >} and {@code &} are written
 * as the JSON escapes backslash-u003c, backslash-u003e and backslash-u0026, so that no {@code </script>},
 * {@code <!--} or character reference can end or change the element, whatever the strings hold;
 * U+2028 and U+2029 too, which older JavaScript parsers took for line ends. A JSON parser reads
 * the escaped text back as exactly the same value: these characters only ever occur inside JSON
 * strings, where an escape means the character itself.
 * <p>
 * A frontend must insert this text as it is: serializing the parsed object again
 * ({@code JSON.stringify}) puts {@code </script>} back.
 */
public final class ScriptSafeJson {

    private ScriptSafeJson() {
    }

    /** {@code json} with {@code <}, {@code >}, {@code &}, U+2028 and U+2029 as backslash-u escapes. Pure. */
    public static String escape(String json) {
        StringBuilder out = null;
        for (int i = 0; i < json.length(); i++) {
            char c = json.charAt(i);
            String escape = switch (c) {
                case '<' -> "\\u003c";
                case '>' -> "\\u003e";
                case '&' -> "\\u0026";
                case '\u2028' -> "\\u2028";
                case '\u2029' -> "\\u2029";
                default -> null;
            };
            if (escape != null && out == null) {
                out = new StringBuilder(json.length() + 32).append(json, 0, i);
            }
            if (out != null) {
                if (escape != null) {
                    out.append(escape);
                } else {
                    out.append(c);
                }
            }
        }
        return out == null ? json : out.toString();
    }

    /** {@code value} serialized by {@code mapper} (the one that writes the answers), then {@link #escape escaped}. */
    public static String write(ObjectMapper mapper, Object value) {
        try {
            return escape(mapper.writeValueAsString(value));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot serialize " + value.getClass().getSimpleName(), e);
        }
    }
}
