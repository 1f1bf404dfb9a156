package id.go.kemendagri.siap.activity.ui;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import id.go.kemendagri.siap.activity.ActivityRow;
import id.go.kemendagri.siap.base.Formats;
import id.go.kemendagri.siap.base.ui.Translations;

/**
 * A save from the audit trail in the words of a ministry officer, in the user's language: "kalteng mengubah 3
 * isian kontak Desk Pilkada Kabupaten Seruyan", then one line per field ("Telepon: 0812 … → 0813 …"). Field
 * labels are the ones the features' own histories use (their bundles), else the feed's ({@code feed.field.*});
 * stored values are shown translated (statuses, stages, roles), as dates, Rupiah or yes/no, and files by name
 * (the checksum the trail keeps for the record is left out).
 */
final class ChangeWords {

    /** Where a feature's history keeps its field labels: the key prefix per kind of record. */
    private static final Map<String, String> FIELD_LABELS = Map.of(
            "checklist-item", "checklist.history.field.",
            "nphd-grant", "budget.history.field.",
            "head-tenure", "heads.audit.field.",
            "pj-report", "heads.audit.field.",
            "pj-evaluation", "heads.audit.field.",
            "minister-approval", "leadership.approval.field.",
            "desk-contact", "contact.",
            "vulnerability", "vulnerability.field.",
            "desk-report", "desk.report.field.");

    /** Stored enum names and the key prefix of their translation, per kind of record and field. */
    private static final Map<String, String> VALUE_LABELS = Map.ofEntries(
            Map.entry("checklist-item.status", "checklist.status."),
            Map.entry("checklist-item.verification", "checklist.verification."),
            Map.entry("followup.status", "followup.status."),
            Map.entry("followup.unit", "followup.unit."),
            Map.entry("meeting.type", "meeting.type."),
            Map.entry("head-tenure.status", "leadership.status."),
            Map.entry("minister-approval.kind", "leadership.approval.kind."),
            Map.entry("nphd-grant.stage", "budget.stage."),
            Map.entry("nphd-grant.scheme", "budget.scheme."),
            Map.entry("vulnerability.level", "vulnerability.level."),
            Map.entry("user.role", "role."));

    /** Fields holding an amount of Rupiah. */
    private static final Set<String> RUPIAH = Set.of("nphd-grant.proposed", "nphd-grant.agreed");

    private static final Pattern CHECKSUM = Pattern.compile("\\s*\\(sha256 [0-9a-fA-F]+\\)$");
    private static final Pattern DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    private static final Pattern MOMENT = Pattern.compile("\\d{4}-\\d{2}-\\d{2}T[0-9:.]+Z");
    private static final Pattern AMOUNT = Pattern.compile("-?\\d{1,18}");
    /** A booked transfer as the ledger records it: {@code T1 2024-10-01 1500000 SP2D-12}. */
    private static final Pattern TRANSFER = Pattern.compile("T(\\d) (\\d{4}-\\d{2}-\\d{2}) (-?\\d{1,18}) ?(.*)");
    static final int LONGEST_VALUE = 120;

    private final Translations texts;
    private final Locale locale;

    ChangeWords(Translations texts, Locale locale) {
        this.texts = texts;
        this.locale = Formats.normalise(locale);
    }

    /** Whether these words are in the locale's language. */
    boolean speaks(Locale other) {
        return locale.equals(Formats.normalise(other));
    }

    /** The save in one sentence: who did what to which record, where. */
    String sentence(ActivityRow row) {
        var object = object(row);
        if (row.regionName() != null) {
            object = text("feed.object.in", object, row.regionName());
        }
        var key = "feed.save." + row.action().toUpperCase(Locale.ROOT);
        if (!known(key)) {
            key = "feed.save.other";
        }
        return text(key, row.actor(), row.changes().size(), object);
    }

    /** What the record is, e.g. "kontak Desk Pilkada", "hibah NPHD KPU". */
    String object(ActivityRow row) {
        var object = optional("feed.object." + row.entityType()).orElse(row.entityType());
        if ("nphd-grant".equals(row.entityType()) && row.entityId().contains("/")) {
            var recipient = row.entityId().substring(row.entityId().indexOf('/') + 1);
            object = object + " " + optional("budget.recipient." + recipient).orElse(recipient);
        }
        return object;
    }

    /** One line per changed field: "label: old → new", "label: new" for a value set for the first time. */
    List<String> lines(ActivityRow row) {
        var lines = new ArrayList<String>(row.changes().size());
        for (var change : row.changes()) {
            var label = label(row.entityType(), change.field());
            if (empty(change.oldValue())) {
                lines.add(text("feed.change.set", label, value(row.entityType(), change.field(), change.newValue())));
            } else if (empty(change.newValue())) {
                lines.add(text("feed.change.cleared", label, value(row.entityType(), change.field(), change.oldValue())));
            } else {
                lines.add(text("feed.change", label, value(row.entityType(), change.field(), change.oldValue()),
                        value(row.entityType(), change.field(), change.newValue())));
            }
        }
        return lines;
    }

    /** A field's label: the feature's history label, else the feed's, else the feed's for any kind of record. */
    String label(String type, String field) {
        var prefix = FIELD_LABELS.get(type);
        if (prefix != null && known(prefix + field)) {
            return text(prefix + field);
        }
        var own = "feed.field." + type + "." + (field.startsWith("mail-") ? "mail" : field);
        if (known(own)) {
            return field.startsWith("mail-") ? text(own, field.substring("mail-".length())) : text(own);
        }
        return optional("feed.field." + field).orElse(field);
    }

    /** A stored value as the officer reads it. */
    String value(String type, String field, String stored) {
        if (empty(stored)) {
            return "–";
        }
        var enumPrefix = VALUE_LABELS.get(type + "." + field);
        if (enumPrefix != null && known(enumPrefix + stored)) {
            return text(enumPrefix + stored);
        }
        if (RUPIAH.contains(type + "." + field) && AMOUNT.matcher(stored).matches()) {
            return rupiah(Long.parseLong(stored));
        }
        var transfer = TRANSFER.matcher(stored);
        if ("nphd-grant".equals(type) && transfer.matches()) {
            return text("feed.value.transfer", transfer.group(1), Formats.date(LocalDate.parse(transfer.group(2)), locale),
                    rupiah(Long.parseLong(transfer.group(3))), transfer.group(4)).strip();
        }
        if (DATE.matcher(stored).matches()) {
            try {
                return Formats.date(LocalDate.parse(stored), locale);
            } catch (DateTimeParseException e) {
                return stored;
            }
        }
        if (MOMENT.matcher(stored).matches()) {
            try {
                return Formats.dateTime(Instant.parse(stored), locale);
            } catch (DateTimeParseException e) {
                return stored;
            }
        }
        if ("true".equals(stored) || "false".equals(stored)) {
            return text("feed.value." + stored);
        }
        var shown = CHECKSUM.matcher(stored).replaceFirst("");
        return shown.length() > LONGEST_VALUE ? shown.substring(0, LONGEST_VALUE - 1) + "…" : shown;
    }

    private String rupiah(long amount) {
        var text = "Rp" + Formats.number(Math.abs(amount), locale);
        return amount < 0 ? "-" + text : text;
    }

    private static boolean empty(String value) {
        return value == null || value.isEmpty();
    }

    private boolean known(String key) {
        return texts.has(key, locale);
    }

    private java.util.Optional<String> optional(String key) {
        return known(key) ? java.util.Optional.of(text(key)) : java.util.Optional.empty();
    }

    private String text(String key, Object... parameters) {
        return texts.getTranslation(key, locale, parameters);
    }
}
