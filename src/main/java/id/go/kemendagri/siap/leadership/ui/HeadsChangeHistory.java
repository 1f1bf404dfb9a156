package id.go.kemendagri.siap.leadership.ui;

import java.util.List;

import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;

import id.go.kemendagri.siap.audit.AuditEntry;
import id.go.kemendagri.siap.base.Formats;

/** Who changed what about the region's heads, reports and evaluations, newest first. */
class HeadsChangeHistory extends Details {

    static final int LIMIT = 100;
    final Grid<AuditEntry> grid = new Grid<>();

    HeadsChangeHistory() {
        addClassName("heads-change-history");
        grid.addColumn(e -> Formats.dateTime(e.occurredAt(), getLocale())).setHeader(getTranslation("history.when"))
                .setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(AuditEntry::actor).setHeader(getTranslation("history.who")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(e -> getTranslation("heads.audit." + e.entityType()) + " · " + getTranslation("heads.audit."
                + e.action())).setHeader(getTranslation("heads.audit.what")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(e -> getTranslation("heads.audit.field." + e.field())).setHeader(getTranslation("history.field"))
                .setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(e -> e.oldValue() == null ? "" : e.oldValue()).setHeader(getTranslation("history.old"));
        grid.addColumn(e -> e.newValue() == null ? "" : e.newValue()).setHeader(getTranslation("history.new"));
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setAllRowsVisible(true);
        add(grid);
    }

    void show(List<AuditEntry> entries) {
        setSummaryText(getTranslation("heads.audit.title", entries.size()));
        grid.setItems(entries);
    }
}
