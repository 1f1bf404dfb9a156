package id.go.kemendagri.siap.checklist.ui;

import java.util.Map;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;

import id.go.kemendagri.siap.base.ui.DraftForm;
import id.go.kemendagri.siap.base.ui.Fields;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.component.upload.UploadI18N;
import com.vaadin.flow.server.streams.UploadHandler;

import id.go.kemendagri.siap.checklist.ChecklistItemDetails;
import id.go.kemendagri.siap.checklist.ChecklistItemDraft;
import id.go.kemendagri.siap.checklist.ChecklistRules;
import id.go.kemendagri.siap.checklist.ChecklistService;
import id.go.kemendagri.siap.checklist.EvidenceKind;
import id.go.kemendagri.siap.checklist.EvidenceStorage;
import id.go.kemendagri.siap.checklist.ItemStatus;

/**
 * Edits one item in place: status, note, an evidence link or an uploaded file. The upload is held in
 * memory until the user saves, so that a refused save stores nothing. The server decides; the browser's
 * own limits on type and size only spare a pointless upload.
 */
class ItemEditor extends Div {

    final Select<ItemStatus> status = new Select<>();
    final TextArea note = new TextArea();
    final TextField link = new TextField();
    final Upload upload;
    final Button save = new Button();
    final Button cancel = new Button();
    final Div conflict = new Div();
    private volatile ChecklistService.Upload pending;
    /** Binds status, note and link to the draft; the version it was loaded with is kept. */
    final DraftForm<ChecklistItemDraft> form = new DraftForm<>(this, ChecklistItemDraft.class);

    ItemEditor() {
        addClassName("item-editor");
        status.setLabel(getTranslation("checklist.field.status"));
        status.setItems(ItemStatus.values());
        status.setItemLabelGenerator(s -> getTranslation("checklist.status." + s.name()));
        form.bind(status, "status");
        form.bind(note, "note");
        form.bind(link, "link");
        note.setLabel(getTranslation("checklist.field.note"));
        note.setMaxLength(ChecklistRules.MAX_NOTE);
        note.setWidthFull();
        Fields.link(link, "checklist.field.link", null);
        upload = new Upload(UploadHandler.inMemory((metadata, bytes) ->
                pending = new ChecklistService.Upload(metadata.fileName(), bytes)));
        upload.setMaxFiles(1);
        upload.setMaxFileSize((int) EvidenceStorage.MAX_BYTES);
        upload.setAcceptedFileTypes("application/pdf", "image/jpeg", "image/png", ".pdf", ".jpg", ".jpeg", ".png");
        upload.setI18n(uploadTexts());
        upload.addFileRemovedListener(e -> pending = null);
        upload.addFileRejectedListener(e -> link.setHelperText(getTranslation("checklist.error.file-type")));
        var uploadLabel = new Paragraph(getTranslation("checklist.field.file"));
        uploadLabel.addClassName("upload-label");
        save.setText(getTranslation("checklist.save"));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClassName("item-save");
        cancel.setText(getTranslation("checklist.cancel"));
        conflict.addClassName("conflict");
        conflict.setVisible(false);
        var statusAndLink = new HorizontalLayout(status, link);
        statusAndLink.setWidthFull();
        statusAndLink.setFlexGrow(1, link);
        add(conflict, statusAndLink, note, uploadLabel, upload, new HorizontalLayout(save, cancel));
    }

    /** The upload's own labels in the user's language (Vaadin ships English only). */
    private UploadI18N uploadTexts() {
        var texts = new UploadI18N();
        texts.setAddFiles(new UploadI18N.AddFiles().setOne(getTranslation("checklist.upload.add")));
        texts.setDropFiles(new UploadI18N.DropFiles().setOne(getTranslation("checklist.upload.drop")));
        texts.setError(new UploadI18N.Error().setFileIsTooBig(getTranslation("checklist.error.file-too-large"))
                .setIncorrectFileType(getTranslation("checklist.error.file-type"))
                .setTooManyFiles(getTranslation("checklist.upload.one")));
        return texts;
    }

    void fill(ChecklistItemDetails item) {
        // A derived item's status follows its source (the service refuses another); note and evidence stay open.
        status.setReadOnly(item.sourceBound());
        status.setHelperText(item.sourceBound() ? getTranslation("checklist.derived.status-hint") : null);
        var draft = item.toDraft();
        form.read(new ChecklistItemDraft(draft.status(), draft.note() == null ? "" : draft.note(),
                draft.link() == null ? "" : draft.link(), draft.version()));
        link.setHelperText(item.evidenceKind() == EvidenceKind.FILE
                ? getTranslation("checklist.field.link.replaces-file", item.evidenceName()) : null);
        pending = null;
        upload.clearFileList();
        conflict.setVisible(false);
        showErrors(Map.of());
    }

    /** The typed values as a draft, or empty while a field breaks a constraint (the field says which). */
    java.util.Optional<ChecklistItemDraft> draft() {
        return form.draft();
    }

    ChecklistService.Upload pendingUpload() {
        return pending;
    }

    /**
     * Someone saved first: their version and what this user typed, side by side. The form keeps the
     * typed values (and a chosen file), now based on the current version; the user applies them on top
     * of it or discards them.
     */
    void showConflict(ChecklistItemDetails current, ChecklistItemDraft mine, Runnable applyMine, Runnable discardMine) {
        var theirs = current.toDraft();
        form.keep("version", current.version());
        form.showConflict(conflict, getTranslation("checklist.stale", current.updatedBy() == null ? "-"
                : current.updatedBy()), theirs, mine, "version", () -> {
                    conflict.setVisible(false);
                    applyMine.run();
                }, () -> {
                    fill(current);
                    discardMine.run();
                });
    }

    /**
     * Told while editing that the item was saved elsewhere: if that moved its version past the one the form saves
     * against, a notice above the fields names who saved it and when, with "Muat ulang" (load their version, drop
     * the typing) and "Bandingkan" (both versions; the user's applied on top through {@code saveAgain}, or theirs
     * taken). What the user typed stays in the fields until they choose.
     */
    void showSavedElsewhere(ChecklistItemDetails current, Runnable saveAgain) {
        form.showSavedElsewhere(conflict, "checklist.saved-elsewhere", current.updatedBy(), current.updatedAt(),
                current.toDraft(), "version", () -> fill(current), saveAgain);
    }

    /** The service's field errors on the fields; a missing evidence is shown on the link. */
    void showErrors(Map<String, String> errors) {
        if (errors.isEmpty()) {
            form.clearErrors();
            return;
        }
        var placed = new java.util.LinkedHashMap<>(errors);
        if (placed.containsKey("evidence")) {
            placed.putIfAbsent("link", placed.remove("evidence"));
        }
        form.showErrors(placed);
    }
}
