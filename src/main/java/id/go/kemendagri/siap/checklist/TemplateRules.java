package id.go.kemendagri.siap.checklist;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;

/** Checks of a template item; translation keys per field. */
final class TemplateRules {

    static final Pattern CODE = Pattern.compile("[A-Z]{2,4}-\\d{2}");
    static final int MAX_DAYS = 730;
    static final int MAX_WEIGHT = 10;

    private TemplateRules() {
    }

    static Map<String, String> check(TemplateItemDraft draft) {
        var errors = new LinkedHashMap<String, String>();
        if (draft.code() == null || !CODE.matcher(draft.code()).matches()) {
            errors.put("code", "checklist.template.error.code");
        }
        if (draft.theme() == null) {
            errors.put("theme", "checklist.template.error.theme");
        }
        text(errors, "nameId", draft.nameId(), 3, 300, true);
        text(errors, "nameEn", draft.nameEn(), 3, 300, true);
        text(errors, "guidanceId", draft.guidanceId(), 0, 1000, false);
        text(errors, "guidanceEn", draft.guidanceEn(), 0, 1000, false);
        text(errors, "legalBasis", draft.legalBasis(), 0, 300, false);
        var hasDate = draft.deadlineDate() != null;
        var hasDays = draft.daysBefore() != null;
        if (hasDate == hasDays || hasDays && (draft.daysBefore() < 0 || draft.daysBefore() > MAX_DAYS)) {
            errors.put("deadline", "checklist.template.error.deadline");
        }
        if (!draft.forProvince() && !draft.forKabupaten() && !draft.forKota()) {
            errors.put("levels", "checklist.template.error.levels");
        }
        if (draft.weight() < 1 || draft.weight() > MAX_WEIGHT) {
            errors.put("weight", "checklist.template.error.weight");
        }
        if (draft.derivedFrom() != null && draft.derivedFrom().fromBudget() && draft.theme() != null
                && draft.theme() != Theme.PENDANAAN) {
            errors.put("derivedFrom", "checklist.template.error.derived-theme");
        }
        return errors;
    }

    private static void text(Map<String, String> errors, String field, String value, int min, int max,
            boolean required) {
        var text = ChecklistRules.trim(value);
        if (text.isEmpty() && !required) {
            return;
        }
        if (text.length() < Math.max(min, 1) || text.length() > max) {
            errors.put(field, "checklist.template.error.text");
        }
    }
}
