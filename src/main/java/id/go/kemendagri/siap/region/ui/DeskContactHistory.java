package id.go.kemendagri.siap.region.ui;

import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;

import id.go.kemendagri.siap.audit.AuditEntry;
import id.go.kemendagri.siap.base.Formats;
import id.go.kemendagri.siap.region.DeskContactService;

/**
 * The contact's change history: who changed which field from what to what, newest first. The summary
 * counts the changes; the grid is built and filled only while the history is open.
 */
class DeskContactHistory extends Details {

    static final int LIMIT = 50;

    private final String regionCode;
    private final transient DeskContactService contacts;
    /** Built when first opened. */
    Grid<AuditEntry> grid;

    DeskContactHistory(String regionCode, DeskContactService contacts) {
        this.regionCode = regionCode;
        this.contacts = contacts;
        setSummaryText(getTranslation("contact.history"));
        addClassName("contact-history");
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
        grid.addColumn(e -> getTranslation("contact." + e.field())).setHeader(getTranslation("history.field"))
                .setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(e -> e.oldValue() == null ? "" : e.oldValue()).setHeader(getTranslation("history.old"));
        grid.addColumn(e -> e.newValue() == null ? "" : e.newValue()).setHeader(getTranslation("history.new"));
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        grid.setAllRowsVisible(true);
        add(grid);
        return grid;
    }

    void refresh() {
        var entries = contacts.history(regionCode, LIMIT);
        setSummaryText(getTranslation("contact.history") + " (" + entries.size() + ")");
        if (isOpened()) {
            grid().setItems(entries);
        }
    }
}
