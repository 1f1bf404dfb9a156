package id.go.kemendagri.siap.checklist.ui;

import id.go.kemendagri.siap.base.ui.Toasts;
import java.util.List;
import java.util.function.Consumer;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.dom.Element;

import id.go.kemendagri.siap.base.Formats;
import id.go.kemendagri.siap.base.InvalidInputException;
import id.go.kemendagri.siap.base.StaleDataException;
import id.go.kemendagri.siap.checklist.ChecklistItemDetails;
import id.go.kemendagri.siap.checklist.ChecklistService;
import id.go.kemendagri.siap.checklist.Verification;
import lombok.AccessLevel;
import lombok.Getter;

/**
 * One item of a region's checklist. Closed, it is one row drawn as HTML (code, name, badges, deadline
 * and, for those allowed, the edit button): two server-side elements, because the region page stays
 * open in many sessions and 25 full cards took most of its heap. Opened (a click on the row, or on
 * edit), it shows what the item asks, its answer and evidence, verifying or returning it, its history
 * and the editor; closing it drops all of that again. While the user edits, a save by someone else
 * updates the read-only part and puts a notice into the form (who, when; reload or compare); what they
 * type stays.
 */
class ChecklistItemCard extends Div {

    private final transient ChecklistService checklists;
    private final transient Consumer<ChecklistItemDetails> onSaved;
    private final boolean canEdit;
    private final boolean canVerify;
    private final long itemId;
    private final String code;
    private long version;
    private final ChecklistRows row;
    /** Shown only while others have this item's form open. */
    private Element othersEditing;
    private transient Consumer<Boolean> editingListener = editing -> { };
    private transient Runnable closeListener = () -> { };

    // Built when the item is opened, dropped when it is closed.
    private ChecklistItemDetails item;
    private transient id.go.kemendagri.siap.base.ui.CommentThreads threads;
    private Div body;
    private Div summary;
    Button verify;
    Button giveBack;
    ItemHistory history;
    /** Built when the user first edits the item while it is open. */
    ItemEditor editor;
    @Getter(AccessLevel.PACKAGE)
    private boolean editing;

    ChecklistItemCard(ChecklistItemDetails item, ChecklistService checklists, boolean canEdit, boolean canVerify,
            Consumer<ChecklistItemDetails> onSaved) {
        this.itemId = item.id();
        this.code = item.itemCode();
        this.version = item.version();
        this.checklists = checklists;
        this.canEdit = canEdit;
        this.canVerify = canVerify;
        this.onSaved = onSaved;
        addClassName("checklist-item");
        getElement().setAttribute("data-code", code);
        getElement().setAttribute("data-item", Long.toString(itemId));
        row = new ChecklistRows(getTranslation("checklist.edit"), true);
        row.addActionListener(action -> act(action.getAction()));
        add(row);
        renderRow(item);
    }

    /** Told when this user opens or closes the item's form, so that the page can tell the others. */
    void onEditingChanged(Consumer<Boolean> listener) {
        this.editingListener = listener;
    }

    /** Names of other people who have this item's form open now; the card is marked while there are any. */
    void showOthersEditing(List<String> names) {
        getElement().getClassList().set("edited-by-others", !names.isEmpty());
        if (names.isEmpty()) {
            if (othersEditing != null) {
                othersEditing.removeFromParent();
                othersEditing = null;
            }
            return;
        }
        if (othersEditing == null) {
            othersEditing = new Element("span");
            othersEditing.setAttribute("theme", "badge warning small");
            othersEditing.setAttribute("class", "item-others-editing");
            getElement().insertChild(0, othersEditing);
        }
        othersEditing.setText(getTranslation("checklist.others-editing", String.join(", ", names)));
    }

    long itemId() {
        return itemId;
    }

    /** The item's code, e.g. {@code KLB-02}. */
    String code() {
        return code;
    }

    boolean isOpened() {
        return body != null;
    }

    /** The row drawn above the item. */
    ChecklistRows.Row shownRow() {
        return row.rows().getFirst();
    }

    /** A click on the row: the toggle closes the card unless the user is editing; edit opens the form. */
    private void act(String action) {
        if (ChecklistRows.EDIT.equals(action)) {
            startEditing();
        } else if (ChecklistRows.TOGGLE.equals(action) && !editing) {
            closeListener.run();
        }
    }

    /** Told when the user asks to close the opened item (the panel lets the card go). */
    void onCloseRequested(Runnable listener) {
        this.closeListener = listener;
    }

    /** Shows the whole item, read afresh. */
    /** The comment feature's threads, when present: an opened item shows its discussion below its history. */
    void setThreads(id.go.kemendagri.siap.base.ui.CommentThreads threads) {
        this.threads = threads;
    }

    void open() {
        if (body != null) {
            return;
        }
        item = checklists.item(itemId);
        version = item.version();
        summary = new Div();
        summary.addClassName("item-summary");
        verify = new Button(getTranslation("checklist.verify"), e -> verify());
        verify.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_SUCCESS);
        verify.addClassName("item-verify");
        giveBack = new Button(getTranslation("checklist.return"), e -> new ReturnDialog(itemId, item.version(),
                checklists, this::saved).open());
        giveBack.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_ERROR);
        giveBack.addClassName("item-return");
        var actions = new Div(verify, giveBack);
        actions.addClassName("item-actions");
        history = new ItemHistory(itemId, checklists);
        body = new Div(summary, actions, history);
        if (threads != null) {
            body.add(threads.thread("CHECKLIST_ITEM", itemId, item.regionCode(), "wilayah/" + item.regionCode()));
        }
        body.addClassName("item-body");
        add(body);
        addClassName("opened");
        render();
    }

    /** Back to the row: everything the opened item built is released. */
    void close() {
        if (body == null) {
            return;
        }
        if (editing) {
            stopEditing();
        }
        remove(body);
        removeClassName("opened");
        body = null;
        summary = null;
        verify = null;
        giveBack = null;
        history = null;
        editor = null;
        var shown = item;
        item = null;
        renderRow(shown);
    }

    /** Opens the item with its form (the edit button on the row). */
    void startEditing() {
        if (!canEdit) {
            return;
        }
        open();
        if (item.retired()) {
            return;
        }
        editor().fill(item);
        editing = true;
        editingListener.accept(true);
        editor.setVisible(true);
        render();
        editor.status.focus();
    }

    /** A newer state from the server (someone else's change): shown at once unless the user is typing. */
    void refresh(ChecklistItemDetails fresh) {
        if (fresh.version() == version) {
            return;
        }
        version = fresh.version();
        if (body == null) {
            renderRow(fresh);
            return;
        }
        if (editing) {
            editor.showSavedElsewhere(fresh, this::save);
        }
        item = fresh;
        render();
        history.refresh();
    }

    private void renderRow(ChecklistItemDetails shown) {
        row.setRows(List.of(row(this, getLocale(), shown, canEdit && !editing, body != null)));
    }

    /**
     * An item's row: the toggle (code and name), badges, deadline and, if {@code editButton}, the edit button.
     * Closed items are only this, drawn by the panel's {@link ChecklistRows}; an opened card shows it above the item.
     */
    static ChecklistRows.Row row(com.vaadin.flow.component.Component owner, java.util.Locale locale,
            ChecklistItemDetails shown, boolean editButton, boolean expanded) {
        return new ChecklistRows.Row(Long.toString(shown.id()), shown.itemCode(), shown.name(locale),
                Badges.of(owner, shown), owner.getTranslation("checklist.due", Formats.date(shown.dueDate(), locale)),
                editButton && !shown.retired(), expanded, "");
    }

    private void render() {
        renderRow(item);
        summary.removeAll();
        var meta = new Div(new Span(getTranslation(item.evidenceRequired() ? "checklist.evidence.required"
                : "checklist.evidence.optional")));
        if (item.legalBasis() != null) {
            meta.add(new Span(item.legalBasis()));
        }
        meta.addClassName("item-meta");
        summary.add(meta);
        if (item.guidance(getLocale()) != null) {
            summary.add(paragraph(item.guidance(getLocale()), "item-guidance"));
        }
        if (item.derivedFrom() != null) {
            summary.add(derivedLine());
        }
        if (item.note() != null) {
            summary.add(paragraph(item.note(), "item-note"));
        }
        var evidence = Badges.evidence(this, item, checklists);
        if (evidence != null) {
            var line = new Div(new Span(getTranslation("checklist.evidence")), evidence);
            line.addClassName("item-evidence");
            summary.add(line);
        }
        if (item.verification() == Verification.RETURNED && item.returnReason() != null) {
            summary.add(paragraph(getTranslation("checklist.returned-because", item.returnReason(),
                    item.verifiedBy()), "item-return-reason"));
        }
        if (item.updatedAt() != null) {
            var updated = new Span(getTranslation("checklist.updated", item.updatedBy(),
                    Formats.dateTime(item.updatedAt(), getLocale())));
            updated.addClassName("updated");
            summary.add(updated);
        }
        var waiting = item.verification() == Verification.WAITING && !item.retired();
        verify.setVisible(canVerify && waiting && !editing);
        giveBack.setVisible(canVerify && waiting && !editing);
    }

    /** Where a derived item's status comes from: the source, what it says and a link to the record, or "by hand". */
    private Div derivedLine() {
        var line = new Div(new Span(getTranslation("checklist.derived.from",
                getTranslation("checklist.derived-source." + item.derivedFrom().name()))));
        line.addClassName("item-derived");
        if (item.sourceBound()) {
            line.add(new Span(getTranslation("checklist.derived.says", item.sourceText(getLocale()))));
        } else {
            line.add(new Span(getTranslation("checklist.derived.silent")));
        }
        if (item.sourceLink() != null) {
            var link = new com.vaadin.flow.component.html.Anchor(item.sourceLink(), getTranslation("checklist.derived.open"));
            link.getElement().setAttribute("router-link", true);
            link.addClassName("derived-link");
            line.add(link);
        }
        return line;
    }

    private static Paragraph paragraph(String text, String className) {
        var paragraph = new Paragraph(text);
        paragraph.addClassName(className);
        return paragraph;
    }

    private ItemEditor editor() {
        if (editor == null) {
            editor = new ItemEditor();
            editor.save.addClickListener(e -> save());
            editor.cancel.addClickListener(e -> stopEditing());
            body.addComponentAtIndex(body.indexOf(history), editor);
        }
        return editor;
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
        var typed = editor.draft();
        if (typed.isEmpty()) {
            return;
        }
        var draft = typed.get();
        try {
            saved(checklists.update(itemId, draft, editor.pendingUpload()));
            stopEditing();
            notify("checklist.saved", NotificationVariant.LUMO_SUCCESS);
        } catch (InvalidInputException e) {
            editor.showErrors(e.fieldErrors());
            notify(e.fieldErrors().values().iterator().next(), NotificationVariant.LUMO_ERROR);
        } catch (StaleDataException e) {
            var current = checklists.item(itemId);
            editor.showConflict(current, draft, this::save, this::stopEditing);
            item = current;
            version = current.version();
            render();
            notify("error.stale", NotificationVariant.LUMO_WARNING);
        }
    }

    private void verify() {
        try {
            saved(checklists.verify(itemId, item.version()));
            notify("checklist.verified", NotificationVariant.LUMO_SUCCESS);
        } catch (InvalidInputException e) {
            saved(checklists.item(itemId));
            notify(e.fieldErrors().values().iterator().next(), NotificationVariant.LUMO_WARNING);
        } catch (StaleDataException e) {
            saved(checklists.item(itemId));
            notify("error.stale", NotificationVariant.LUMO_WARNING);
        }
    }

    private void saved(ChecklistItemDetails fresh) {
        version = fresh.version();
        if (body == null) {
            renderRow(fresh);
        } else {
            item = fresh;
            render();
            history.refresh();
        }
        onSaved.accept(fresh);
    }

    private void notify(String key, NotificationVariant variant) {
        Toasts.show(getTranslation(key), variant, 4000);
    }
}
