package id.go.kemendagri.siap.followup;

import static id.go.kemendagri.siap.base.WebLinks.isWebLink;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/** Checks of meetings and follow-ups; each problem is a field and a translation key. */
final class FollowUpRules {

    static final int MAX_MINUTES = 8000;
    static final int MAX_NOTE = 1000;
    static final int MAX_DESCRIPTION = 500;
    static final int MAX_UNIT = 100;
    private static final Pattern CONTROL = Pattern.compile("[\\p{Cntrl}&&[^\\n\\r\\t]]");
    private static final LocalDate EARLIEST = LocalDate.of(2000, 1, 1);

    private FollowUpRules() {
    }

    static String trim(String text) {
        return text == null ? "" : text.strip();
    }

    static Map<String, String> checkMeeting(MeetingDraft draft, Set<String> knownRegions) {
        var errors = new LinkedHashMap<String, String>();
        if (draft.type() == null) {
            errors.put("type", "followup.error.type");
        }
        text(errors, "title", draft.title(), 3, 200);
        if (draft.date() == null || draft.date().isBefore(EARLIEST) || draft.date().getYear() > 2100) {
            errors.put("date", "followup.error.date");
        }
        text(errors, "organiser", draft.organiser(), 2, 150);
        text(errors, "place", draft.place(), 2, 200);
        if (trim(draft.minutes()).length() > MAX_MINUTES || CONTROL.matcher(trim(draft.minutes())).find()) {
            errors.put("minutes", "followup.error.minutes");
        }
        regions(errors, draft.regionCodes(), knownRegions, "followup.error.regions-unknown");
        return errors;
    }

    static Map<String, String> checkFollowUp(FollowUpDraft draft, LocalDate meetingDate, Set<String> participants) {
        var errors = new LinkedHashMap<String, String>();
        text(errors, "description", draft.description(), 3, MAX_DESCRIPTION);
        if (draft.unit() == null) {
            errors.put("unit", "followup.error.unit");
        } else if (draft.unit() == ResponsibleUnit.LAINNYA) {
            text(errors, "unitOther", draft.unitOther(), 2, MAX_UNIT);
        }
        if (draft.deadline() == null) {
            errors.put("deadline", "followup.error.deadline");
        } else if (draft.deadline().isBefore(meetingDate)) {
            errors.put("deadline", "followup.error.deadline-before-meeting");
        } else if (draft.deadline().getYear() > 2100) {
            errors.put("deadline", "followup.error.deadline");
        }
        regions(errors, draft.regionCodes(), participants, "followup.error.regions-not-participants");
        return errors;
    }

    static Map<String, String> checkProgress(FollowUpProgress progress, boolean mayClose) {
        var errors = new LinkedHashMap<String, String>();
        if (progress.status() == null) {
            errors.put("status", "followup.error.status");
        } else if (progress.status() == FollowUpStatus.SELESAI && !mayClose) {
            errors.put("status", "followup.error.status-close");
        }
        var note = trim(progress.note());
        if (note.length() > MAX_NOTE || CONTROL.matcher(note).find()) {
            errors.put("note", "followup.error.note");
        }
        var link = trim(progress.evidenceLink());
        if (!link.isEmpty() && !isWebLink(link)) {
            errors.put("evidenceLink", "followup.error.link");
        }
        return errors;
    }


    /** At least one region chosen, and only among {@code allowed}: else {@code outsideKey}. */
    private static void regions(Map<String, String> errors, Set<String> chosen, Set<String> allowed,
            String outsideKey) {
        if (chosen == null || chosen.isEmpty()) {
            errors.put("regions", "followup.error.regions");
        } else if (!allowed.containsAll(chosen)) {
            errors.put("regions", outsideKey);
        }
    }

    private static void text(Map<String, String> errors, String field, String value, int min, int max) {
        var text = trim(value);
        if (text.length() < min || text.length() > max || CONTROL.matcher(text).find()) {
            errors.put(field, "followup.error." + field);
        }
    }
}
