package id.go.kemendagri.siap.budget.ui;

import java.util.List;

import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.function.ValueProvider;

import id.go.kemendagri.siap.base.Formats;
import id.go.kemendagri.siap.base.ui.Piece;
import id.go.kemendagri.siap.base.ui.Pieces;
import id.go.kemendagri.siap.budget.RecapLine;
import id.go.kemendagri.siap.budget.Rupiah;

/** The ministry's columns over recap lines; the first column says what a line is (recipient or province). */
class RecapGrid extends Grid<RecapLine> {

    RecapGrid(String firstHeaderKey, ValueProvider<RecapLine, Piece> first) {
        addColumn(Pieces.cell(line -> List.of(first.apply(line)))).setHeader(getTranslation(firstHeaderKey)).setFlexGrow(2).setWidth("15rem");
        count("budget.recap.regions", RecapLine::regions);
        count("budget.recap.signed", RecapLine::signed);
        count("budget.recap.not-signed", RecapLine::notSigned);
        count("budget.recap.not-applicable", RecapLine::notApplicable);
        addColumn(l -> Rupiah.compact(l.agreed(), getLocale())).setHeader(getTranslation("budget.recap.agreed"))
                .setTextAlign(ColumnTextAlign.END).setAutoWidth(true).setTooltipGenerator(l -> Rupiah.format(l.agreed(), getLocale()));
        addColumn(l -> Rupiah.compact(l.disbursed(), getLocale())).setHeader(getTranslation("budget.recap.disbursed"))
                .setTextAlign(ColumnTextAlign.END).setAutoWidth(true)
                .setTooltipGenerator(l -> Rupiah.format(l.disbursed(), getLocale()));
        addColumn(l -> Rupiah.percent(l.disbursed(), l.agreed(), getLocale()))
                .setHeader(getTranslation("budget.recap.percent")).setTextAlign(ColumnTextAlign.END).setAutoWidth(true);
        count("budget.recap.full", RecapLine::full);
        count("budget.recap.partial", RecapLine::partial);
        count("budget.recap.red", RecapLine::red);
        addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT);
        setAllRowsVisible(true);
        setWidthFull();
    }

    private void count(String key, java.util.function.ToLongFunction<RecapLine> value) {
        addColumn(l -> Formats.number(value.applyAsLong(l), getLocale())).setHeader(getTranslation(key))
                .setTextAlign(ColumnTextAlign.END).setAutoWidth(true);
    }
}
