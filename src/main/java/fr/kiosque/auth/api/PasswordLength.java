package fr.kiosque.auth.api;

import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.METHOD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.ElementType.RECORD_COMPONENT;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;
import java.nio.charset.StandardCharsets;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;

/**
 * A password bcrypt can take whole: at most 72 bytes in UTF-8. bcrypt ignores whatever follows
 * the 72nd byte, so a longer password would be accepted with any ending; Kiosque refuses it
 * instead (400 naming the field), when an account is created or changed and at login. Accented
 * letters take two bytes, so the limit is between 18 and 72 characters.
 */
@Documented
@Constraint(validatedBy = PasswordLength.Validator.class)
@Target({ FIELD, METHOD, PARAMETER, RECORD_COMPONENT })
@Retention(RUNTIME)
public @interface PasswordLength {

    int MAX_BYTES = 72;

    String message() default "{kiosque.password.bytes}";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    class Validator implements ConstraintValidator<PasswordLength, String> {

        @Override
        public boolean isValid(String value, ConstraintValidatorContext context) {
            return value == null || value.getBytes(StandardCharsets.UTF_8).length <= MAX_BYTES;
        }
    }
}
