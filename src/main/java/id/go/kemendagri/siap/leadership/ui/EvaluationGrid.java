package id.go.kemendagri.siap.leadership.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;

import id.go.kemendagri.siap.base.Formats;
import id.go.kemendagri.siap.base.ui.Markup;
import id.go.kemendagri.siap.leadership.EvaluationDetails;

/** A Pj's evaluations, the latest period first: category with the share met, neutrality, recommendation, note. */
class EvaluationGrid extends Grid<EvaluationDetails> {

    EvaluationGrid() {
        addColumn(EvaluationDetails::periodNumber).setHeader(getTranslation("heads.report.period")).setWidth("5rem")
                .setFlexGrow(0);
        addColumn(Markup.cell(e -> new Markup().copy(Badges.category(this, e.category())).text(" " + getTranslation(
                "heads.evaluation.met", e.indicatorsMet(), e.indicatorsTotal(), e.percentMet())).toString()))
                .setHeader(getTranslation("heads.evaluation.category")).setAutoWidth(true);
        addColumn(Markup.cell(e -> new Markup().copy(Badges.band(this, e.neutralityBand())).text(" " + e.neutralityScore())
                .toString())).setHeader(getTranslation("heads.evaluation.neutrality")).setAutoWidth(true);
        addColumn(e -> getTranslation("leadership.recommendation." + e.recommendation().name()))
                .setHeader(getTranslation("heads.evaluation.recommendation")).setAutoWidth(true);
        addColumn(e -> e.note() == null ? "" : e.note()).setHeader(getTranslation("heads.evaluation.note")).setFlexGrow(1);
        addColumn(e -> e.updatedBy() + ", " + Formats.dateTime(e.updatedAt(), getLocale()))
                .setHeader(getTranslation("heads.evaluation.by")).setAutoWidth(true);
        addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        setAllRowsVisible(true);
        addClassName("evaluation-grid");
    }
}
