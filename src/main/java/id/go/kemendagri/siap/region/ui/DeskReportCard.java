package id.go.kemendagri.siap.region.ui;

import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

import com.vaadin.flow.component.html.Div;

import id.go.kemendagri.siap.base.Formats;
import id.go.kemendagri.siap.base.ui.InfoPanel;
import id.go.kemendagri.siap.base.ui.InfoPanel.Column;
import id.go.kemendagri.siap.base.ui.InfoPanel.Row;
import id.go.kemendagri.siap.base.ui.Piece;
import id.go.kemendagri.siap.region.DeskReportMonth;
import id.go.kemendagri.siap.region.DeskReportService;
import id.go.kemendagri.siap.region.DeskReportStatus;

/**
 * The Desk Pilkada's monthly reports of a region as a series of months (drawn in the browser): each month's status,
 * the day it was sent and the link to it; those who may write the region record a month's report from its row.
 */
class DeskReportCard extends Div {

    private static final DateTimeFormatter MONTH_ID = DateTimeFormatter.ofPattern("MMMM yyyy", Formats.INDONESIAN);

    private final String regionCode;
    private final transient DeskReportService reports;
    private final boolean canWrite;
    final InfoPanel panel = new InfoPanel();
    private List<DeskReportMonth> series = List.of();

    DeskReportCard(String regionCode, DeskReportService reports, boolean canWrite) {
        this.regionCode = regionCode;
        this.reports = reports;
        this.canWrite = canWrite;
        addClassNames("card", "desk-reports");
        setId("desk-reports");
        panel.heading(getTranslation("desk.report.title"), 3);
        if (canWrite) {
            panel.addActionListener(event -> act(event.getAction(), event.getKey()));
        }
        add(panel);
        refresh();
    }

    /** Reads the series again (after a save here or elsewhere). */
    void refresh() {
        series = reports.series(regionCode);
        var recordable = reports.recordableMonths();
        var columns = new ArrayList<>(List.of(Column.of(getTranslation("desk.report.month")),
                Column.of(getTranslation("desk.report.status")), Column.of(getTranslation("desk.report.sent-on")),
                Column.of(getTranslation("desk.report.link"))));
        if (canWrite) {
            columns.add(new Column("", "row-actions"));
        }
        var rows = new ArrayList<Row>(series.size());
        for (var month : series) {
            var cells = new ArrayList<List<Piece>>(List.of(List.of(Piece.text(month(month.month()))),
                    List.of(Piece.badge(status(month), month.status().theme())),
                    List.of(Piece.text(month.sentOn() == null ? "–" : Formats.date(month.sentOn(), getLocale()))),
                    month.link() == null ? List.of(Piece.text("–"))
                            : List.of(Piece.link(getTranslation("desk.report.open"), month.link()))));
            if (canWrite) {
                cells.add(recordable.contains(month.month())
                        ? List.of(Piece.button(getTranslation(month.recorded() ? "desk.report.edit" : "desk.report.record"),
                                "tertiary-inline", "record", month.month().toString()).withClass("desk-report-record"))
                        : List.of());
            }
            rows.add(new Row(month.month().toString(), cells));
        }
        panel.setTable(columns, rows);
        var sent = series.stream().filter(DeskReportMonth::recorded).count();
        var missing = series.stream().filter(m -> m.status() == DeskReportStatus.MISSING).count();
        // Folded under its summary: nine months take a phone's whole screen, and most visits only read the summary.
        panel.setFolded(getTranslation("desk.report.summary", sent, missing));
        panel.setFooter(getTranslation("desk.report.due-rule", reports.dueDay()));
    }

    /** A click on a row's button: only "record" for a month that may be recorded now. Checked again here. */
    void act(String action, String key) {
        if (!canWrite || !"record".equals(action) || key == null) {
            return;
        }
        YearMonth month;
        try {
            month = YearMonth.parse(key);
        } catch (java.time.format.DateTimeParseException e) {
            return;
        }
        if (!reports.recordableMonths().contains(month)) {
            return;
        }
        var current = series.stream().filter(m -> m.month().equals(month)).findFirst().orElse(null);
        if (current != null) {
            new DeskReportDialog(regionCode, current, month(month), reports, this::refresh).open();
        }
    }

    private String status(DeskReportMonth month) {
        var text = getTranslation("desk.report.status." + month.status().name());
        return month.status() == DeskReportStatus.DUE || month.status() == DeskReportStatus.MISSING
                ? text + " · " + getTranslation("desk.report.due-on", Formats.date(month.dueOn(), getLocale()))
                : text;
    }

    private String month(YearMonth month) {
        return Formats.normalise(getLocale()).getLanguage().equals("id") ? MONTH_ID.format(month)
                : month.format(DateTimeFormatter.ofPattern("MMMM yyyy", java.util.Locale.ENGLISH));
    }
}
