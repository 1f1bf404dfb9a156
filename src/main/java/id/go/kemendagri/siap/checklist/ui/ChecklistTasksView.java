package id.go.kemendagri.siap.checklist.ui;

import java.util.List;
import java.util.stream.Collectors;

import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;

import id.go.kemendagri.siap.base.Formats;
import id.go.kemendagri.siap.base.ui.LazyGrid;
import id.go.kemendagri.siap.base.ui.LiveRows;
import id.go.kemendagri.siap.base.ui.MainLayout;
import id.go.kemendagri.siap.base.ui.NarrowColumns;
import id.go.kemendagri.siap.base.ui.Piece;
import id.go.kemendagri.siap.base.ui.Pieces;
import id.go.kemendagri.siap.checklist.ChecklistItemChanged;
import id.go.kemendagri.siap.checklist.ChecklistReports;
import id.go.kemendagri.siap.checklist.ChecklistRow;
import id.go.kemendagri.siap.checklist.Verification;
import id.go.kemendagri.siap.liveupdate.LiveUpdateHub;
import id.go.kemendagri.siap.liveupdate.LiveUpdates;
import id.go.kemendagri.siap.security.Role;
import jakarta.annotation.security.RolesAllowed;

/**
 * The provincial staff's work list across their province: items returned by an evaluator first, then
 * overdue ones, then those in progress, each group by deadline. Paged lazily from the database.
 */
@Route(value = ChecklistTasksView.PATH, layout = MainLayout.class)
@Menu(order = 20, icon = "vaadin:tasks", title = "menu.checklist.tasks")
@RolesAllowed({ Role.PROVINCIAL_STAFF_NAME, Role.ADMIN_NAME })
@StyleSheet("styles/checklist.css")
class ChecklistTasksView extends VerticalLayout implements HasDynamicTitle {

    static final String PATH = "checklist/tugas";

    private final transient ChecklistReports reports;
    final Grid<ChecklistRow> grid = new Grid<>();
    final Span total = new Span();
    /** The count the list last showed. */
    private long shownCount = -1;

    ChecklistTasksView(ChecklistReports reports, LiveUpdateHub hub) {
        this.reports = reports;
        setSizeFull();
        addClassName("checklist-tasks-view");
        var intro = new Paragraph(getTranslation("checklist.tasks.intro"));
        intro.addClassName("intro");
        showTotal();
        add(intro, total, grid());
        LiveUpdates.bind(grid, hub, ChecklistItemChanged.class, change -> true, this::changed);
    }

    /**
     * Items changed elsewhere: only the changed rows are re-read and redrawn, keeping scroll position,
     * unless the list may have changed (see {@link LiveRows} for the rule). The list is defined by status
     * and verification, which edits change, and ordered by urgency (returned, overdue, the rest) first, so
     * a changed item that is not loaded, or one whose urgency moved, reloads the list.
     */
    private void changed(List<ChecklistItemChanged> changes) {
        var before = shownCount;
        showTotal();
        var ids = changes.stream().map(c -> ((ChecklistItemChanged) c).itemId()).collect(Collectors.toSet());
        if (LiveRows.reloadIfLarge(grid, ids)) {
            return;
        }
        var onList = reports.onTaskList(null, ids);
        LiveRows.refresh(grid, reports.rows(ids), row -> onList.contains(row.item().id()), true,
                ChecklistTasksView::urgencyGroup, shownCount != before);
    }

    private static int urgencyGroup(ChecklistRow row) {
        return row.item().verification() == Verification.RETURNED ? 0 : row.item().overdue() ? 1 : 2;
    }

    private void showTotal() {
        shownCount = reports.countTasks(null);
        total.setText(getTranslation("checklist.tasks.total", shownCount));
    }

    private Grid<ChecklistRow> grid() {
        // The region and the item are what staff look for: they take the room left and wrap instead of being cut.
        grid.addColumn(Pieces.cell(row -> List.of(urgency(row)))).setHeader(getTranslation("checklist.column.urgency"))
                .setWidth("9rem")
                .setFlexGrow(0);
        grid.addColumn(Pieces.cell(row -> List.of(Badges.regionRoute(row.item().regionCode(), row.regionName()))))
                .setHeader(getTranslation("checklist.column.region"))
                .setWidth("11rem").setFlexGrow(2);
        grid.addColumn(row -> row.item().itemCode() + " " + row.item().name(getLocale()))
                .setHeader(getTranslation("checklist.column.item")).setWidth("12rem").setFlexGrow(4);
        grid.addColumn(row -> Formats.date(row.item().dueDate(), getLocale()))
                .setHeader(getTranslation("checklist.column.due")).setWidth("7.5rem").setFlexGrow(0);
        grid.addColumn(Pieces.cell(row -> List.of(Badges.statePiece(this, row.item()))))
                .setHeader(getTranslation("checklist.column.status")).setWidth("8rem").setFlexGrow(0);
        // A phone: one card per item instead of five columns.
        NarrowColumns.install(grid, grid.addColumn(Pieces.card(this::card)).setHeader(getTranslation("checklist.column.item")));
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        LazyGrid.feed(grid, page -> reports.tasks(null, page.getPageNumber(), page.getPageSize()),
                () -> reports.countTasks(null), row -> row.item().id());
        grid.addClassName("tasks-grid");
        return grid;
    }

    /** The item on a phone: why it needs attention, the region, the item and its deadline. */
    private List<Piece> card(ChecklistRow row) {
        var item = row.item();
        return List.of(Piece.route(row.regionName(), "wilayah/" + item.regionCode()).withClass("narrow-title"), urgency(row),
                Piece.text(getTranslation("checklist.column.due") + " " + Formats.date(item.dueDate(), getLocale()))
                        .withClass("narrow-meta"),
                Piece.text(item.itemCode() + " " + item.name(getLocale())).withClass("narrow-line"));
    }

    /** Why the item needs attention: returned (the reason as its tooltip), overdue, or in progress. */
    private Piece urgency(ChecklistRow row) {
        var item = row.item();
        return item.verification() == Verification.RETURNED
                ? Piece.badge(getTranslation("checklist.verification.RETURNED"), "error")
                        .withTitle(item.returnReason() == null ? "" : item.returnReason())
                : item.overdue() ? Piece.badge(getTranslation("checklist.overdue"), "error primary")
                : Piece.badge(getTranslation("checklist.status.PROSES"), "");
    }

    @Override
    public String getPageTitle() {
        return getTranslation("checklist.tasks.title") + " | " + getTranslation("app.name");
    }
}
