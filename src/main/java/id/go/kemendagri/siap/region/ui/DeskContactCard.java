package id.go.kemendagri.siap.region.ui;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.textfield.TextFieldBase;
import com.vaadin.flow.dom.Element;

import id.go.kemendagri.siap.base.Formats;
import id.go.kemendagri.siap.base.InvalidInputException;
import id.go.kemendagri.siap.base.StaleDataException;
import id.go.kemendagri.siap.base.ui.ConflictPanel;
import id.go.kemendagri.siap.base.ui.Markup;
import id.go.kemendagri.siap.region.DeskContactDetails;
import id.go.kemendagri.siap.region.DeskContactDraft;
import id.go.kemendagri.siap.region.DeskContactRules;
import id.go.kemendagri.siap.region.DeskContactService;

/**
 * The region's Desk Pilkada contact: shown to everyone who may read the region, editable by those who
 * may write it, with its change history. The server decides; the form only explains.
 */
class DeskContactCard extends Div {

    private final String regionCode;
    private final transient DeskContactService contacts;
    private final boolean canWrite;

    /** The contact as read, drawn as HTML: one server-side element instead of about thirty. */
    private final Element display = new Element("div");
    private final Div conflict = new Div();
    final Button edit = new Button();
    // The form is built when the user first edits: most visits only read the contact.
    private Div editor;
    TextField name;
    TextField position;
    TextField unit;
    TextField phone;
    EmailField email;
    Button save;
    Button cancel;
    private final DeskContactHistory history;
    private final Span othersEditing = new Span();
    /** The version the open form was loaded with; a live refresh while editing must not move it. */
    private Long formVersion;
    private transient java.util.function.Consumer<Boolean> editingListener = editing -> { };
    private DeskContactDetails current;
    private boolean editing;

    DeskContactCard(String regionCode, DeskContactService contacts, boolean canWrite) {
        this.regionCode = regionCode;
        this.contacts = contacts;
        this.canWrite = canWrite;
        this.history = new DeskContactHistory(regionCode, contacts);
        addClassNames("card", "desk-contact");
        setId("desk-contact");

        var title = new H3(getTranslation("contact.title"));
        edit.setText(getTranslation("contact.edit"));
        edit.setId("contact-edit");
        edit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        edit.addClickListener(e -> startEditing());
        edit.setVisible(canWrite);
        var heading = new HorizontalLayout(title, edit);
        heading.setAlignItems(HorizontalLayout.Alignment.BASELINE);
        heading.setJustifyContentMode(HorizontalLayout.JustifyContentMode.BETWEEN);
        heading.setWidthFull();

        conflict.addClassName("conflict");
        conflict.setVisible(false);
        othersEditing.getElement().getThemeList().add("badge warning");
        othersEditing.addClassName("contact-others-editing");
        othersEditing.setVisible(false);
        display.setAttribute("class", "contact-display");
        add(heading, othersEditing);
        getElement().appendChild(display);
        add(conflict, history);
        refreshFromServer();
    }

    private Div editor() {
        if (editor == null) {
            name = new TextField();
            position = new TextField();
            unit = new TextField();
            phone = new TextField();
            email = new EmailField();
            save = new Button();
            cancel = new Button();
            editor = new Div(form(), buttons());
            // Element index, not component index: the display is a plain element.
            getElement().insertChild(getElement().indexOfChild(history.getElement()), editor.getElement());
        }
        return editor;
    }

    private FormLayout form() {
        configure(name, "contact.name");
        configure(position, "contact.position");
        configure(unit, "contact.unit");
        configure(phone, "contact.phone");
        configure(email, "contact.email");
        name.setMaxLength(DeskContactRulesLimits.TEXT);
        position.setMaxLength(DeskContactRulesLimits.TEXT);
        unit.setMaxLength(DeskContactRulesLimits.TEXT);
        phone.setMaxLength(DeskContactRulesLimits.PHONE);
        phone.setHelperText(getTranslation("contact.phone.helper"));
        email.setMaxLength(DeskContactRulesLimits.EMAIL);
        name.setId("contact-name");
        position.setId("contact-position");
        unit.setId("contact-unit");
        phone.setId("contact-phone");
        email.setId("contact-email");
        var form = new FormLayout(name, position, unit, phone, email);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("40em", 2));
        return form;
    }

    private void configure(TextFieldBase<?, String> field, String key) {
        field.setLabel(getTranslation(key));
        field.setRequired(true);
        field.addValueChangeListener(e -> {
            if (e.isFromClient()) {
                showErrors(DeskContactRules.check(draft()), field);
            }
        });
    }

    private Component buttons() {
        save.setText(getTranslation("contact.save"));
        save.setId("contact-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(e -> save());
        cancel.setText(getTranslation("contact.cancel"));
        cancel.setId("contact-cancel");
        cancel.addClickListener(e -> stopEditing());
        return new HorizontalLayout(save, cancel);
    }

    /** Re-reads the contact; while the user is typing, only the read-only part changes. */
    void refreshFromServer() {
        current = contacts.find(regionCode).orElse(null);
        renderDisplay();
        history.refresh();
    }

    private void renderDisplay() {
        display.setVisible(!editing);
        if (current == null) {
            new Markup().element("p", getTranslation("contact.empty"), "class", "empty").into(display);
            return;
        }
        var html = new Markup();
        line(html, "contact.name", current.name(), "contact-display-name");
        line(html, "contact.position", current.position(), null);
        line(html, "contact.unit", current.unit(), null);
        line(html, "contact.phone", current.phone(), null);
        line(html, "contact.email", current.email(), null);
        html.element("span", getTranslation("contact.updated", current.updatedBy(),
                Formats.dateTime(current.updatedAt(), getLocale())), "class", "updated");
        if (current.demo()) {
            html.badge(getTranslation("contact.demo"), "warning", null);
        }
        html.into(display);
    }

    private void line(Markup html, String labelKey, String value, String id) {
        html.open("div", "class", "contact-line")
                .element("span", getTranslation(labelKey), "class", "label")
                .element("span", value, "class", "value", "id", id)
                .close("div");
    }

    /** Told when this user opens or closes the form, so that others can see it. */
    void onEditingChanged(java.util.function.Consumer<Boolean> listener) {
        this.editingListener = listener;
    }

    /** Names of other people who have this contact's form open right now (empty: nobody). */
    void showOthersEditing(java.util.List<String> names) {
        othersEditing.setText(names.isEmpty() ? "" : getTranslation("contact.others-editing", String.join(", ", names)));
        othersEditing.setVisible(!names.isEmpty());
    }

    private void startEditing() {
        editingListener.accept(true);
        var draft = current == null ? DeskContactDraft.empty() : current.toDraft();
        formVersion = draft.version();
        editor();
        fill(draft);
        editing = true;
        editor.setVisible(true);
        display.setVisible(false);
        edit.setVisible(false);
        conflict.setVisible(false);
        name.focus();
    }

    private void stopEditing() {
        editingListener.accept(false);
        editing = false;
        if (editor != null) {
            editor.setVisible(false);
        }
        conflict.setVisible(false);
        edit.setVisible(canWrite);
        showErrors(Map.of(), null);
        renderDisplay();
    }

    private void fill(DeskContactDraft draft) {
        name.setValue(draft.name());
        position.setValue(draft.position());
        unit.setValue(draft.unit());
        phone.setValue(draft.phone());
        email.setValue(draft.email());
    }

    private DeskContactDraft draft() {
        return new DeskContactDraft(name.getValue(), position.getValue(), unit.getValue(), phone.getValue(),
                email.getValue(), formVersion);
    }

    private void save() {
        var draft = draft();
        try {
            current = contacts.save(regionCode, draft);
            stopEditing();
            history.refresh();
            notify(getTranslation("contact.saved"), NotificationVariant.LUMO_SUCCESS);
        } catch (InvalidInputException e) {
            showErrors(e.fieldErrors(), null);
            notify(getTranslation("error.invalid"), NotificationVariant.LUMO_ERROR);
        } catch (StaleDataException e) {
            showConflict(draft);
        }
    }

    /**
     * Someone saved first: the current version and what this user typed, side by side. The form keeps
     * the typed values; the user applies them on top of the current version or discards them.
     */
    private void showConflict(DeskContactDraft mine) {
        current = contacts.find(regionCode).orElse(null);
        var now = current == null ? DeskContactDraft.empty() : current.toDraft();
        conflict.removeAll();
        var explanation = getTranslation("contact.stale", current == null ? "-" : current.updatedBy(),
                current == null ? "-" : Formats.dateTime(current.updatedAt(), getLocale()));
        conflict.add(new ConflictPanel(explanation, List.of(
                new ConflictPanel.Row(getTranslation("contact.name"), now.name(), mine.name()),
                new ConflictPanel.Row(getTranslation("contact.position"), now.position(), mine.position()),
                new ConflictPanel.Row(getTranslation("contact.unit"), now.unit(), mine.unit()),
                new ConflictPanel.Row(getTranslation("contact.phone"), now.phone(), mine.phone()),
                new ConflictPanel.Row(getTranslation("contact.email"), now.email(), mine.email())),
                () -> {
                    fill(mine);
                    formVersion = current == null ? null : current.version();
                    save();
                },
                () -> {
                    fill(now);
                    stopEditing();
                }));
        conflict.setVisible(true);
        history.refresh();
        notify(getTranslation("error.stale"), NotificationVariant.LUMO_WARNING);
    }

    private void showErrors(Map<String, String> errors, TextFieldBase<?, String> onlyField) {
        if (editor == null) {
            return;
        }
        mark(name, errors.get("name"), onlyField);
        mark(position, errors.get("position"), onlyField);
        mark(unit, errors.get("unit"), onlyField);
        mark(phone, errors.get("phone"), onlyField);
        mark(email, errors.get("email"), onlyField);
    }

    private void mark(TextFieldBase<?, String> field, String errorKey, TextFieldBase<?, String> onlyField) {
        if (onlyField != null && field != onlyField) {
            return;
        }
        field.setInvalid(errorKey != null);
        field.setErrorMessage(errorKey == null ? null : getTranslation(errorKey));
    }

    private void notify(String text, NotificationVariant variant) {
        var notification = Notification.show(text, 4000, Notification.Position.BOTTOM_START);
        notification.addThemeVariants(variant);
    }

    Optional<DeskContactDetails> shown() {
        return Optional.ofNullable(current);
    }

    /** Field limits mirrored from the server rules for the browser's max length. */
    private static final class DeskContactRulesLimits {
        static final int TEXT = 100;
        static final int PHONE = 20;
        static final int EMAIL = 120;
    }
}
