package id.go.kemendagri.siap.leadership.ui;

import java.util.List;
import java.util.function.Supplier;

import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;

import id.go.kemendagri.siap.audit.AuditEntry;
import id.go.kemendagri.siap.base.Formats;

/**
 * Who changed what about the region's heads, reports and evaluations, newest first. Closed, it holds
 * nothing but its summary: the grid and its rows are built and read when the user opens it (and dropped
 * when it closes), so an open region page keeps no audit rows per session.
 */
class HeadsChangeHistory extends Details {

    static final int LIMIT = 100;
    private final transient Supplier<List<AuditEntry>> entries;
    Grid<AuditEntry> grid;

    HeadsChangeHistory(Supplier<List<AuditEntry>> entries) {
        this.entries = entries;
        addClassName("heads-change-history");
        setSummaryText(getTranslation("heads.audit.closed"));
        addOpenedChangeListener(event -> {
            if (event.isOpened()) {
                refresh();
            } else if (grid != null) {
                remove(grid);
                grid = null;
            }
        });
    }

    /** Re-reads the entries when the history is open; does nothing (no query) while it is closed. */
    void refresh() {
        if (!isOpened()) {
            return;
        }
        if (grid == null) {
            grid = grid();
            add(grid);
        }
        var list = entries.get();
        setSummaryText(getTranslation("heads.audit.title", list.size()));
        grid.setItems(list);
    }

    private Grid<AuditEntry> grid() {
        var grid = new Grid<AuditEntry>();
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
        return grid;
    }
}
