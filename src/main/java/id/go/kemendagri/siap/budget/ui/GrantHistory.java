package id.go.kemendagri.siap.budget.ui;

import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;

import id.go.kemendagri.siap.audit.AuditEntry;
import id.go.kemendagri.siap.base.Formats;
import id.go.kemendagri.siap.budget.BudgetService;
import id.go.kemendagri.siap.budget.GrantDetails;

/**
 * A grant's change history, newest first; read only when opened, so a closed page costs no query, and
 * its grid is built only then, so a closed history costs the page almost no server-side elements.
 */
class GrantHistory extends Details {

    static final int LIMIT = 50;

    private final transient BudgetService budget;
    private GrantDetails grant;
    /** Built when first opened. */
    Grid<AuditEntry> grid;

    GrantHistory(BudgetService budget) {
        this.budget = budget;
        setSummaryText(getTranslation("budget.history"));
        addClassName("grant-history");
        addOpenedChangeListener(e -> refresh());
    }

    private Grid<AuditEntry> grid() {
        if (grid != null) {
            return grid;
        }
        grid = new Grid<>();
        grid.addColumn(e -> Formats.dateTime(e.occurredAt(), getLocale())).setHeader(getTranslation("history.when"))
                .setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(AuditEntry::actor).setHeader(getTranslation("history.who")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(e -> getTranslation("budget.history.field." + e.field())).setHeader(getTranslation("history.field"))
                .setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(e -> e.oldValue() == null ? "" : e.oldValue()).setHeader(getTranslation("history.old"));
        grid.addColumn(e -> e.newValue() == null ? "" : e.newValue()).setHeader(getTranslation("history.new"));
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setAllRowsVisible(true);
        add(grid);
        return grid;
    }

    void show(GrantDetails grant) {
        this.grant = grant;
        refresh();
    }

    private void refresh() {
        if (isOpened() && grant != null) {
            grid().setItems(budget.history(grant.regionCode(), grant.recipient(), LIMIT));
        }
    }
}
