package id.go.kemendagri.siap.leadership.ui;

import java.util.List;
import java.util.function.Consumer;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.data.renderer.LitRenderer;

import id.go.kemendagri.siap.base.Formats;
import id.go.kemendagri.siap.base.ui.Markup;
import id.go.kemendagri.siap.leadership.ReportSlot;
import id.go.kemendagri.siap.leadership.ReportStatus;

/**
 * A Pj's quarterly reports: period, due date, status, when it arrived and as what, and the evaluation's
 * category. Buttons to record and to evaluate appear only for those allowed. Badges, links and buttons
 * are drawn in the browser ({@link LitRenderer}), not kept as components per row on the server.
 */
class ReportScheduleGrid extends Grid<ReportSlot> {

    static final String ACTIONS = "actions";
    /** The actions column's functions, for tests: record (or correct) a report, evaluate it. */
    static final String RECORD = "record";
    static final String EVALUATE = "evaluate";

    ReportScheduleGrid(boolean canRecord, boolean canEvaluate, Consumer<ReportSlot> onRecord,
            Consumer<ReportSlot> onEvaluate) {
        addColumn(ReportSlot::periodNumber).setHeader(getTranslation("heads.report.period")).setWidth("5rem")
                .setFlexGrow(0);
        addColumn(r -> Formats.date(r.periodStart(), getLocale()) + " – " + Formats.date(r.dueOn(), getLocale()))
                .setHeader(getTranslation("heads.report.range")).setAutoWidth(true);
        addColumn(Markup.cell(r -> new Markup().copy(Badges.report(this, r.status(), r.sentLate())).toString()))
                .setHeader(getTranslation("heads.report.status")).setAutoWidth(true);
        addColumn(r -> Formats.date(r.sentOn(), getLocale())).setHeader(getTranslation("heads.report.sent-on"))
                .setAutoWidth(true);
        addColumn(Markup.cell(this::document)).setHeader(getTranslation("heads.report.document")).setFlexGrow(1);
        addColumn(Markup.cell(r -> new Markup().copy(Badges.category(this, r.category())).toString()))
                .setHeader(getTranslation("heads.report.evaluation")).setAutoWidth(true);
        if (canRecord || canEvaluate) {
            addColumn(actions(canRecord, canEvaluate, onRecord, onEvaluate)).setKey(ACTIONS).setAutoWidth(true)
                    .setFlexGrow(0);
        }
        addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        setAllRowsVisible(true);
        addClassName("report-grid");
    }

    private String document(ReportSlot r) {
        if (r.documentRef() == null) {
            return "";
        }
        if (r.documentRef().startsWith("http")) {
            return new Markup().element("a", getTranslation("heads.report.open"), "href", r.documentRef(), "target",
                    "_blank", "rel", "noopener noreferrer").toString();
        }
        return Markup.escape(r.documentRef());
    }

    /** The record and evaluate buttons; each function checks again what the button's presence promised. */
    private LitRenderer<ReportSlot> actions(boolean canRecord, boolean canEvaluate, Consumer<ReportSlot> onRecord,
            Consumer<ReportSlot> onEvaluate) {
        return LitRenderer.<ReportSlot>of("""
                <div class="row-actions">\
                <vaadin-button class="record-report" theme="small ${item.recordTheme}" ?hidden=${!item.recordLabel} \
                @click=${record}>${item.recordLabel}</vaadin-button>\
                <vaadin-button class="evaluate-report" theme="small tertiary" ?hidden=${!item.evaluateLabel} \
                @click=${evaluate}>${item.evaluateLabel}</vaadin-button></div>""")
                .withProperty("recordLabel", r -> canRecord ? getTranslation(r.sentOn() == null ? "heads.report.record"
                        : "heads.report.correct") : "")
                .withProperty("recordTheme", r -> r.sentOn() == null && r.status() == ReportStatus.TERLAMBAT ? "primary"
                        : "tertiary")
                .withProperty("evaluateLabel", r -> canEvaluate && r.sentOn() != null ? getTranslation(
                        r.evaluationId() == null ? "heads.report.evaluate" : "heads.report.re-evaluate") : "")
                .withFunction(RECORD, r -> {
                    if (canRecord) {
                        onRecord.accept(r);
                    }
                })
                .withFunction(EVALUATE, r -> {
                    if (canEvaluate && r.sentOn() != null) {
                        onEvaluate.accept(r);
                    }
                });
    }

    void show(List<ReportSlot> slots) {
        setItems(slots);
    }
}
