package id.go.kemendagri.siap.base.ui;

import java.util.List;
import java.util.function.Function;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;

import id.go.kemendagri.siap.base.WebLinks;

import id.go.kemendagri.siap.base.ProvinceDirectory.Province;

/**
 * How forms and dialogs set up their fields and buttons, written once: the label or text from a translation key,
 * the longest value a field takes (the service's column), and the id browser tests and styles find it by
 * ({@code null}: none).
 */
public final class Fields {

    private Fields() {
    }

    public static TextField text(TextField field, String labelKey, int maxLength, String id) {
        field.setLabel(field.getTranslation(labelKey));
        field.setMaxLength(maxLength);
        id(field, id);
        return field;
    }

    public static TextArea text(TextArea field, String labelKey, int maxLength, String id) {
        field.setLabel(field.getTranslation(labelKey));
        field.setMaxLength(maxLength);
        id(field, id);
        return field;
    }

    /**
     * A link to a document ({@link WebLinks}: http or https, at most {@link WebLinks#MAX_LENGTH} characters), as wide
     * as its form.
     */
    public static TextField link(TextField field, String labelKey, String id) {
        text(field, labelKey, WebLinks.MAX_LENGTH, id).setPlaceholder("https://");
        field.setWidthFull();
        return field;
    }

    /** A date typed and shown as {@code 21/10/2024} whatever the language. */
    public static DatePicker date(DatePicker field, String labelKey, String id) {
        field.setLabel(field.getTranslation(labelKey));
        var i18n = new DatePicker.DatePickerI18n();
        i18n.setDateFormat("d/M/yyyy");
        field.setI18n(i18n);
        id(field, id);
        return field;
    }

    /** A choice among {@code values}, each shown through its translation key ({@code keyOf}); none shows empty. */
    public static <T> Select<T> select(Select<T> select, String labelKey, T[] values, Function<T, String> keyOf,
            String id) {
        select.setLabel(select.getTranslation(labelKey));
        select.setItems(values);
        select.setItemLabelGenerator(value -> value == null ? "" : select.getTranslation(keyOf.apply(value)));
        id(select, id);
        return select;
    }

    /**
     * A choice that may be left at "any" (a filter not set): the empty choice shows {@code anyKey}'s text, a value
     * shows as {@code label} says. The caller gives the items.
     */
    public static <T> Select<T> anyChoice(Select<T> select, String labelKey, String anyKey, Function<T, String> label) {
        select.setLabel(select.getTranslation(labelKey));
        select.setEmptySelectionAllowed(true);
        select.setEmptySelectionCaption(select.getTranslation(anyKey));
        select.setItemLabelGenerator(value -> value == null ? select.getTranslation(anyKey) : label.apply(value));
        return select;
    }

    /** A choice of province shown as "62 Kalimantan Tengah". */
    public static ComboBox<Province> province(ComboBox<Province> field, String labelKey, List<Province> provinces,
            String id) {
        field.setLabel(field.getTranslation(labelKey));
        field.setItems(provinces);
        field.setItemLabelGenerator(p -> p.code() + " " + p.name());
        id(field, id);
        return field;
    }

    /** A button's text, id, Lumo variants and what a click does. */
    public static Button button(Button button, String textKey, String id, Runnable onClick,
            ButtonVariant... variants) {
        button.setText(button.getTranslation(textKey));
        id(button, id);
        button.addThemeVariants(variants);
        button.addClickListener(click -> onClick.run());
        return button;
    }

    /**
     * Fields the service judges: its verdict stays on them until the next save, they do not judge themselves again
     * when the user leaves them.
     */
    public static void judgedOnSave(HasValidation... fields) {
        for (var field : fields) {
            field.setManualValidation(true);
        }
    }

    /**
     * A dialog's footer: cancel, which closes the dialog, and {@code save} (primary) with its text, id and what a
     * click does.
     */
    public static void saveAndCancel(Dialog dialog, Button save, String saveKey, String saveId, Runnable onSave,
            String cancelKey) {
        button(save, saveKey, saveId, onSave, ButtonVariant.LUMO_PRIMARY);
        dialog.getFooter().add(new Button(dialog.getTranslation(cancelKey), click -> dialog.close()), save);
    }

    private static void id(com.vaadin.flow.component.Component component, String id) {
        if (id != null) {
            component.setId(id);
        }
    }
}
