package fr.kiosque.common.json;

import java.io.IOException;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.deser.std.StringDeserializer;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;

/**
 * Every JSON string Kiosque reads is valid Unicode text without NUL: an unpaired surrogate
 * ({@code "\ud800"}, which JSON escapes allow but no UTF-8 can hold) or a {@code \u0000} is refused
 * as an invalid value of its field (400), before anything stores or looks it up (PostgreSQL refuses
 * both).
 */
final class StrictStrings extends StdScalarDeserializer<String> {

    StrictStrings() {
        super(String.class);
    }

    @Override
    public String deserialize(JsonParser parser, DeserializationContext context) throws IOException {
        String value = StringDeserializer.instance.deserialize(parser, context);
        if (value != null && !valid(value)) {
            throw InvalidFormatException.from(parser, "texte Unicode invalide (caractère nul ou demi-paire de substitution)",
                    value, String.class);
        }
        return value;
    }

    static boolean valid(String value) {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == 0) {
                return false;
            }
            if (Character.isHighSurrogate(c)) {
                if (i + 1 >= value.length() || !Character.isLowSurrogate(value.charAt(i + 1))) {
                    return false;
                }
                i++;
            } else if (Character.isLowSurrogate(c)) {
                return false;
            }
        }
        return true;
    }
}
