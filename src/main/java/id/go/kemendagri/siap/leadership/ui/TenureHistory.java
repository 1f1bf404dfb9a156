package id.go.kemendagri.siap.leadership.ui;

import java.util.List;

import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;

import id.go.kemendagri.siap.base.Formats;
import id.go.kemendagri.siap.base.ui.Markup;
import id.go.kemendagri.siap.leadership.TenureDetails;

/** Who led the region before, the latest first, with how and why each tenure ended. */
class TenureHistory extends Details {

    final Grid<TenureDetails> grid = new Grid<>();

    TenureHistory() {
        addClassName("tenure-history");
        grid.addColumn(Markup.cell(t -> new Markup().copy(Badges.status(this, t.status())).toString())).setHeader(getTranslation("heads.column.status"))
                .setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(TenureDetails::personName).setHeader(getTranslation("heads.column.head")).setFlexGrow(1);
        grid.addColumn(t -> Formats.date(t.swornInOn(), getLocale())).setHeader(getTranslation("heads.field.sworn-in"))
                .setAutoWidth(true);
        grid.addColumn(t -> Formats.date(t.termEndsOn(), getLocale())).setHeader(getTranslation("heads.column.term-end"))
                .setAutoWidth(true);
        grid.addColumn(TenureDetails::extensionCount).setHeader(getTranslation("heads.field.extensions"))
                .setAutoWidth(true);
        grid.addColumn(t -> t.active() ? getTranslation("heads.history.active") : Formats.date(t.endedOn(), getLocale()))
                .setHeader(getTranslation("heads.field.ended-on")).setAutoWidth(true);
        grid.addColumn(t -> t.endReason() == null ? "" : getTranslation("leadership.reason." + t.endReason().name()))
                .setHeader(getTranslation("heads.field.end-reason")).setFlexGrow(1);
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        grid.setAllRowsVisible(true);
        add(grid);
    }

    void show(List<TenureDetails> tenures) {
        setSummaryText(getTranslation("heads.history", tenures.size()));
        grid.setItems(tenures);
    }
}
