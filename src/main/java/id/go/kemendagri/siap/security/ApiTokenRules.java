package id.go.kemendagri.siap.security;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

import id.go.kemendagri.siap.base.ProvinceDirectory;

/** What a token to issue must satisfy, as field name to translation key. */
final class ApiTokenRules {

    static final int MIN_NAME_LENGTH = 3;
    static final int MAX_NAME_LENGTH = 80;
    /** A token lives at most a year: a partner who still needs it gets a new one, and the old one dies. */
    static final int MAX_DAYS = 366;

    private ApiTokenRules() {
    }

    static Map<String, String> check(ApiTokenDraft draft, LocalDate today, ProvinceDirectory provinces) {
        var errors = new LinkedHashMap<String, String>();
        var name = draft.name() == null ? "" : draft.name().strip();
        if (name.length() < MIN_NAME_LENGTH || name.length() > MAX_NAME_LENGTH) {
            errors.put("name", "api-token.error.name");
        }
        if (draft.scopes() == null || draft.scopes().isEmpty()) {
            errors.put("scopes", "api-token.error.scopes");
        } else if (draft.scopes().contains(ApiScope.PJ_SCORES) && !draft.scopes().contains(ApiScope.PJ_REPORTS)) {
            errors.put("scopes", "api-token.error.scores-need-reports");
        }
        if (draft.provinceCode() != null && !provinces.isProvince(draft.provinceCode())) {
            errors.put("provinceCode", "api-token.error.province");
        }
        if (draft.expiresOn() == null || !draft.expiresOn().isAfter(today)
                || draft.expiresOn().isAfter(today.plusDays(MAX_DAYS))) {
            errors.put("expiresOn", "api-token.error.expires");
        }
        return errors;
    }
}
