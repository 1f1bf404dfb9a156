package id.go.kemendagri.siap.leadership.ui;

import java.util.Map;
import java.util.function.Function;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;

import id.go.kemendagri.siap.base.ui.FieldErrors;
import id.go.kemendagri.siap.base.InvalidInputException;
import id.go.kemendagri.siap.base.StaleDataException;

/** The few ways this feature's dialogs set up fields and buttons, written once. */
final class DialogFields {

    private DialogFields() {
    }

    static void text(TextField field, String labelKey, int maxLength) {
        field.setLabel(field.getTranslation(labelKey));
        field.setMaxLength(maxLength);
    }

    static void date(DatePicker field, String labelKey) {
        field.setLabel(field.getTranslation(labelKey));
        var i18n = new DatePicker.DatePickerI18n();
        i18n.setDateFormat("d/M/yyyy");
        field.setI18n(i18n);
    }

    static <T> void select(Select<T> select, String labelKey, T[] values, Function<T, String> keyOf) {
        select.setLabel(select.getTranslation(labelKey));
        select.setItems(values);
        select.setItemLabelGenerator(v -> v == null ? "" : select.getTranslation(keyOf.apply(v)));
    }

    /** Save (primary) and cancel in the dialog's footer. */
    static void buttons(Dialog dialog, Button save, Runnable onSave) {
        save.setText(dialog.getTranslation("heads.save"));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(e -> onSave.run());
        var cancel = new Button(dialog.getTranslation("heads.cancel"), e -> dialog.close());
        dialog.getFooter().add(cancel, save);
    }

    /**
     * Runs a dialog's write: on success a confirmation, close and {@code onSaved}; refused input goes on the
     * fields; a stale save closes the dialog and shows the current state.
     */
    static void submit(Dialog dialog, Runnable write, String savedKey, Map<String, ? extends HasValidation> fields,
            Runnable onSaved) {
        try {
            write.run();
            FieldErrors.notify(dialog.getTranslation(savedKey), NotificationVariant.LUMO_SUCCESS);
            dialog.close();
            onSaved.run();
        } catch (InvalidInputException e) {
            FieldErrors.show(dialog, e.fieldErrors(), fields);
        } catch (StaleDataException e) {
            stale(dialog, onSaved);
        }
    }

    /** Someone saved first: say so, close, and let the section show the current state. */
    static void stale(Dialog dialog, Runnable refresh) {
        FieldErrors.notify(dialog.getTranslation("heads.stale"), NotificationVariant.LUMO_WARNING);
        dialog.close();
        refresh.run();
    }
}
