package id.go.kemendagri.siap.checklist.ui;

import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;

import id.go.kemendagri.siap.audit.AuditEntry;
import id.go.kemendagri.siap.base.Formats;
import id.go.kemendagri.siap.checklist.ChecklistService;

/** An item's history (status, note, evidence, verification), read when opened and newest first. */
class ItemHistory extends Details {

    static final int LIMIT = 100;

    private final long itemId;
    private final transient ChecklistService checklists;
    final Grid<AuditEntry> grid = new Grid<>();

    ItemHistory(long itemId, ChecklistService checklists) {
        this.itemId = itemId;
        this.checklists = checklists;
        setSummaryText(getTranslation("checklist.history"));
        addClassName("item-history");
        grid.addColumn(e -> Formats.dateTime(e.occurredAt(), getLocale())).setHeader(getTranslation("history.when"))
                .setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(AuditEntry::actor).setHeader(getTranslation("history.who")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(e -> getTranslation("checklist.history.field." + e.field()))
                .setHeader(getTranslation("history.field")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(e -> value(e.field(), e.oldValue())).setHeader(getTranslation("history.old"));
        grid.addColumn(e -> value(e.field(), e.newValue())).setHeader(getTranslation("history.new"));
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        grid.setAllRowsVisible(true);
        add(grid);
        addOpenedChangeListener(e -> {
            if (e.isOpened()) {
                refresh();
            }
        });
    }

    void refresh() {
        if (isOpened()) {
            grid.setItems(checklists.history(itemId, LIMIT));
        }
    }

    /** Status and verification values are enum names: show them translated. */
    private String value(String field, String value) {
        if (value == null) {
            return "";
        }
        return switch (field) {
            case "status" -> getTranslation("checklist.status." + value);
            case "verification" -> getTranslation("checklist.verification." + value);
            default -> value;
        };
    }
}
