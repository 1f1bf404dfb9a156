package id.go.kemendagri.siap.leadership.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import id.go.kemendagri.siap.base.Formats;
import id.go.kemendagri.siap.base.ui.InfoPanel;
import id.go.kemendagri.siap.base.ui.Piece;
import id.go.kemendagri.siap.leadership.ReportSlot;
import id.go.kemendagri.siap.leadership.ReportStatus;

/**
 * A Pj's quarterly reports: period, due date, status, when it arrived and as what, and the evaluation's
 * category, with buttons to record and to evaluate for those allowed. The server checks each click again
 * against what the button promised (the client may send anything).
 */
class ReportSchedule extends InfoPanel {

    static final String RECORD = "record";
    static final String EVALUATE = "evaluate";

    private final boolean canRecord;
    private final boolean canEvaluate;
    private final transient Consumer<ReportSlot> onRecord;
    private final transient Consumer<ReportSlot> onEvaluate;
    private List<ReportSlot> slots = List.of();
    private java.time.LocalDate closedBefore;

    ReportSchedule(boolean canRecord, boolean canEvaluate, Consumer<ReportSlot> onRecord, Consumer<ReportSlot> onEvaluate) {
        this.canRecord = canRecord;
        this.canEvaluate = canEvaluate;
        this.onRecord = onRecord;
        this.onEvaluate = onEvaluate;
        addClassName("report-schedule");
        if (hasActions()) {
            addActionListener(event -> act(event.getAction(), event.getKey()));
        }
    }

    boolean hasActions() {
        return canRecord || canEvaluate;
    }

    /** The reports shown, in order. */
    List<ReportSlot> slots() {
        return slots;
    }

    /** A click on a row's button; checked again here, since the client may send anything. */
    void act(String action, String reportId) {
        var slot = slots.stream().filter(s -> Long.toString(s.id()).equals(reportId)).findFirst().orElse(null);
        if (slot == null) {
            return;
        }
        if (RECORD.equals(action) && canRecord) {
            onRecord.accept(slot);
        } else if (EVALUATE.equals(action) && canEvaluate && slot.sentOn() != null) {
            onEvaluate.accept(slot);
        }
    }

    void show(String title, List<ReportSlot> next) {
        show(title, next, null);
    }

    /**
     * Shows the reports; those not sent and due before {@code closedBefore} (the start of the Pj's current term, or
     * any date once the tenure ended; null: none) belong to a closed period: "not reported", no longer chased on the
     * boards and alerts, kept here as history.
     */
    void show(String title, List<ReportSlot> next, java.time.LocalDate closedBefore) {
        this.closedBefore = closedBefore;
        this.slots = List.copyOf(next);
        heading(title, 4);
        var columns = new ArrayList<>(List.of(new Column(getTranslation("heads.report.period"), "num"),
                Column.of(getTranslation("heads.report.range")), Column.of(getTranslation("heads.report.status")),
                Column.of(getTranslation("heads.report.sent-on")), Column.of(getTranslation("heads.report.document")),
                Column.of(getTranslation("heads.report.evaluation"))));
        if (hasActions()) {
            columns.add(new Column("", "row-actions"));
        }
        setTable(columns, slots.stream().map(this::row).toList());
    }

    /** Not sent, and its period closed: an earlier term of the Pj since extended, or the tenure ended. */
    boolean missed(ReportSlot r) {
        return r.sentOn() == null && r.status() == ReportStatus.TERLAMBAT && closedBefore != null
                && r.dueOn().isBefore(closedBefore);
    }

    private Row row(ReportSlot r) {
        var document = r.documentRef() == null ? Piece.text("")
                : r.documentRef().startsWith("http") ? Piece.link(getTranslation("heads.report.open"), r.documentRef())
                : Piece.text(r.documentRef());
        var cells = new ArrayList<List<Piece>>(List.of(
                List.of(Piece.text(Integer.toString(r.periodNumber()))),
                List.of(Piece.text(Formats.date(r.periodStart(), getLocale()) + " – " + Formats.date(r.dueOn(), getLocale()))),
                List.of(missed(r) ? Piece.badge(getTranslation("leadership.report.missed"), "contrast").withClass("report-missed")
                        : Badges.report(this, r.status(), r.sentLate())),
                r.forwardedOn() == null ? List.of(Piece.text(Formats.date(r.sentOn(), getLocale())))
                        : List.of(Piece.text(Formats.date(r.sentOn(), getLocale())), Piece.text(getTranslation(
                                "heads.report.forwarded", Formats.date(r.forwardedOn(), getLocale())))
                                .withClass("report-forwarded")),
                List.of(document),
                List.of(Badges.category(this, r.category()))));
        if (hasActions()) {
            var buttons = new ArrayList<Piece>();
            var id = Long.toString(r.id());
            if (canRecord) {
                var late = r.sentOn() == null && r.status() == ReportStatus.TERLAMBAT;
                buttons.add(Piece.button(getTranslation(r.sentOn() == null ? "heads.report.record" : "heads.report.correct"),
                        late ? "small primary" : "small tertiary", RECORD, id).withClass("record-report"));
            }
            if (canEvaluate && r.sentOn() != null) {
                buttons.add(Piece.button(getTranslation(r.evaluationId() == null ? "heads.report.evaluate"
                        : "heads.report.re-evaluate"), "small tertiary", EVALUATE, id).withClass("evaluate-report"));
            }
            cells.add(buttons);
        }
        return new Row(Long.toString(r.id()), cells);
    }
}
