package fr.kiosque.article.api;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;

/** A cover names a library image (mediaId) or an image hosted elsewhere (url): without either, a 400 naming {@code url}. */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = UrlOrMedia.Check.class)
public @interface UrlOrMedia {

    String message() default "{jakarta.validation.constraints.NotBlank.message}";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    class Check implements ConstraintValidator<UrlOrMedia, ArticleRequest.CoverImageRequest> {
        @Override
        public boolean isValid(ArticleRequest.CoverImageRequest cover, ConstraintValidatorContext context) {
            if (cover == null || cover.mediaId() != null || (cover.url() != null && !cover.url().isBlank())) {
                return true;
            }
            context.disableDefaultConstraintViolation();
            context.buildConstraintViolationWithTemplate(context.getDefaultConstraintMessageTemplate()).addPropertyNode("url")
                    .addConstraintViolation();
            return false;
        }
    }
}
