package id.go.kemendagri.siap.followup.ui;

import java.util.List;

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
import id.go.kemendagri.siap.base.ui.DraftForm;
import id.go.kemendagri.siap.base.ui.Fields;
import id.go.kemendagri.siap.base.ui.Toasts;
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
 * the current values are shown, with what the user typed kept beside them. The report's fields are bound to a
 * {@link FollowUpProgress} through a {@link DraftForm}; the service checks everything again.
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
    /** The region's report: status, note and link, against the version of the follow-up shown. */
    private final DraftForm<FollowUpProgress> form = new DraftForm<>(this, FollowUpProgress.class);
    final Button closeItem = new Button();
    final Button reopen = new Button();
    private final Div summary = new Div();
    private final Div message = new Div();
    private final Div evidence = new Div();
    private final Div history = new Div();

    /** {@code threads}: the comment feature (null when absent), the follow-up's discussion below its history. */
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
        Fields.text(note, "followup.dialog.note", 1000, "followup-note").setWidthFull();
        Fields.link(link, "followup.dialog.link", "followup-link");
        Fields.button(save, "followup.dialog.save", "followup-save", this::save, ButtonVariant.LUMO_PRIMARY);
        Fields.button(closeItem, "followup.dialog.close-item", "followup-close-item",
                () -> run(() -> followUps.close(row.id(), row.version())), ButtonVariant.LUMO_SUCCESS);
        Fields.button(reopen, "followup.dialog.reopen", "followup-reopen",
                () -> run(() -> followUps.reopen(row.id(), row.version())));
        var upload = new Upload(UploadHandler.inMemory((metadata, bytes) -> getUI().ifPresent(ui -> ui.access(() ->
                run(() -> followUps.attachEvidence(row.id(), metadata.fileName(), bytes, row.version()))))));
        upload.setMaxFiles(1);
        upload.setMaxFileSize((int) id.go.kemendagri.siap.base.FileStore.MAX_BYTES);
        upload.setAcceptedFileTypes("application/pdf", "image/png", "image/jpeg", ".pdf", ".png", ".jpg", ".jpeg");
        upload.setDropLabel(new Span(getTranslation("followup.dialog.evidence")));
        upload.setId("followup-upload");
        UploadTexts.apply(upload);
        form.bind(status, "status");
        form.bind(note, "note");
        form.bind(link, "evidenceLink");
        var layout = new Div(status, note, link, upload);
        layout.addClassName("followup-form");
        return layout;
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
        form.keep("version", row.version());
        form.save(draft -> followUps.report(row.id(), draft), saved -> {
            show(saved);
            changed("followup.saved");
        }, this::showConflict);
    }

    /**
     * Closing, reopening or attaching evidence: the follow-up is shown as it is now, and a note or link the user
     * changed but did not save yet stays in its field (to save on top of the new version).
     */
    private void run(java.util.function.Supplier<FollowUpRow> action) {
        var loaded = progress(row);
        var typedNote = note.getValue();
        var typedLink = link.getValue();
        try {
            show(action.get());
            if (canWrite && !typedNote.equals(loaded.note())) {
                note.setValue(typedNote);
            }
            if (canWrite && !typedLink.equals(loaded.evidenceLink())) {
                link.setValue(typedLink);
            }
            changed("followup.saved");
        } catch (InvalidInputException e) {
            form.showErrors(e.fieldErrors());
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
     * Someone saved first: both versions side by side. The form keeps what this user typed, now against the current
     * version; they apply it or discard it (the form then shows the current values).
     */
    private void showConflict(FollowUpProgress mine) {
        var current = followUps.find(row.id());
        show(current);
        form.read(mine);
        form.keep("version", current.version());
        message.removeAll();
        message.add(form.conflict(getTranslation("followup.stale", current.updatedBy()), progress(current), mine,
                "version", () -> {
                    message.removeAll();
                    save();
                }, () -> {
                    message.removeAll();
                    show(followUps.find(row.id()));
                }));
    }

    /** The report as the form shows it: a closed follow-up has no status staff may choose. */
    private FollowUpProgress progress(FollowUpRow current) {
        return new FollowUpProgress(current.status() == FollowUpStatus.SELESAI && !ministry ? null : current.status(),
                current.note() == null ? "" : current.note(),
                current.evidenceLink() == null ? "" : current.evidenceLink(), current.version());
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
            form.read(progress(current));
            status.setReadOnly(current.status() == FollowUpStatus.SELESAI && !ministry);
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
