package id.go.kemendagri.siap.leadership.ui;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Function;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;

import id.go.kemendagri.siap.base.Formats;
import id.go.kemendagri.siap.base.ui.ConflictPanel;
import id.go.kemendagri.siap.base.ui.DraftDialog;
import id.go.kemendagri.siap.base.ui.DraftForm;
import id.go.kemendagri.siap.base.ui.Fields;
import id.go.kemendagri.siap.leadership.HeadTenureService;
import id.go.kemendagri.siap.leadership.TenureDetails;

/** The few ways this feature's dialogs set up fields and buttons, written once. */
final class DialogFields {

    private DialogFields() {
    }

    static void text(TextField field, String labelKey, int maxLength) {
        Fields.text(field, labelKey, maxLength, null);
    }

    static void date(DatePicker field, String labelKey) {
        Fields.date(field, labelKey, null);
    }

    static <T> void select(Select<T> select, String labelKey, T[] values, Function<T, String> keyOf) {
        Fields.select(select, labelKey, values, keyOf, null);
    }

    /** Save (primary, runs {@code onSave}) and cancel in the dialog's footer. */
    static void buttons(DraftDialog<?> dialog, Runnable onSave) {
        Fields.saveAndCancel(dialog, dialog.save, "heads.save", null, onSave, "heads.cancel");
    }

    /** The tenure {@code seen} as stored now (after someone else's save), or as seen when it is gone. */
    static TenureDetails storedNow(HeadTenureService tenures, TenureDetails seen) {
        return tenures.history(seen.regionCode()).stream().filter(t -> t.id() == seen.id()).findFirst().orElse(seen);
    }

    /**
     * The explanation of a refused stale save: who saved the record first and when, or "someone" when not known;
     * {@code applicable} false: the record now refuses what was typed (the term ended or is no longer a Pj).
     * The panel itself is {@link DraftForm#showConflict(Div, String, List, Runnable, Runnable)}.
     */
    static String staleText(DraftForm<?> form, boolean applicable, String updatedBy, Instant updatedAt) {
        return form.staleText(!applicable ? "heads.conflict.closed" : updatedBy == null ? "heads.conflict.someone"
                : "heads.conflict", updatedBy, updatedAt);
    }

    /** One line of a conflict: a label and the two values as the user reads them ({@code null} shows as a dash). */
    static ConflictPanel.Row row(Component owner, String labelKey, String current, String mine) {
        return new ConflictPanel.Row(owner.getTranslation(labelKey), current, mine);
    }

    static String shown(LocalDate value) {
        return value == null ? null : Formats.date(value, locale());
    }

    /** An enum value through its translation key ({@code prefix + name}), null as null. */
    static String label(Component owner, String prefix, Enum<?> value) {
        return value == null ? null : owner.getTranslation(prefix + value.name());
    }

    private static java.util.Locale locale() {
        var ui = com.vaadin.flow.component.UI.getCurrent();
        return ui == null ? java.util.Locale.getDefault() : ui.getLocale();
    }

    static String text(Object value) {
        return value == null ? null : value.toString();
    }
}
