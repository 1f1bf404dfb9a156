package id.go.kemendagri.siap.base;

import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;

/**
 * Bean Validation of draft records (what forms submit to services), for the rules that are simple
 * constraints: not blank, a length, a pattern, a range. A constraint's {@code message} is a translation key
 * (for example {@code contact.error.name}), so that the form (through {@code base.ui.DraftForm}) and the
 * service's {@link InvalidInputException} explain a problem in the same words. Rules that need data or
 * compare fields stay in the features' rule classes.
 */
public final class DraftConstraints {

    private static final Validator VALIDATOR = Validation.buildDefaultValidatorFactory().getValidator();

    private DraftConstraints() {
    }

    /** Property name to translation key, the first broken constraint of each property; empty when valid. */
    public static Map<String, String> check(Object draft) {
        var errors = new LinkedHashMap<String, String>();
        for (var violation : VALIDATOR.validate(draft)) {
            errors.putIfAbsent(violation.getPropertyPath().toString(), violation.getMessageTemplate());
        }
        return errors;
    }

    /** The translation key of the first constraint {@code value} breaks as {@code property} of {@code type}, or null. */
    public static <T> String check(Class<T> type, String property, Object value) {
        return VALIDATOR.validateValue(type, property, value).stream().map(ConstraintViolation::getMessageTemplate)
                .findFirst().orElse(null);
    }
}
