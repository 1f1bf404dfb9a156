package id.go.kemendagri.siap.leadership.ui;

import java.util.Map;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.TextField;

import id.go.kemendagri.siap.base.Formats;
import id.go.kemendagri.siap.leadership.PjReportService;
import id.go.kemendagri.siap.leadership.ReportDraft;
import id.go.kemendagri.siap.leadership.ReportSlot;

/** Records a quarterly report as received: the date and the letter number or a link to the document. */
class ReportDialog extends Dialog {

    final DatePicker sentOn = new DatePicker();
    final TextField documentRef = new TextField();
    final Button save = new Button();
    private final ReportSlot slot;
    private final transient PjReportService reports;
    private final transient Runnable onSaved;

    ReportDialog(ReportSlot slot, PjReportService reports, Runnable onSaved) {
        this.slot = slot;
        this.reports = reports;
        this.onSaved = onSaved;
        setHeaderTitle(getTranslation("heads.report.title", slot.periodNumber(),
                Formats.date(slot.dueOn(), getLocale())));
        addClassName("report-dialog");
        DialogFields.date(sentOn, "heads.field.sent-on");
        DialogFields.text(documentRef, "heads.field.document-ref", 300);
        documentRef.setHelperText(getTranslation("heads.field.document-ref.helper"));
        sentOn.setValue(slot.sentOn());
        documentRef.setValue(slot.documentRef() == null ? "" : slot.documentRef());
        var form = new FormLayout(sentOn, documentRef);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
        add(form);
        DialogFields.buttons(this, save, this::save);
        setWidth("min(34rem, 95vw)");
    }

    void save() {
        DialogFields.submit(this, () -> reports.record(slot.id(), new ReportDraft(sentOn.getValue(),
                documentRef.getValue(), slot.version())), "heads.report.saved",
                Map.of("sentOn", sentOn, "documentRef", documentRef), onSaved);
    }
}
