package id.go.kemendagri.siap.leadership.ui;

import java.util.List;

import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridSortOrder;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.data.provider.SortDirection;
import com.vaadin.flow.router.Location;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;

import id.go.kemendagri.siap.base.Formats;
import id.go.kemendagri.siap.base.RegionChange;
import id.go.kemendagri.siap.base.ui.FilteredListView;
import id.go.kemendagri.siap.base.ui.LiveRows;
import id.go.kemendagri.siap.base.ui.MainLayout;
import id.go.kemendagri.siap.base.ui.NarrowColumns;
import id.go.kemendagri.siap.base.ui.Piece;
import id.go.kemendagri.siap.base.ui.Pieces;
import id.go.kemendagri.siap.leadership.HeadFilter;
import id.go.kemendagri.siap.leadership.HeadRow;
import id.go.kemendagri.siap.leadership.LeadershipChanged;
import id.go.kemendagri.siap.leadership.LeadershipBoardService;
import id.go.kemendagri.siap.leadership.LeadershipBoardService.SortBy;
import id.go.kemendagri.siap.liveupdate.LiveUpdateHub;
import id.go.kemendagri.siap.liveupdate.LiveUpdates;
import id.go.kemendagri.siap.region.RegionService;
import jakarta.annotation.security.PermitAll;

/**
 * Every region with its head: status, name, term end and days left, next report due, the last evaluation
 * and the neutrality band. Lazy and paged (one query per page); filters live in the URL; refreshes itself
 * when a head, report or evaluation changes anywhere.
 */
@Route(value = "kepala-daerah", layout = MainLayout.class)
@Menu(order = 20, icon = "vaadin:user-star", title = "menu.heads")
@PermitAll
@StyleSheet(HeadListView.STYLES)
class HeadListView extends FilteredListView<HeadRow, HeadFilter> {

    static final String ROUTE = "kepala-daerah";
    /** This feature's styles, served as a static file so that the frontend bundle stays as it is. */
    static final String STYLES = "context://styles/leadership.css";

    private final transient LeadershipBoardService board;
    final HeadFilterBar filters;
    final Grid<HeadRow> grid = new Grid<>();
    final Span total = new Span();

    HeadListView(LeadershipBoardService board, RegionService regions, LiveUpdateHub hub) {
        super(ROUTE, "heads.title", HeadFilter.ALL);
        this.board = board;
        this.filters = new HeadFilterBar(regions.visibleProvinces(), this::filterChanged);
        addClassName("head-list-view");
        total.addClassName("head-total");
        add(filters, total, grid());
        LiveUpdates.bind(grid, hub, LeadershipChanged.class, change -> true, this::changed);
    }

    private Grid<HeadRow> grid() {
        // The names are what people look for: they take the room left and wrap instead of being cut; the code
        // and the badges keep narrow fixed widths. On a tablet the less important columns are left out (NarrowColumns).
        var code = grid.addColumn(HeadRow::code).setHeader(getTranslation("heads.column.code")).setKey(SortBy.CODE.name())
                .setSortProperty(SortBy.CODE.property()).setWidth("5.5rem").setFlexGrow(0).setFrozen(true);
        grid.addColumn(Pieces.cell(row -> List.of(Piece.route(row.name(), "wilayah/" + row.code()))))
                .setHeader(getTranslation("heads.column.region")).setKey(SortBy.NAME.name())
                .setSortProperty(SortBy.NAME.property())
                .setWidth("12rem").setFlexGrow(2).setFrozen(true).setTooltipGenerator(HeadRow::name);
        grid.addColumn(Pieces.cell(row -> List.of(Badges.status(this, row.status()))))
                .setHeader(getTranslation("heads.column.status"))
                .setWidth("6.5rem").setFlexGrow(0);
        grid.addColumn(row -> row.personName() == null ? "" : row.personName())
                .setHeader(getTranslation("heads.column.head")).setWidth("12rem")
                .setFlexGrow(2).setTooltipGenerator(row -> row.personName() == null ? "" : row.personName());
        grid.addColumn(Pieces.cell(this::termEnd)).setHeader(getTranslation("heads.column.term-end"))
                .setKey(SortBy.TERM_END.name()).setSortProperty(SortBy.TERM_END.property()).setWidth("11rem").setFlexGrow(0);
        var nextReport = grid.addColumn(Pieces.cell(this::nextReport)).setHeader(getTranslation("heads.column.next-report"))
                .setWidth("11rem")
                .setFlexGrow(0);
        var category = grid.addColumn(Pieces.cell(row -> List.of(Badges.category(this, row.lastCategory()))))
                .setHeader(getTranslation("heads.column.category")).setWidth("6rem").setFlexGrow(0);
        var band = grid.addColumn(Pieces.cell(row -> List.of(Badges.band(this, row.lastBand()))))
                .setHeader(getTranslation("heads.column.band"))
                .setWidth("6rem").setFlexGrow(0);
        // A phone: one card per region instead of eight columns; a tablet: the region, status, head and term end
        // without scrolling sideways (the code, the next report and the evaluation only on a wider screen).
        NarrowColumns.install(grid, grid.addColumn(Pieces.card(this::card)).setHeader(getTranslation("heads.column.region")),
                List.of(code, nextReport, category, band));
        lazyList(filters, grid, board::page, board::count, HeadRow::code);
        grid.sort(List.of(new GridSortOrder<>(grid.getColumnByKey(SortBy.CODE.name()), SortDirection.ASCENDING)));
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.addClassName("head-grid");
        return grid;
    }

    /** The region on a phone: its name, the head, the term's end and the latest evaluation. */
    private List<Piece> card(HeadRow row) {
        var pieces = new java.util.ArrayList<Piece>();
        pieces.add(Piece.route(row.name(), "wilayah/" + row.code()).withClass("narrow-title"));
        pieces.add(Badges.status(this, row.status()));
        pieces.add(Piece.text(row.personName() == null ? "" : row.personName()));
        if (row.termEndsOn() != null) {
            pieces.add(Piece.text(getTranslation("heads.column.term-end") + " " + Formats.date(row.termEndsOn(), getLocale()))
                    .withClass("narrow-line narrow-meta"));
        }
        if (row.overdueReports() > 0) {
            pieces.add(Piece.badge(getTranslation("heads.overdue", row.overdueReports()), "error small"));
        }
        if (row.lastCategory() != null) {
            pieces.add(Badges.category(this, row.lastCategory()));
        }
        if (row.lastBand() != null) {
            pieces.add(Badges.band(this, row.lastBand()));
        }
        return pieces;
    }

    /** The term end with the days left as a badge: red within 30 days or past, amber within 90. */
    private List<Piece> termEnd(HeadRow row) {
        if (row.termEndsOn() == null) {
            return List.of();
        }
        var date = Piece.text(Formats.date(row.termEndsOn(), getLocale())).withClass("term-end");
        var days = row.daysLeft();
        if (days < 0) {
            return List.of(date, Piece.badge(getTranslation("heads.days.past", -days), "error small"));
        }
        if (days <= 90) {
            return List.of(date, Piece.badge(getTranslation("heads.days.left", days), days <= 30 ? "error small"
                    : "warning small"));
        }
        return List.of(date);
    }

    private List<Piece> nextReport(HeadRow row) {
        var pieces = new java.util.ArrayList<Piece>();
        if (row.nextReportDue() != null) {
            pieces.add(Piece.text(Formats.date(row.nextReportDue(), getLocale())).withClass("next-report"));
        }
        if (row.overdueReports() > 0) {
            pieces.add(Piece.badge(getTranslation("heads.overdue", row.overdueReports()), "error small")
                    .withClass("overdue-badge"));
        }
        return pieces;
    }

    /**
     * Heads, reports or evaluations changed elsewhere: only the changed regions' rows are re-read and
     * redrawn, keeping scroll position and selection, unless the set of rows or their order may have changed
     * (see {@link LiveRows} for the rule). Every region has a row; a filter on status, term end, overdue
     * reports, evaluation or a name makes the set volatile, and sorting by term end makes the order so.
     */
    private void changed(List<LeadershipChanged> changes) {
        var regions = RegionChange.regionCodes(changes);
        var recounted = recount();
        var filter = filter();
        var byTermEnd = grid.getSortOrder().stream().findFirst()
                .filter(order -> SortBy.TERM_END.name().equals(order.getSorted().getKey())).isPresent();
        LiveRows.refreshRegions(grid, regions, filter, filter.selectsOnEditable(), filter.fixedPart(), board::rows,
                HeadRow::code, byTermEnd ? HeadRow::termEndsOn : null, recounted);
    }

    @Override
    protected long showCount(HeadFilter filter) {
        var count = board.count(filter);
        total.setText(getTranslation("heads.total", count));
        return count;
    }
}
