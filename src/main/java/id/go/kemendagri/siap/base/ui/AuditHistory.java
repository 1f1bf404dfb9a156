package id.go.kemendagri.siap.base.ui;

import java.util.List;
import java.util.function.Supplier;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;

import id.go.kemendagri.siap.base.ChangeEntry;
import id.go.kemendagri.siap.base.Formats;
import lombok.Getter;

/**
 * A record's change history from the audit trail, newest first: when, who, (what,) which field, old and
 * new value. Closed, it is two server-side elements (this and its button, drawn in the browser): the grid is built
 * and the entries read when the user opens it, and dropped when it closes, so a page with many histories
 * costs neither queries nor server-side elements until one is looked at. Features name the fields and, if
 * they like, the values and a "what" column.
 */
public abstract class AuditHistory extends Div {

    private final String titleKey;
    private final String fieldKeys;
    private static final String TOGGLE = "toggle";
    private final InfoPanel toggle = new InfoPanel();
    private transient Supplier<? extends List<? extends ChangeEntry>> source = List::of;
    @Getter
    private boolean opened;
    private Grid<ChangeEntry> grid;

    /**
     * @param titleKey the translation key of the button; the number of entries is added once read
     * @param className the feature's class name, added after {@code audit-history}
     * @param fieldKeys the prefix of the translation keys of the fields, e.g. {@code budget.history.field.}
     */
    protected AuditHistory(String titleKey, String className, String fieldKeys) {
        this.titleKey = titleKey;
        this.fieldKeys = fieldKeys;
        addClassName("audit-history");
        addClassName(className);
        toggle.addActionListener(event -> setOpened(!opened));
        add(toggle);
        summary(getTranslation(titleKey));
    }

    /** Opens (reads the entries and shows them) or closes (drops the grid) the history. */
    public void setOpened(boolean open) {
        if (open == opened) {
            return;
        }
        opened = open;
        if (open) {
            refresh();
        } else {
            if (grid != null) {
                remove(grid);
                grid = null;
            }
            summary(getTranslation(titleKey));
        }
    }

    /** Where the entries come from; read now if the history is open. */
    public void show(Supplier<? extends List<? extends ChangeEntry>> entries) {
        this.source = entries;
        refresh();
    }

    /** Re-reads the entries while the history is open; does nothing (no query) while it is closed. */
    public void refresh() {
        if (!opened) {
            return;
        }
        if (grid == null) {
            grid = newGrid();
            add(grid);
        }
        var entries = source.get();
        summary(getTranslation(titleKey) + " (" + Formats.number(entries.size(), getLocale()) + ")");
        grid.setItems(List.copyOf(entries));
    }

    private void summary(String text) {
        toggle.setActions(List.of(Piece.button(text, "tertiary small", TOGGLE, Boolean.toString(opened))
                .withIcon(opened ? "vaadin:angle-down" : "vaadin:angle-right").withClass("audit-history-toggle")));
    }

    /** The grid while the history is open, {@code null} while it is closed. */
    public Grid<ChangeEntry> grid() {
        return grid;
    }

    private Grid<ChangeEntry> newGrid() {
        var g = new Grid<ChangeEntry>();
        g.addColumn(e -> Formats.dateTime(e.occurredAt(), getLocale())).setHeader(getTranslation("history.when"))
                .setAutoWidth(true).setFlexGrow(0);
        g.addColumn(ChangeEntry::actor).setHeader(getTranslation("history.who")).setAutoWidth(true).setFlexGrow(0);
        if (hasWhat()) {
            g.addColumn(this::what).setHeader(getTranslation("history.what")).setAutoWidth(true).setFlexGrow(0);
        }
        g.addColumn(this::field).setHeader(getTranslation("history.field")).setAutoWidth(true).setFlexGrow(0);
        g.addColumn(e -> text(e.field(), e.oldValue())).setHeader(getTranslation("history.old"));
        g.addColumn(e -> text(e.field(), e.newValue())).setHeader(getTranslation("history.new"));
        g.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        g.setAllRowsVisible(true);
        return g;
    }

    private String text(String fieldName, String stored) {
        return stored == null ? "" : value(fieldName, stored);
    }

    /** The label of an entry's field: the translation of the field keys' prefix and its name. */
    protected String field(ChangeEntry entry) {
        return getTranslation(fieldKeys + entry.field());
    }

    /** The text of a stored value of a field, e.g. a translated enum name; the value itself by default. */
    protected String value(String fieldName, String stored) {
        return stored;
    }

    /** Whether the history has a "what" column (which record and action), see {@link #what}. */
    protected boolean hasWhat() {
        return false;
    }

    protected String what(ChangeEntry entry) {
        return "";
    }
}
