package id.go.kemendagri.siap.checklist.ui;

import java.util.function.Consumer;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;

import id.go.kemendagri.siap.base.Formats;
import id.go.kemendagri.siap.base.InvalidInputException;
import id.go.kemendagri.siap.base.StaleDataException;
import id.go.kemendagri.siap.checklist.ChecklistItemDetails;
import id.go.kemendagri.siap.checklist.ChecklistService;
import id.go.kemendagri.siap.checklist.Verification;

/**
 * One item of a region's checklist: what it asks, its answer and verification, and (for those allowed)
 * editing in place, verifying or returning it, and its history. While the user edits, a change by
 * someone else only updates the read-only part and warns; what they type stays.
 */
class ChecklistItemCard extends Div {

    private final transient ChecklistService checklists;
    private final transient Consumer<ChecklistItemDetails> onSaved;
    private final boolean canEdit;
    private final boolean canVerify;
    private final Div summary = new Div();
    private final Div actions = new Div();
    /** Built when the user first edits the item: most items on a page are never edited in a visit. */
    ItemEditor editor;
    final Button edit = new Button();
    final Button verify = new Button();
    final Button giveBack = new Button();
    private final ItemHistory history;
    private ChecklistItemDetails item;
    private boolean editing;
    private final Span othersEditing = new Span();
    private transient Consumer<Boolean> editingListener = editing -> { };

    ChecklistItemCard(ChecklistItemDetails item, ChecklistService checklists, boolean canEdit, boolean canVerify,
            Consumer<ChecklistItemDetails> onSaved) {
        this.item = item;
        this.checklists = checklists;
        this.canEdit = canEdit;
        this.canVerify = canVerify;
        this.onSaved = onSaved;
        this.history = new ItemHistory(item.id(), checklists);
        addClassName("checklist-item");
        getElement().setAttribute("data-code", item.itemCode());
        edit.setText(getTranslation("checklist.edit"));
        edit.addThemeVariants(ButtonVariant.LUMO_SMALL);
        edit.addClassName("item-edit");
        edit.addClickListener(e -> startEditing());
        verify.setText(getTranslation("checklist.verify"));
        verify.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_SUCCESS);
        verify.addClassName("item-verify");
        verify.addClickListener(e -> verify());
        giveBack.setText(getTranslation("checklist.return"));
        giveBack.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_ERROR);
        giveBack.addClassName("item-return");
        giveBack.addClickListener(e -> new ReturnDialog(item.id(), this.item.version(), checklists, this::saved).open());
        actions.addClassName("item-actions");
        actions.add(edit, verify, giveBack);
        othersEditing.getElement().getThemeList().add("badge warning small");
        othersEditing.addClassName("item-others-editing");
        othersEditing.setVisible(false);
        add(othersEditing, summary, actions, history);
        render();
    }

    /** Told when this user opens or closes the item's form, so that the page can tell the others. */
    void onEditingChanged(Consumer<Boolean> listener) {
        this.editingListener = listener;
    }

    /** Names of other people who have this item's form open now; the card is marked while there are any. */
    void showOthersEditing(java.util.List<String> names) {
        othersEditing.setText(names.isEmpty() ? "" : getTranslation("checklist.others-editing", String.join(", ", names)));
        othersEditing.setVisible(!names.isEmpty());
        getElement().getClassList().set("edited-by-others", !names.isEmpty());
    }

    long itemId() {
        return item.id();
    }

    ChecklistItemDetails item() {
        return item;
    }

    boolean isEditing() {
        return editing;
    }

    /** A newer state from the server (someone else's change): shown at once unless the user is typing. */
    void refresh(ChecklistItemDetails fresh) {
        if (fresh.version() == item.version()) {
            item = fresh;
            return;
        }
        if (editing) {
            editor.warnChangedElsewhere(fresh);
        }
        item = fresh;
        render();
        history.refresh();
    }

    private void render() {
        summary.removeAll();
        var code = new Span(item.itemCode());
        code.addClassName("item-code");
        var name = new Span(item.name(getLocale()));
        name.addClassName("item-name");
        var badges = new Div(Badges.of(this, item));
        badges.addClassName("item-badges");
        var title = new Div(code, name, badges);
        title.addClassName("item-title");
        summary.add(title);
        var meta = new Div(new Span(getTranslation("checklist.due", Formats.date(item.dueDate(), getLocale()))),
                new Span(getTranslation(item.evidenceRequired() ? "checklist.evidence.required"
                        : "checklist.evidence.optional")));
        if (item.legalBasis() != null) {
            meta.add(new Span(item.legalBasis()));
        }
        meta.addClassName("item-meta");
        summary.add(meta);
        if (item.guidance(getLocale()) != null) {
            var guidance = new Paragraph(item.guidance(getLocale()));
            guidance.addClassName("item-guidance");
            summary.add(guidance);
        }
        if (item.note() != null) {
            var note = new Paragraph(item.note());
            note.addClassName("item-note");
            summary.add(note);
        }
        var evidence = Badges.evidence(this, item, checklists);
        if (evidence != null) {
            var line = new Div(new Span(getTranslation("checklist.evidence")), evidence);
            line.addClassName("item-evidence");
            summary.add(line);
        }
        if (item.verification() == Verification.RETURNED && item.returnReason() != null) {
            var reason = new Paragraph(getTranslation("checklist.returned-because", item.returnReason(),
                    item.verifiedBy()));
            reason.addClassName("item-return-reason");
            summary.add(reason);
        }
        if (item.updatedAt() != null) {
            var updated = new Span(getTranslation("checklist.updated", item.updatedBy(),
                    Formats.dateTime(item.updatedAt(), getLocale())));
            updated.addClassName("updated");
            summary.add(updated);
        }
        edit.setVisible(canEdit && !item.retired() && !editing);
        var waiting = item.verification() == Verification.WAITING && !item.retired();
        verify.setVisible(canVerify && waiting && !editing);
        giveBack.setVisible(canVerify && waiting && !editing);
    }

    private ItemEditor editor() {
        if (editor == null) {
            editor = new ItemEditor();
            editor.save.addClickListener(e -> save());
            editor.cancel.addClickListener(e -> stopEditing());
            addComponentAtIndex(getComponentCount() - 1, editor);
        }
        return editor;
    }

    private void startEditing() {
        editor().fill(item);
        editing = true;
        editingListener.accept(true);
        editor.setVisible(true);
        render();
        editor.status.focus();
    }

    private void stopEditing() {
        editing = false;
        editingListener.accept(false);
        if (editor != null) {
            editor.setVisible(false);
        }
        render();
    }

    private void save() {
        var draft = editor.draft();
        try {
            saved(checklists.update(item.id(), draft, editor.pendingUpload()));
            stopEditing();
            notify("checklist.saved", NotificationVariant.LUMO_SUCCESS);
        } catch (InvalidInputException e) {
            editor.showErrors(e.fieldErrors());
            notify(e.fieldErrors().values().iterator().next(), NotificationVariant.LUMO_ERROR);
        } catch (StaleDataException e) {
            var current = checklists.item(item.id());
            editor.showConflict(current, draft, this::save, this::stopEditing);
            item = current;
            render();
            notify("error.stale", NotificationVariant.LUMO_WARNING);
        }
    }

    private void verify() {
        try {
            saved(checklists.verify(item.id(), item.version()));
            notify("checklist.verified", NotificationVariant.LUMO_SUCCESS);
        } catch (InvalidInputException | StaleDataException e) {
            saved(checklists.item(item.id()));
            notify("error.stale", NotificationVariant.LUMO_WARNING);
        }
    }

    private void saved(ChecklistItemDetails fresh) {
        item = fresh;
        render();
        history.refresh();
        onSaved.accept(fresh);
    }

    private void notify(String key, NotificationVariant variant) {
        Notification.show(getTranslation(key), 4000, Notification.Position.BOTTOM_START).addThemeVariants(variant);
    }
}
