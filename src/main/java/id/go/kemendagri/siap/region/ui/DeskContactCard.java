package id.go.kemendagri.siap.region.ui;

import java.util.List;
import java.util.Optional;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.textfield.TextFieldBase;

import id.go.kemendagri.siap.base.Formats;
import id.go.kemendagri.siap.base.ui.DraftForm;
import id.go.kemendagri.siap.base.ui.Fields;
import id.go.kemendagri.siap.base.ui.InfoPanel;
import id.go.kemendagri.siap.base.ui.Piece;
import id.go.kemendagri.siap.region.DeskContactDetails;
import id.go.kemendagri.siap.region.DeskContactDraft;
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
    private final InfoPanel display = new InfoPanel();
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
    /** The form keeps the version it was loaded with; a live refresh while editing does not move it. */
    private final DraftForm<DeskContactDraft> form = new DraftForm<>(this, DeskContactDraft.class);
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
        Fields.button(edit, "contact.edit", "contact-edit", this::startEditing, ButtonVariant.LUMO_PRIMARY);
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
        display.addClassName("contact-display");
        add(heading, othersEditing, display, history);
        refreshFromServer();
    }

    private Div editor() {
        if (editor == null) {
            name = field(new TextField(), "name", "contact.name");
            position = field(new TextField(), "position", "contact.position");
            unit = field(new TextField(), "unit", "contact.unit");
            phone = field(new TextField(), "phone", "contact.phone");
            phone.setHelperText(getTranslation("contact.phone.helper"));
            email = field(new EmailField(), "email", "contact.email");
            save = new Button();
            cancel = new Button();
            var form = new FormLayout(name, position, unit, phone, email);
            form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("40em", 2));
            // The notice of someone else's save and the conflict panel sit inside the form, above the fields.
            editor = new Div(conflict, form, buttons());
            addComponentAtIndex(indexOf(history), editor);
        }
        return editor;
    }

    private <F extends TextFieldBase<?, String>> F field(F field, String property, String labelKey) {
        field.setLabel(getTranslation(labelKey));
        field.setRequired(true);
        field.setId("contact-" + property);
        form.bind(field, property);
        return field;
    }

    private Component buttons() {
        Fields.button(save, "contact.save", "contact-save", this::save, ButtonVariant.LUMO_PRIMARY);
        Fields.button(cancel, "contact.cancel", "contact-cancel", this::stopEditing);
        return new HorizontalLayout(save, cancel);
    }

    /**
     * Re-reads the contact; while the user is typing, only the read-only part changes and, if someone else saved
     * it meanwhile, the form shows who and when, with "Muat ulang" and "Bandingkan" (see
     * {@link DraftForm#showSavedElsewhere}). The fields keep what the user typed.
     */
    void refreshFromServer() {
        current = contacts.find(regionCode).orElse(null);
        renderDisplay();
        history.refresh();
        if (editing && current != null) {
            var saved = current;
            form.showSavedElsewhere(conflict, "contact.saved-elsewhere", saved.updatedBy(), saved.updatedAt(),
                    saved.toDraft(), "version", () -> form.read(saved.toDraft()), this::save);
        }
    }

    private void renderDisplay() {
        display.setVisible(!editing);
        display.setEmptyText(getTranslation("contact.empty"));
        if (current == null) {
            display.setFacts(List.of());
            display.setFooter("");
            return;
        }
        display.setFacts(List.of(fact("contact.name", Piece.text(current.name()).withId("contact-display-name")),
                fact("contact.position", Piece.text(current.position())), fact("contact.unit", Piece.text(current.unit())),
                fact("contact.phone", Piece.text(current.phone())), fact("contact.email", Piece.text(current.email()))));
        display.setHeadline(current.demo() ? List.of(Piece.badge(getTranslation("contact.demo"), "warning")) : List.of());
        display.setFooter(getTranslation("contact.updated", current.updatedBy(),
                Formats.dateTime(current.updatedAt(), getLocale())));
    }

    private InfoPanel.Fact fact(String labelKey, Piece value) {
        return new InfoPanel.Fact(getTranslation(labelKey), List.of(value));
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
        editor();
        form.read(draft);
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
        form.clearErrors();
        renderDisplay();
    }

    private void save() {
        form.save(draft -> contacts.save(regionCode, draft), "contact.saved", saved -> {
            current = saved;
            stopEditing();
            history.refresh();
        }, this::showConflict);
    }

    /**
     * Someone saved first: the current version and what this user typed, side by side. The form keeps
     * the typed values; the user applies them on top of the current version or discards them.
     */
    private void showConflict(DeskContactDraft mine) {
        current = contacts.find(regionCode).orElse(null);
        var now = current == null ? DeskContactDraft.empty() : current.toDraft();
        form.showConflict(conflict, form.staleText("contact.stale", current == null ? null : current.updatedBy(),
                current == null ? null : current.updatedAt()), now, mine, "version", this::save, this::stopEditing);
        history.refresh();
    }

    Optional<DeskContactDetails> shown() {
        return Optional.ofNullable(current);
    }
}
