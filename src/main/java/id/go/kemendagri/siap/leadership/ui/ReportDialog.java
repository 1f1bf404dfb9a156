package id.go.kemendagri.siap.leadership.ui;

import java.util.List;

import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.TextField;

import id.go.kemendagri.siap.region.RegionLevel;
import id.go.kemendagri.siap.base.Formats;
import id.go.kemendagri.siap.base.ui.DraftDialog;
import id.go.kemendagri.siap.leadership.PjReportService;
import id.go.kemendagri.siap.leadership.ReportDraft;
import id.go.kemendagri.siap.leadership.ReportSlot;

/** Records a quarterly report as received: the date and the letter number or a link to the document. */
class ReportDialog extends DraftDialog<ReportDraft> {

    final DatePicker sentOn = new DatePicker();
    final TextField documentRef = new TextField();
    /** Report routing: only for a Pj bupati/wali kota, whose report the governor forwards. */
    final DatePicker forwardedOn = new DatePicker();
    /** The report as the form was opened; only a refused stale save moves it to the current version. */
    private ReportSlot slot;
    private final transient PjReportService reports;

    ReportDialog(ReportSlot slot, PjReportService reports, Runnable onSaved) {
        super(ReportDraft.class, "report-dialog", onSaved);
        this.slot = slot;
        this.reports = reports;
        setHeaderTitle(getTranslation("heads.report.title", slot.periodNumber(),
                Formats.date(slot.dueOn(), getLocale())));
        DialogFields.date(sentOn, "heads.field.sent-on");
        DialogFields.text(documentRef, "heads.field.document-ref", 300);
        documentRef.setHelperText(getTranslation("heads.field.document-ref.helper"));
        form.bind(sentOn, "sentOn");
        form.bind(documentRef, "documentRef");
        DialogFields.date(forwardedOn, "heads.field.forwarded-on");
        forwardedOn.setHelperText(getTranslation("heads.field.forwarded-on.helper"));
        forwardedOn.setVisible(RegionLevel.ofCode(slot.regionCode()) != RegionLevel.PROVINSI);
        form.bind(forwardedOn, "forwardedOn");
        fill(slot);
        var layout = new FormLayout(sentOn, documentRef, forwardedOn);
        layout.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
        add(layout);
        DialogFields.buttons(this, this::save);
        setWidth("min(34rem, 95vw)");
    }

    private void fill(ReportSlot report) {
        form.read(new ReportDraft(report.sentOn(), report.documentRef() == null ? "" : report.documentRef(),
                report.forwardedOn(), report.version()));
    }

    void save() {
        form.keep("version", slot.version());
        submit(draft -> reports.record(slot.id(), draft), "heads.report.saved", this::stale);
    }

    /** Someone recorded this report first: their date and reference beside the ones typed. */
    private void stale(ReportDraft mine) {
        var now = reports.schedule(slot.tenureId()).stream().filter(r -> r.id() == slot.id()).findFirst().orElse(slot);
        slot = now;
        form.showConflict(conflict, DialogFields.staleText(form, true, now.updatedBy(), now.updatedAt()), List.of(
                DialogFields.row(this, "heads.field.sent-on", DialogFields.shown(now.sentOn()),
                        DialogFields.shown(mine.sentOn())),
                DialogFields.row(this, "heads.field.document-ref", now.documentRef(), mine.documentRef()),
                DialogFields.row(this, "heads.field.forwarded-on", DialogFields.shown(now.forwardedOn()),
                        DialogFields.shown(mine.forwardedOn()))),
                this::save, () -> fill(now));
    }
}
