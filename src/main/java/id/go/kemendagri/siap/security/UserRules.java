package id.go.kemendagri.siap.security;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

import id.go.kemendagri.siap.base.Formats;
import id.go.kemendagri.siap.base.ProvinceDirectory;

/** What a user record must satisfy, as field name to translation key. Uniqueness is the service's part. */
final class UserRules {

    static final String USERNAME_FORM = "[a-z0-9][a-z0-9._-]{2,59}";
    static final Pattern USERNAME = Pattern.compile(USERNAME_FORM);
    static final int MAX_FULL_NAME_LENGTH = 120;

    private UserRules() {
    }

    static Map<String, String> check(UserDraft draft, boolean creating, ProvinceDirectory provinces) {
        var errors = new LinkedHashMap<String, String>();
        if (creating && (draft.username() == null || !USERNAME.matcher(draft.username().trim()).matches())) {
            errors.put("username", "user.error.username");
        }
        if (draft.fullName() == null || draft.fullName().isBlank()
                || draft.fullName().trim().length() > MAX_FULL_NAME_LENGTH) {
            errors.put("fullName", "user.error.full-name");
        }
        if (draft.role() == null) {
            errors.put("role", "user.error.role");
        } else if (draft.role() == Role.PROVINCIAL_STAFF
                && (draft.provinceCode() == null || !provinces.isProvince(draft.provinceCode()))) {
            errors.put("provinceCode", "user.error.province");
        }
        var password = draft.password() == null ? "" : draft.password();
        if ((creating || !password.isEmpty()) && (password.length() < UserService.MIN_PASSWORD_LENGTH
                || password.length() > UserService.MAX_PASSWORD_LENGTH)) {
            errors.put("password", "user.error.password");
        } else if (!password.isEmpty() && draft.username() != null && password.equalsIgnoreCase(draft.username().trim())) {
            // The demo accounts' password: the first thing anyone tries.
            errors.put("password", "user.error.password-is-username");
        }
        if (draft.locale() != null && !draft.locale().isBlank() && !isSpoken(draft.locale())) {
            errors.put("locale", "user.error.locale");
        }
        return errors;
    }

    /** The stored language tag: one of the two languages the application speaks, Indonesian by default. */
    static String locale(UserDraft draft) {
        if (draft.locale() == null || draft.locale().isBlank()) {
            return Formats.INDONESIAN.toLanguageTag();
        }
        return Formats.normalise(Locale.forLanguageTag(draft.locale())).toLanguageTag();
    }

    private static boolean isSpoken(String tag) {
        var language = Locale.forLanguageTag(tag).getLanguage();
        return "id".equals(language) || "en".equals(language);
    }

    /** Only provincial staff are bound to a province; for everyone else the province is cleared. */
    static String scopedProvince(UserDraft draft) {
        return draft.role() == Role.PROVINCIAL_STAFF ? draft.provinceCode() : null;
    }
}
