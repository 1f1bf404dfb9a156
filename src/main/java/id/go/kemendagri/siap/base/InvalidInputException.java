package id.go.kemendagri.siap.base;

import java.util.Map;

/**
 * Input rejected by a service. Holds translation keys per field so that every screen (and every
 * language) explains the problem the same way; nothing was stored.
 */
public class InvalidInputException extends RuntimeException {

    private final Map<String, String> fieldErrors;

    public InvalidInputException(Map<String, String> fieldErrors) {
        super("Invalid input: " + fieldErrors);
        this.fieldErrors = Map.copyOf(fieldErrors);
    }

    /** Refuses a draft with field errors (field name to translation key): nothing is stored. None: returns. */
    public static void throwIfAny(Map<String, String> fieldErrors) {
        if (!fieldErrors.isEmpty()) {
            throw new InvalidInputException(fieldErrors);
        }
    }

    /** Field name to translation key. */
    public Map<String, String> fieldErrors() {
        return fieldErrors;
    }
}
