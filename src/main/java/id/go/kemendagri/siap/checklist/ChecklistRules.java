package id.go.kemendagri.siap.checklist;

import static id.go.kemendagri.siap.base.WebLinks.isWebLink;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;

/** Server-side checks of what a region reports for an item and of an evaluator's reason. */
public final class ChecklistRules {

    public static final int MAX_NOTE = 2000;
    public static final int MAX_REASON = 1000;
    /** Control characters other than line breaks and tabs, which notes may contain. */
    private static final Pattern CONTROL = Pattern.compile("[\\p{Cntrl}&&[^\\r\\n\\t]]");

    private ChecklistRules() {
    }

    /**
     * @param hasFile whether the item keeps an uploaded file (a blank link keeps it)
     */
    public static Map<String, String> check(ChecklistItemDraft draft, boolean evidenceRequired, boolean hasFile) {
        var errors = new LinkedHashMap<String, String>();
        if (draft.status() == null) {
            errors.put("status", "checklist.error.status");
        }
        var note = trim(draft.note());
        if (note.length() > MAX_NOTE || CONTROL.matcher(note).find()) {
            errors.put("note", "checklist.error.note");
        } else if (draft.status() == ItemStatus.TIDAK_BERLAKU && note.isEmpty()) {
            errors.put("note", "checklist.error.note-required");
        }
        var link = trim(draft.link());
        if (!link.isEmpty() && !isWebLink(link)) {
            errors.put("link", "checklist.error.link");
        }
        if (draft.status() == ItemStatus.SELESAI && evidenceRequired && link.isEmpty() && !hasFile) {
            errors.put("evidence", "checklist.error.evidence-required");
        }
        return errors;
    }

    public static Map<String, String> checkReason(String reason) {
        var text = trim(reason);
        if (text.isEmpty()) {
            return Map.of("reason", "checklist.error.reason-required");
        }
        if (text.length() > MAX_REASON || CONTROL.matcher(text).find()) {
            return Map.of("reason", "checklist.error.reason");
        }
        return Map.of();
    }


    static String trim(String value) {
        return value == null ? "" : value.strip();
    }

    static String emptyToNull(String value) {
        var text = trim(value);
        return text.isEmpty() ? null : text;
    }
}
