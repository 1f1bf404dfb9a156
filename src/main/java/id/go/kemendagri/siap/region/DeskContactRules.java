package id.go.kemendagri.siap.region;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Server-side checks of a Desk Pilkada contact. Returns translation keys per field; empty when valid.
 * The form shows the same rules while typing, but these are the ones that count.
 */
public final class DeskContactRules {

    static final int MAX_TEXT = 100;
    static final int MAX_EMAIL = 120;
    static final int MAX_PHONE = 20;
    /** Indonesian numbers: mobile 08xx / +628xx, or a landline with area code (021, 0536, +6221 ...). */
    static final Pattern PHONE = Pattern.compile("(?:\\+62|0)(?:8[1-9]\\d{6,10}|[2-7]\\d{6,10})");
    static final Pattern EMAIL = Pattern.compile(
            "[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+(?:\\.[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+)*"
                    + "@(?:[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?\\.)+[A-Za-z]{2,24}");
    private static final Pattern CONTROL = Pattern.compile("\\p{Cntrl}");
    private static final Pattern SEPARATORS = Pattern.compile("[\\s().-]");

    private DeskContactRules() {
    }

    public static Map<String, String> check(DeskContactDraft draft) {
        var errors = new LinkedHashMap<String, String>();
        text(errors, "name", draft.name(), 3);
        text(errors, "position", draft.position(), 2);
        text(errors, "unit", draft.unit(), 2);
        var phone = trim(draft.phone());
        if (phone.isEmpty() || phone.length() > MAX_PHONE || !PHONE.matcher(digitsOf(phone)).matches()) {
            errors.put("phone", "contact.error.phone");
        }
        var email = trim(draft.email());
        if (email.isEmpty() || email.length() > MAX_EMAIL || !EMAIL.matcher(email).matches()) {
            errors.put("email", "contact.error.email");
        }
        return errors;
    }

    private static void text(Map<String, String> errors, String field, String value, int min) {
        var text = trim(value);
        if (text.length() < min || text.length() > MAX_TEXT || CONTROL.matcher(text).find()) {
            errors.put(field, "contact.error." + field);
        }
    }

    static String trim(String value) {
        return value == null ? "" : value.strip();
    }

    /** The phone number without the spaces, dashes, dots and brackets people type. */
    static String digitsOf(String phone) {
        return SEPARATORS.matcher(phone).replaceAll("");
    }
}
