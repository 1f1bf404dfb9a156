package id.go.kemendagri.siap.budget.ui;

import java.util.List;

import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.router.Location;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;

import id.go.kemendagri.siap.base.Formats;
import id.go.kemendagri.siap.base.RegionChange;
import id.go.kemendagri.siap.base.ui.FilteredListView;
import id.go.kemendagri.siap.base.ui.LiveRows;
import id.go.kemendagri.siap.base.ui.MainLayout;
import id.go.kemendagri.siap.base.ui.NarrowColumns;
import id.go.kemendagri.siap.base.ui.Piece;
import id.go.kemendagri.siap.base.ui.Pieces;
import id.go.kemendagri.siap.budget.BudgetChanged;
import id.go.kemendagri.siap.budget.BudgetExport;
import id.go.kemendagri.siap.budget.BudgetOverview;
import id.go.kemendagri.siap.budget.GrantFilter;
import id.go.kemendagri.siap.budget.GrantRow;
import id.go.kemendagri.siap.budget.Rupiah;
import id.go.kemendagri.siap.liveupdate.LiveUpdateHub;
import id.go.kemendagri.siap.liveupdate.LiveUpdates;
import id.go.kemendagri.siap.region.RegionService;
import id.go.kemendagri.siap.security.RegionAccess;
import jakarta.annotation.security.PermitAll;

/**
 * Every grant the user may see, one row per region and recipient, paged lazily, with totals for the
 * filtered set and its export. Refreshes when any budget changes.
 */
@StyleSheet(Labels.STYLES)
@Route(value = "anggaran", layout = MainLayout.class)
@Menu(order = 30, icon = "vaadin:money", title = "menu.budget")
@PermitAll
class BudgetListView extends FilteredListView<GrantRow, GrantFilter> {

    static final String ROUTE = "anggaran";

    private final transient BudgetOverview overview;
    private final transient BudgetExport export;
    final BudgetFilterBar filters;
    final Grid<GrantRow> grid = new Grid<>();
    final Span totals = new Span();

    BudgetListView(BudgetOverview overview, BudgetExport export, RegionService regions, RegionAccess access,
            LiveUpdateHub hub) {
        super(ROUTE, "budget.title", GrantFilter.ALL);
        this.overview = overview;
        this.export = export;
        addClassName("budget-list-view");
        filters = new BudgetFilterBar(regions.visibleProvinces(), this::filterChanged);
        totals.addClassName("budget-totals");
        totals.setId("budget-totals");
        add(actions(access), filters, totals, grid());
        LiveUpdates.bind(grid, hub, BudgetChanged.class, change -> true, this::changed);
    }

    private HorizontalLayout actions(RegionAccess access) {
        var recap = new RouterLink(getTranslation("budget.recap.link"), BudgetRecapView.class);
        var xlsx = new Anchor(DownloadHandler.fromInputStream(event -> download(true)), getTranslation("budget.export.xlsx"));
        xlsx.setId("export-xlsx");
        var csv = new Anchor(DownloadHandler.fromInputStream(event -> download(false)), getTranslation("budget.export.csv"));
        csv.setId("export-csv");
        var bar = new HorizontalLayout(recap, xlsx, csv);
        var writer = access.current().map(u -> u.role() != id.go.kemendagri.siap.security.Role.LEADERSHIP).orElse(false);
        if (writer) {
            var importLink = new RouterLink(getTranslation("budget.import.link"), BudgetImportView.class);
            importLink.setId("import-link");
            bar.add(importLink);
        }
        bar.setAlignItems(FlexComponent.Alignment.CENTER);
        bar.addClassName("budget-actions");
        return bar;
    }

    private DownloadResponse download(boolean xlsx) {
        var current = filter();
        var bytes = new java.io.ByteArrayOutputStream();
        if (xlsx) {
            export.xlsx(current, this::getTranslation, bytes);
        } else {
            export.csv(current, this::getTranslation, getLocale(), bytes);
        }
        var name = "anggaran-pilkada." + (xlsx ? "xlsx" : "csv");
        var type = xlsx ? "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" : "text/csv;charset=UTF-8";
        return new DownloadResponse(new java.io.ByteArrayInputStream(bytes.toByteArray()), name, type, bytes.size());
    }

    private Grid<GrantRow> grid() {
        // Widths that fit every column at a desktop's width (1440 px with the menu beside the page); the region's
        // name and its badges wrap instead of being cut. On a tablet the less important columns are left out (NarrowColumns).
        var code = grid.addColumn(GrantRow::regionCode).setHeader(getTranslation("budget.column.code")).setWidth("4.5rem")
                .setFlexGrow(0).setFrozen(true);
        grid.addColumn(Pieces.cell(this::regionCell)).setHeader(getTranslation("budget.column.region")).setFlexGrow(1)
                .setWidth("12rem").setFrozen(true);
        grid.addColumn(row -> Labels.recipient(this, row.recipient())).setHeader(getTranslation("budget.column.recipient"))
                .setWidth("5.5rem").setFlexGrow(0);
        grid.addColumn(Pieces.cell(row -> List.of(stageBadge(row)))).setHeader(getTranslation("budget.column.stage"))
                .setWidth("8rem").setFlexGrow(0);
        grid.addColumn(row -> Labels.money(this, row.agreed())).setHeader(getTranslation("budget.column.agreed"))
                .setTextAlign(ColumnTextAlign.END).setWidth("10.5rem").setFlexGrow(0);
        var disbursed = grid.addColumn(row -> Labels.money(this, row.disbursed())).setHeader(getTranslation("budget.column.disbursed"))
                .setTextAlign(ColumnTextAlign.END).setWidth("10.5rem").setFlexGrow(0);
        grid.addColumn(row -> Rupiah.percent(row.disbursed(), row.agreed(), getLocale()))
                .setHeader(getTranslation("budget.column.percent")).setTextAlign(ColumnTextAlign.END).setWidth("5rem")
                .setFlexGrow(0);
        var band = grid.addColumn(Pieces.cell(this::bandBadges)).setHeader(getTranslation("budget.column.band")).setWidth("9rem")
                .setFlexGrow(0);
        var signedOn = grid.addColumn(row -> Formats.date(row.signedOn(), getLocale())).setHeader(getTranslation("budget.column.signed-on"))
                .setWidth("7.5rem").setFlexGrow(0);
        // A phone: one card per grant instead of nine columns; a tablet: region, recipient, stage, agreed amount and
        // the share disbursed without scrolling sideways (the rest only on a wider screen).
        NarrowColumns.install(grid, grid.addColumn(Pieces.card(this::card)).setHeader(getTranslation("budget.column.region")),
                List.of(code, disbursed, band, signedOn));
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        lazyList(filters, grid, overview::page, overview::count, GrantRow::id);
        grid.addClassName("budget-grid");
        return grid;
    }

    private Piece stageBadge(GrantRow row) {
        return row.notApplicable() ? Labels.notApplicableBadge(this) : Labels.shortStageBadge(this, row.stage());
    }

    private List<Piece> bandBadges(GrantRow row) {
        return row.late() ? List.of(Labels.bandBadge(this, row.band()), Labels.lateBadge(this))
                : List.of(Labels.bandBadge(this, row.band()));
    }

    /** The grant on a phone: the region, the recipient and stage, the amounts and the disbursement's state. */
    List<Piece> card(GrantRow row) {
        var pieces = new java.util.ArrayList<Piece>();
        pieces.add(Piece.route(row.regionName(), "wilayah/" + row.regionCode()).withClass("narrow-title"));
        pieces.add(Piece.text(row.regionCode() + " · " + Labels.recipient(this, row.recipient())));
        pieces.add(stageBadge(row));
        var percent = Rupiah.percent(row.disbursed(), row.agreed(), getLocale());
        pieces.add(Piece.text(getTranslation("budget.column.agreed") + " " + Labels.money(this, row.agreed()) + " · "
                + getTranslation("budget.column.disbursed") + " " + Labels.money(this, row.disbursed())
                + (percent.isEmpty() ? "" : " (" + percent + ")")).withClass("narrow-line narrow-meta"));
        pieces.addAll(bandBadges(row));
        return pieces;
    }

    /** The region as a link (with the demo badge) over its province on a second, smaller line. */
    private List<Piece> regionCell(GrantRow row) {
        var pieces = new java.util.ArrayList<Piece>();
        pieces.add(Piece.route(row.regionName(), "wilayah/" + row.regionCode()));
        if (row.demo()) {
            pieces.add(Labels.demoBadge(this));
        }
        pieces.add(Piece.text(row.provinceName()).withClass("cell-line province-name"));
        return pieces;
    }

    /**
     * Grants changed elsewhere: only the changed rows are re-read and redrawn, keeping scroll position and
     * selection, unless the set of rows may have changed (see {@link LiveRows} for the rule). A grant's
     * province and recipient never change; its stage, band and lateness do, so a filter on those makes the
     * set volatile. The order (region code, id) never changes. The totals line is re-read either way.
     */
    private void changed(List<BudgetChanged> changes) {
        var regions = RegionChange.regionCodes(changes);
        var recounted = recount();
        var filter = filter();
        LiveRows.refreshRegions(grid, regions, filter, filter.selectsOnEditable(), filter.fixedPart(), overview::rows,
                GrantRow::id, null, recounted);
    }

    @Override
    protected long showCount(GrantFilter filter) {
        var sums = overview.totals(filter);
        totals.setText(getTranslation("budget.totals", Formats.number(sums.grants(), getLocale()),
                Labels.compact(this, sums.proposed()), Labels.compact(this, sums.agreed()),
                Labels.compact(this, sums.disbursed()),
                Rupiah.percent(sums.disbursed(), sums.agreed(), getLocale())));
        totals.getElement().setAttribute("title", getTranslation("budget.totals.exact",
                Labels.money(this, sums.agreed()), Labels.money(this, sums.disbursed())));
        return sums.grants();
    }
}
