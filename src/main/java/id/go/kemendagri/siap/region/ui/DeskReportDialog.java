package id.go.kemendagri.siap.region.ui;

import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;

import id.go.kemendagri.siap.base.Formats;
import id.go.kemendagri.siap.base.ui.DraftDialog;
import id.go.kemendagri.siap.base.ui.DraftForm;
import id.go.kemendagri.siap.base.ui.Fields;
import id.go.kemendagri.siap.region.DeskReportDraft;
import id.go.kemendagri.siap.region.DeskReportMonth;
import id.go.kemendagri.siap.region.DeskReportService;

/**
 * Records one month's Desk Pilkada report: the day it was sent, the link to it and a note. A form bound with
 * {@link DraftForm}; the server checks again and refuses a stale save, which shows the stored month beside what was
 * typed.
 */
class DeskReportDialog extends DraftDialog<DeskReportDraft> {

    final DatePicker sentOn = new DatePicker();
    final TextField link = new TextField();
    final TextArea note = new TextArea();
    private final String regionCode;
    private final transient DeskReportService reports;
    private final DeskReportMonth month;

    DeskReportDialog(String regionCode, DeskReportMonth month, String monthName, DeskReportService reports,
            Runnable onSaved) {
        super(DeskReportDraft.class, "desk-report-dialog", onSaved);
        this.regionCode = regionCode;
        this.month = month;
        this.reports = reports;
        setHeaderTitle(getTranslation("desk.report.dialog.title", monthName));
        Fields.date(sentOn, "desk.report.sent-on", "desk-report-sent-on");
        sentOn.setHelperText(getTranslation("desk.report.due-on", Formats.date(month.dueOn(), getLocale())));
        sentOn.setMin(month.month().atDay(1));
        Fields.link(link, "desk.report.link", "desk-report-link");
        link.setHelperText(getTranslation("desk.report.link.helper"));
        Fields.text(note, "desk.report.note", DeskReportService.MAX_NOTE, null);
        form.bind(sentOn, "sentOn");
        form.bind(link, "link");
        form.bind(note, "note");
        form.read(month.toDraft());
        var layout = new FormLayout(sentOn, link, note);
        layout.setColspan(link, 2);
        layout.setColspan(note, 2);
        add(layout);
        Fields.saveAndCancel(this, save, "desk.report.save", "desk-report-save", this::save, "desk.report.cancel");
        setWidth("min(40rem, 95vw)");
    }

    void save() {
        form.keep("month", month.month());
        submit(draft -> reports.record(regionCode, draft), "desk.report.saved", this::stale);
    }

    /** Someone recorded this month first: the stored month beside what was typed; saving again overwrites it. */
    private void stale(DeskReportDraft mine) {
        var now = reports.series(regionCode).stream().filter(m -> m.month().equals(month.month())).findFirst()
                .orElse(month);
        form.showConflict(conflict, form.staleText("desk.report.stale", now.updatedBy(), now.updatedAt()),
                now.toDraft(), mine, "version", this::save, this::close);
        onSaved.run();
    }
}
