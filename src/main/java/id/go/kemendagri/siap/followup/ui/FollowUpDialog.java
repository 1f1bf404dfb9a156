package id.go.kemendagri.siap.followup.ui;

import id.go.kemendagri.siap.base.ui.Toasts;
import java.util.List;
import java.util.Map;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.server.streams.UploadHandler;

import id.go.kemendagri.siap.base.Formats;
import id.go.kemendagri.siap.base.InvalidInputException;
import id.go.kemendagri.siap.base.StaleDataException;
import id.go.kemendagri.siap.base.ui.ConflictPanel;
import id.go.kemendagri.siap.base.ui.UploadTexts;
import id.go.kemendagri.siap.followup.FollowUpProgress;
import id.go.kemendagri.siap.followup.FollowUpRow;
import id.go.kemendagri.siap.followup.FollowUpService;
import id.go.kemendagri.siap.followup.FollowUpStatus;
import id.go.kemendagri.siap.followup.ResponsibleUnit;
import id.go.kemendagri.siap.security.RegionAccess;

/**
 * One follow-up: what was agreed, where it stands, its evidence and history. The region reports
 * progress; an evaluator closes or reopens it. A save over someone else's newer change is refused and
 * the current values are shown, with what the user typed kept beside them.
 */
class FollowUpDialog extends Dialog {

    private final transient FollowUpService followUps;
    private final transient Runnable onChange;
    private final boolean canWrite;
    private final boolean ministry;
    private FollowUpRow row;
    final Select<FollowUpStatus> status = new Select<>();
    final TextArea note = new TextArea();
    final TextField link = new TextField();
    final Button save = new Button();
    final Button closeItem = new Button();
    final Button reopen = new Button();
    private final Div summary = new Div();
    private final Div message = new Div();
    private final Div evidence = new Div();
    private final Div history = new Div();

    FollowUpDialog(FollowUpService followUps, RegionAccess access, long id, Runnable onChange) {
        this(followUps, access, id, onChange, null);
    }

    /** With {@code threads} (the comment feature, when present): the follow-up's discussion below its history. */
    FollowUpDialog(FollowUpService followUps, RegionAccess access, long id, Runnable onChange,
            id.go.kemendagri.siap.base.ui.CommentThreads threads) {
        this.followUps = followUps;
        this.onChange = onChange;
        this.row = followUps.find(id);
        this.canWrite = access.canWrite(row.regionCode());
        this.ministry = access.isMinistry();
        addClassName("followup-dialog");
        setWidth("min(46rem, 96vw)");
        setHeaderTitle(getTranslation("followup.dialog.title", row.regionCode() + " " + row.regionName()));
        message.addClassName("followup-message");
        add(summary, message);
        if (canWrite) {
            add(form());
        } else {
            add(new Paragraph(getTranslation("followup.dialog.read-only")));
        }
        add(evidence, historyPanel());
        if (threads != null) {
            add(threads.thread("FOLLOW_UP", row.id(), row.regionCode(), "rapat/" + row.meetingId()));
        }
        var cancel = new Button(getTranslation("followup.dialog.cancel"), click -> close());
        cancel.setId("followup-cancel");
        getFooter().add(cancel);
        if (canWrite) {
            getFooter().add(save);
        }
        if (ministry) {
            getFooter().add(closeItem, reopen);
        }
        show(row);
    }

    private Div form() {
        status.setLabel(getTranslation("followup.dialog.status"));
        status.setItems(ministry ? List.of(FollowUpStatus.values()) : List.of(FollowUpStatus.BARU, FollowUpStatus.PROSES));
        status.setItemLabelGenerator(value -> getTranslation("followup.status." + value));
        status.setId("followup-status");
        // staff cannot choose "Selesai": say who closes a follow-up and what they need for it
        status.setHelperText(getTranslation(ministry ? "followup.dialog.status.help.ministry" : "followup.dialog.status.help"));
        note.setLabel(getTranslation("followup.dialog.note"));
        note.setMaxLength(1000);
        note.setWidthFull();
        note.setId("followup-note");
        link.setLabel(getTranslation("followup.dialog.link"));
        link.setMaxLength(500);
        link.setWidthFull();
        link.setId("followup-link");
        save.setText(getTranslation("followup.dialog.save"));
        save.setId("followup-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(click -> save());
        closeItem.setText(getTranslation("followup.dialog.close-item"));
        closeItem.setId("followup-close-item");
        closeItem.addThemeVariants(ButtonVariant.LUMO_SUCCESS);
        closeItem.addClickListener(click -> run(() -> followUps.close(row.id(), row.version())));
        reopen.setText(getTranslation("followup.dialog.reopen"));
        reopen.setId("followup-reopen");
        reopen.addClickListener(click -> run(() -> followUps.reopen(row.id(), row.version())));
        var upload = new Upload(UploadHandler.inMemory((metadata, bytes) -> getUI().ifPresent(ui -> ui.access(() ->
                run(() -> followUps.attachEvidence(row.id(), metadata.fileName(), bytes, row.version()))))));
        upload.setMaxFiles(1);
        upload.setMaxFileSize((int) id.go.kemendagri.siap.base.FileStore.MAX_BYTES);
        upload.setAcceptedFileTypes("application/pdf", "image/png", "image/jpeg", ".pdf", ".png", ".jpg", ".jpeg");
        upload.setDropLabel(new Span(getTranslation("followup.dialog.evidence")));
        upload.setId("followup-upload");
        UploadTexts.apply(upload);
        var form = new Div(status, note, link, upload);
        form.addClassName("followup-form");
        return form;
    }

    private Details historyPanel() {
        var details = new Details(getTranslation("followup.dialog.history"), history);
        details.addOpenedChangeListener(event -> {
            if (event.isOpened()) {
                renderHistory();
            }
        });
        return details;
    }

    private void renderHistory() {
        history.removeAll();
        var entries = followUps.history(row.id());
        if (entries.isEmpty()) {
            history.add(new Paragraph(getTranslation("followup.history.empty")));
        }
        for (var entry : entries) {
            history.add(new Paragraph(Formats.dateTime(entry.occurredAt(), getLocale()) + " · " + entry.actor() + " · "
                    + entry.field() + ": " + (entry.oldValue() == null ? "–" : entry.oldValue()) + " → "
                    + (entry.newValue() == null ? "–" : entry.newValue())));
        }
    }

    private void save() {
        var mine = new FollowUpProgress(status.getValue(), note.getValue(), link.getValue(), row.version());
        try {
            show(followUps.report(row.id(), mine));
            changed("followup.saved");
        } catch (InvalidInputException e) {
            showErrors(e.fieldErrors());
        } catch (StaleDataException e) {
            showConflict(mine);
        }
    }

    private void run(java.util.function.Supplier<FollowUpRow> action) {
        try {
            show(action.get());
            changed("followup.saved");
        } catch (InvalidInputException e) {
            showErrors(e.fieldErrors());
        } catch (StaleDataException e) {
            // Closing, reopening or attaching carries nothing typed: show the current state and let the user retry.
            show(followUps.find(row.id()));
            Toasts.show(getTranslation("error.stale"), NotificationVariant.LUMO_WARNING, 4000);
        }
    }

    private void changed(String key) {
        message.removeAll();
        onChange.run();
        if (isOpened()) {
            renderHistory();
        }
        Toasts.show(getTranslation(key), NotificationVariant.LUMO_SUCCESS, 3000);
    }

    /**
     * Someone saved first: both versions side by side. The form keeps what this user typed; they apply
     * it on top of the current version or discard it.
     */
    private void showConflict(FollowUpProgress mine) {
        var current = followUps.find(row.id());
        show(current);
        if (canWrite) {
            status.setValue(mine.status());
            note.setValue(mine.note() == null ? "" : mine.note());
            link.setValue(mine.evidenceLink() == null ? "" : mine.evidenceLink());
        }
        message.removeAll();
        message.add(new ConflictPanel(getTranslation("followup.stale", current.updatedBy()), List.of(
                new ConflictPanel.Row(getTranslation("followup.dialog.status"), statusLabel(current.status()),
                        statusLabel(mine.status())),
                new ConflictPanel.Row(getTranslation("followup.dialog.note"), current.note(), mine.note()),
                new ConflictPanel.Row(getTranslation("followup.dialog.link"), current.evidenceLink(), mine.evidenceLink())),
                () -> {
                    message.removeAll();
                    save();
                },
                () -> {
                    message.removeAll();
                    show(followUps.find(row.id()));
                }));
        Toasts.show(getTranslation("error.stale"), NotificationVariant.LUMO_WARNING, 4000);
    }

    private String statusLabel(FollowUpStatus value) {
        return value == null ? null : getTranslation("followup.status." + value);
    }

    private void showErrors(Map<String, String> errors) {
        status.setInvalid(errors.containsKey("status"));
        status.setErrorMessage(errors.containsKey("status") ? getTranslation(errors.get("status")) : null);
        note.setInvalid(errors.containsKey("note"));
        note.setErrorMessage(errors.containsKey("note") ? getTranslation(errors.get("note")) : null);
        link.setInvalid(errors.containsKey("evidenceLink"));
        link.setErrorMessage(errors.containsKey("evidenceLink") ? getTranslation(errors.get("evidenceLink")) : null);
        if (errors.containsKey("file")) {
            Toasts.show(getTranslation(errors.get("file")), NotificationVariant.LUMO_ERROR, 5000);
        } else {
            Toasts.show(getTranslation("error.invalid"), NotificationVariant.LUMO_ERROR, 3000);
        }
    }

    /** Shows the item as stored now; the form takes its values. */
    private void show(FollowUpRow current) {
        this.row = current;
        summary.removeAll();
        summary.addClassName("followup-summary");
        summary.add(new Paragraph(current.description()));
        summary.add(new Paragraph(getTranslation("followup.dialog.meeting", current.meetingTitle(),
                Formats.date(current.meetingDate(), getLocale()))));
        var unit = current.unit() == ResponsibleUnit.LAINNYA ? current.unitOther()
                : getTranslation("followup.unit." + current.unit());
        summary.add(new Paragraph(getTranslation("followup.column.unit") + ": " + unit + " · "
                + getTranslation("followup.column.deadline") + ": " + Formats.date(current.deadline(), getLocale())));
        summary.add(Badges.status(this, current));
        if (current.closedBy() != null) {
            summary.add(new Paragraph(getTranslation("followup.dialog.closed", current.closedBy(),
                    Formats.dateTime(current.closedAt(), getLocale()))));
        }
        if (canWrite) {
            status.setValue(current.status() == FollowUpStatus.SELESAI && !ministry ? null : current.status());
            status.setReadOnly(current.status() == FollowUpStatus.SELESAI && !ministry);
            note.setValue(current.note());
            link.setValue(current.evidenceLink() == null ? "" : current.evidenceLink());
            save.setEnabled(!(current.status() == FollowUpStatus.SELESAI && !ministry));
        }
        closeItem.setVisible(ministry && current.status() != FollowUpStatus.SELESAI);
        reopen.setVisible(ministry && current.status() == FollowUpStatus.SELESAI);
        evidence.removeAll();
        if (current.evidence() != null) {
            var id = current.id();
            evidence.add(new Span(getTranslation("followup.dialog.evidence.current", "")),
                    DocumentLink.of(current.evidence(), () -> followUps.openEvidence(id)));
        }
    }
}
