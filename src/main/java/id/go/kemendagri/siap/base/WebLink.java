package id.go.kemendagri.siap.base;

import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.METHOD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;

/**
 * A draft's optional link: empty, or a link that {@link WebLinks#isWebLink} accepts once the white space around it
 * is trimmed away (as the services store it). The form shows {@link #message} while the user types, and the
 * service's rules check the same {@link WebLinks} rule again, so both refuse the same links.
 */
@Documented
@Constraint(validatedBy = WebLink.Check.class)
@Target({ FIELD, METHOD, PARAMETER })
@Retention(RUNTIME)
public @interface WebLink {

    /** The translation key of the field's message. */
    String message();

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    /** The validator behind the constraint. */
    final class Check implements ConstraintValidator<WebLink, String> {

        @Override
        public boolean isValid(String link, ConstraintValidatorContext context) {
            return link == null || link.isBlank() || WebLinks.isWebLink(link.strip());
        }
    }
}
