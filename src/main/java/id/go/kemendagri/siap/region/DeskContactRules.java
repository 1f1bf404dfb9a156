package id.go.kemendagri.siap.region;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;

import id.go.kemendagri.siap.base.DraftConstraints;

/**
 * Server-side checks of a Desk Pilkada contact: the draft's constraints (lengths, no control characters,
 * the e-mail's form; see {@link DeskContactDraft}), on the trimmed values, and the phone number, which is
 * read through the separators people type. Returns translation keys per field; empty when valid. The form
 * shows the same constraints while typing, but these are the ones that count.
 */
public final class DeskContactRules {

    static final int MAX_TEXT = 100;
    static final int MAX_EMAIL = 120;
    static final int MAX_PHONE = 20;
    static final String NO_CONTROL = "[^\\p{Cntrl}]*";
    static final String EMAIL_PATTERN = "[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+(?:\\.[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+)*"
            + "@(?:[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?\\.)+[A-Za-z]{2,24}";
    /** Indonesian numbers: mobile 08xx / +628xx, or a landline with area code (021, 0536, +6221 ...). */
    static final Pattern PHONE = Pattern.compile("(?:\\+62|0)(?:8[1-9]\\d{6,10}|[2-7]\\d{6,10})");
    private static final Pattern SEPARATORS = Pattern.compile("[\\s().-]");

    private DeskContactRules() {
    }

    public static Map<String, String> check(DeskContactDraft draft) {
        var trimmed = new DeskContactDraft(trim(draft.name()), trim(draft.position()), trim(draft.unit()),
                trim(draft.phone()), trim(draft.email()), draft.version());
        var errors = new LinkedHashMap<>(DraftConstraints.check(trimmed));
        if (!errors.containsKey("phone") && !PHONE.matcher(digitsOf(trimmed.phone())).matches()) {
            errors.put("phone", "contact.error.phone");
        }
        return errors;
    }

    static String trim(String value) {
        return value == null ? "" : value.strip();
    }

    /** The phone number without the spaces, dashes, dots and brackets people type. */
    static String digitsOf(String phone) {
        return SEPARATORS.matcher(phone).replaceAll("");
    }
}
