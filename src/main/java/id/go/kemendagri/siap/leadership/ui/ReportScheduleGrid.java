package id.go.kemendagri.siap.leadership.ui;

import java.util.List;
import java.util.function.Consumer;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;

import id.go.kemendagri.siap.base.Formats;
import id.go.kemendagri.siap.leadership.ReportSlot;

/**
 * A Pj's quarterly reports: period, due date, status, when it arrived and as what, and the evaluation's
 * category. Buttons to record and to evaluate appear only for those allowed.
 */
class ReportScheduleGrid extends Grid<ReportSlot> {

    static final String ACTIONS = "actions";

    ReportScheduleGrid(boolean canRecord, boolean canEvaluate, Consumer<ReportSlot> onRecord,
            Consumer<ReportSlot> onEvaluate) {
        addColumn(ReportSlot::periodNumber).setHeader(getTranslation("heads.report.period")).setWidth("5rem")
                .setFlexGrow(0);
        addColumn(r -> Formats.date(r.periodStart(), getLocale()) + " – " + Formats.date(r.dueOn(), getLocale()))
                .setHeader(getTranslation("heads.report.range")).setAutoWidth(true);
        addComponentColumn(r -> Badges.report(this, r.status(), r.sentLate())).setHeader(getTranslation("heads.report.status"))
                .setAutoWidth(true);
        addColumn(r -> Formats.date(r.sentOn(), getLocale())).setHeader(getTranslation("heads.report.sent-on"))
                .setAutoWidth(true);
        addComponentColumn(this::document).setHeader(getTranslation("heads.report.document")).setFlexGrow(1);
        addComponentColumn(r -> Badges.category(this, r.category())).setHeader(getTranslation("heads.report.evaluation"))
                .setAutoWidth(true);
        if (canRecord || canEvaluate) {
            addComponentColumn(r -> actions(r, canRecord, canEvaluate, onRecord, onEvaluate)).setKey(ACTIONS)
                    .setAutoWidth(true).setFlexGrow(0);
        }
        addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        setAllRowsVisible(true);
        addClassName("report-grid");
    }

    private Component document(ReportSlot r) {
        if (r.documentRef() == null) {
            return new Span();
        }
        if (r.documentRef().startsWith("http")) {
            var link = new Anchor(r.documentRef(), getTranslation("heads.report.open"));
            link.setTarget("_blank");
            link.getElement().setAttribute("rel", "noopener noreferrer");
            return link;
        }
        return new Span(r.documentRef());
    }

    private Component actions(ReportSlot r, boolean canRecord, boolean canEvaluate, Consumer<ReportSlot> onRecord,
            Consumer<ReportSlot> onEvaluate) {
        var cell = new Div();
        cell.addClassName("row-actions");
        if (canRecord) {
            var record = new Button(getTranslation(r.sentOn() == null ? "heads.report.record" : "heads.report.correct"),
                    e -> onRecord.accept(r));
            record.addThemeVariants(ButtonVariant.LUMO_SMALL, r.sentOn() == null && r.status().name().equals("TERLAMBAT")
                    ? ButtonVariant.LUMO_PRIMARY : ButtonVariant.LUMO_TERTIARY);
            record.addClassName("record-report");
            cell.add(record);
        }
        if (canEvaluate && r.sentOn() != null) {
            var evaluate = new Button(getTranslation(r.evaluationId() == null ? "heads.report.evaluate"
                    : "heads.report.re-evaluate"), e -> onEvaluate.accept(r));
            evaluate.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
            evaluate.addClassName("evaluate-report");
            cell.add(evaluate);
        }
        return cell;
    }

    void show(List<ReportSlot> slots) {
        setItems(slots);
    }
}
