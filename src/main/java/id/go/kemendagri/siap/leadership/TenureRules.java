package id.go.kemendagri.siap.leadership;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;

import id.go.kemendagri.siap.region.RegionLevel;

/**
 * Server-side checks of appointments, extensions and ends. Each returns translation keys per field and
 * is empty when the input is valid.
 */
final class TenureRules {

    static final int MAX_NAME = 120;
    static final int MAX_TEXT = 150;
    static final int MAX_DECREE = 100;
    private static final Pattern NIP = Pattern.compile("\\d{18}");
    private static final Pattern CONTROL = Pattern.compile("\\p{Cntrl}");
    private static final Pattern SPACES = Pattern.compile("[\\s.]");

    private TenureRules() {
    }

    /**
     * A civil servant's NIP: 18 digits, the first eight the birth date (yyyyMMdd), the fifteenth the sex
     * (1 or 2). Spaces and dots as people type them are ignored.
     */
    static boolean validNip(String nip) {
        var digits = nipDigits(nip);
        if (!NIP.matcher(digits).matches()) {
            return false;
        }
        try {
            LocalDate.of(Integer.parseInt(digits.substring(0, 4)), Integer.parseInt(digits.substring(4, 6)),
                    Integer.parseInt(digits.substring(6, 8)));
        } catch (DateTimeException e) {
            return false;
        }
        var sex = digits.charAt(14);
        return sex == '1' || sex == '2';
    }

    static String nipDigits(String nip) {
        return nip == null ? "" : SPACES.matcher(nip).replaceAll("");
    }

    /** The decree a region's level calls for: a Keppres for a province, a Kepmendagri for a kabupaten/kota. */
    static LegalBasis pairedBasis(RegionLevel level) {
        return level == RegionLevel.PROVINSI ? LegalBasis.KEPPRES : LegalBasis.KEPMENDAGRI;
    }

    /**
     * The rank a Pj must come from: JPT madya for a Pj gubernur, JPT pratama for a Pj bupati/wali kota
     * (Permendagri 4/2023).
     */
    static Echelon pairedEchelon(RegionLevel level) {
        return level == RegionLevel.PROVINSI ? Echelon.JPT_MADYA : Echelon.JPT_PRATAMA;
    }

    static Map<String, String> checkAppointment(AppointmentDraft draft, RegionLevel level, LocalDate today) {
        var errors = new LinkedHashMap<String, String>();
        var status = draft.status();
        if (status == null) {
            errors.put("status", "leadership.error.status");
        }
        text(errors, "personName", draft.personName(), 3, MAX_NAME, true);
        var nip = nipDigits(draft.nip());
        if ((status != null && status.requiresNip() && nip.isEmpty()) || (!nip.isEmpty() && !validNip(nip))) {
            errors.put("nip", "leadership.error.nip");
        }
        var isPj = status == HeadStatus.PJ;
        text(errors, "originPosition", draft.originPosition(), 2, MAX_TEXT, isPj);
        text(errors, "originInstitution", draft.originInstitution(), 2, MAX_TEXT, isPj);
        if (isPj && draft.echelon() == null) {
            errors.put("echelon", "leadership.error.echelon");
        } else if (isPj && draft.echelon() != pairedEchelon(level)) {
            errors.put("echelon", level == RegionLevel.PROVINSI ? "leadership.error.echelon.province"
                    : "leadership.error.echelon.regency");
        }
        if (status != null && status.requiresPairedDecree()) {
            var paired = pairedBasis(level);
            if (draft.legalBasis() != paired) {
                errors.put("legalBasis", paired == LegalBasis.KEPPRES ? "leadership.error.legal-basis.province"
                        : "leadership.error.legal-basis.regency");
            }
            text(errors, "decreeNumber", draft.decreeNumber(), 3, MAX_DECREE, true);
        } else if (status != null && status.designatedByMinister()) {
            if (draft.legalBasis() != LegalBasis.KEPMENDAGRI) {
                errors.put("legalBasis", "leadership.error.legal-basis.pjs");
            }
            text(errors, "decreeNumber", draft.decreeNumber(), 3, MAX_DECREE, true);
        } else {
            text(errors, "decreeNumber", draft.decreeNumber(), 3, MAX_DECREE, false);
        }
        if (draft.swornInOn() == null || draft.swornInOn().isAfter(today)) {
            errors.put("swornInOn", "leadership.error.sworn-in");
        } else if (draft.termEndsOn() != null && !draft.termEndsOn().isAfter(draft.swornInOn())) {
            errors.put("termEndsOn", "leadership.error.term-end");
        }
        return errors;
    }

    /** The designated Pjs of a campaign leave: a civil servant with a valid NIP, by a Kepmendagri. */
    static Map<String, String> checkLeave(CampaignLeaveDraft draft) {
        var errors = new LinkedHashMap<String, String>();
        text(errors, "pjsName", draft.pjsName(), 3, MAX_NAME, true);
        if (!validNip(nipDigits(draft.pjsNip()))) {
            errors.put("pjsNip", "leadership.error.pjsNip");
        }
        text(errors, "pjsOrigin", draft.pjsOrigin(), 2, MAX_TEXT, false);
        text(errors, "decreeNumber", draft.decreeNumber(), 3, MAX_DECREE, true);
        if (draft.decreeDate() == null) {
            errors.put("decreeDate", "leadership.error.leave.decree-date");
        }
        return errors;
    }

    /**
     * The day of the Kepmendagri designating the Pjs: not after today (a decree to come is not recorded), not after
     * the leave's first day (the Pjs acts from that day; Permendagri 1/2018) and not before the head was sworn in
     * (the decree is about this head's leave). Null when it is fine, else the message key.
     */
    static String checkLeaveDecreeDate(LocalDate decreeDate, LocalDate today, LocalDate leaveStartsOn,
            LocalDate swornInOn) {
        if (decreeDate.isAfter(today)) {
            return "leadership.error.leave.decree-date-future";
        }
        if (decreeDate.isAfter(leaveStartsOn)) {
            return "leadership.error.leave.decree-date-late";
        }
        if (swornInOn != null && decreeDate.isBefore(swornInOn)) {
            return "leadership.error.leave.decree-date-early";
        }
        return null;
    }

    static Map<String, String> checkExtension(ExtensionDraft draft, LocalDate currentEnd, LocalDate newEnd) {
        var errors = new LinkedHashMap<String, String>();
        text(errors, "decreeNumber", draft.decreeNumber(), 3, MAX_DECREE, true);
        if (currentEnd != null && newEnd != null && !newEnd.isAfter(currentEnd)) {
            errors.put("termEndsOn", "leadership.error.extension-end");
        }
        return errors;
    }

    static Map<String, String> checkEnd(EndDraft draft, LocalDate swornIn, LocalDate today) {
        var errors = new LinkedHashMap<String, String>();
        if (draft.endedOn() == null || draft.endedOn().isBefore(swornIn) || draft.endedOn().isAfter(today)) {
            errors.put("endedOn", "leadership.error.ended-on");
        }
        if (draft.reason() == null) {
            errors.put("reason", "leadership.error.end-reason");
        }
        return errors;
    }

    static void text(Map<String, String> errors, String field, String value, int min, int max, boolean required) {
        var text = trim(value);
        if (text.isEmpty() && !required) {
            return;
        }
        if (text.length() < min || text.length() > max || CONTROL.matcher(text).find()) {
            errors.put(field, "leadership.error." + field);
        }
    }

    static String trim(String value) {
        return value == null ? "" : value.strip();
    }

    static String blankToNull(String value) {
        var text = trim(value);
        return text.isEmpty() ? null : text;
    }
}
