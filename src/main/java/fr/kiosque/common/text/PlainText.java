package fr.kiosque.common.text;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.text.Normalizer;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;

/**
 * Reader text (comments, CV messages): plain text, never HTML. It is kept exactly as sent, after
 * two changes only: Unicode NFC normalization (an "é" typed as e + combining accent becomes one
 * character) and trimming of leading and trailing white space. Markup, entities, RTL overrides
 * and zero-width characters stay as they are: clients display it as text, never as HTML.
 */
public final class PlainText {

    private PlainText() {
    }

    /** NFC, then {@link String#strip()}; {@code null} stays {@code null}. */
    public static String normalize(String text) {
        return text == null ? null : Normalizer.normalize(text, Normalizer.Form.NFC).strip();
    }

    /** Characters as a reader counts them: Unicode code points (an emoji is one, not two UTF-16 units). */
    public static int length(String text) {
        return text.codePointCount(0, text.length());
    }

    /**
     * Why {@code text} cannot be stored (a message key of ValidationMessages), or {@code null}: PostgreSQL
     * text holds no NUL, and a lone surrogate is no character.
     */
    public static String unstorable(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\u0000') {
                return "{kiosque.plain-text.nul}";
            }
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                return "{kiosque.plain-text.surrogate}";
            }
        }
        return null;
    }

    /** Whether something would show: a code point that is neither white space, a control nor a format character. */
    public static boolean hasVisibleText(String text) {
        return text.codePoints().anyMatch(cp -> !Character.isWhitespace(cp) && !Character.isSpaceChar(cp)
                && Character.getType(cp) != Character.CONTROL && Character.getType(cp) != Character.FORMAT);
    }

    /**
     * On a normalized String field: between {@link #min()} and {@link #max()} characters (code
     * points), storable, and with something visible in it. {@code null} is valid (pair it with
     * {@code @NotNull} or {@code @NotBlank}).
     */
    @Documented
    @Constraint(validatedBy = Validator.class)
    @Target({ ElementType.FIELD, ElementType.PARAMETER, ElementType.METHOD, ElementType.RECORD_COMPONENT, ElementType.TYPE_USE })
    @Retention(RetentionPolicy.RUNTIME)
    public @interface Size {
        int min() default 1;

        int max();

        String message() default "{kiosque.plain-text.size}";

        Class<?>[] groups() default {};

        Class<? extends Payload>[] payload() default {};
    }

    public static final class Validator implements ConstraintValidator<Size, String> {

        private int min;
        private int max;

        @Override
        public void initialize(Size size) {
            min = size.min();
            max = size.max();
        }

        @Override
        public boolean isValid(String value, ConstraintValidatorContext context) {
            if (value == null) {
                return true;
            }
            String refusal = unstorable(value);
            if (refusal == null && !value.isEmpty() && !hasVisibleText(value)) {
                refusal = "{kiosque.plain-text.invisible}";
            }
            if (refusal != null) {
                context.disableDefaultConstraintViolation();
                context.buildConstraintViolationWithTemplate(refusal).addConstraintViolation();
                return false;
            }
            int length = length(value);
            return length >= min && length <= max;
        }
    }
}
