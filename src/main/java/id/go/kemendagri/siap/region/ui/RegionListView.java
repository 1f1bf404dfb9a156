package id.go.kemendagri.siap.region.ui;

import java.util.List;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridSortOrder;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.data.provider.SortDirection;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;

import id.go.kemendagri.siap.base.ui.FilteredListView;
import id.go.kemendagri.siap.base.ui.Piece;
import id.go.kemendagri.siap.base.ui.Pieces;
import id.go.kemendagri.siap.base.ui.MainLayout;
import id.go.kemendagri.siap.region.RegionFilter;
import id.go.kemendagri.siap.region.RegionRow;
import id.go.kemendagri.siap.region.RegionService;
import jakarta.annotation.security.PermitAll;

/**
 * All regions the user may see, paged lazily from the database. The filters live in the URL
 * ({@code ?provinsi=62&tingkat=KABUPATEN&pilkada=ya&cari=palangka}) so a filtered view can be shared.
 */
@Route(value = "wilayah", layout = MainLayout.class)
@Menu(order = 10, icon = "vaadin:map-marker", title = "menu.regions")
@PermitAll
class RegionListView extends FilteredListView<RegionRow, RegionFilter> {

    private final transient RegionService regions;
    final RegionFilterBar filters;
    final Grid<RegionRow> grid = new Grid<>();
    private final Span total = new Span();

    RegionListView(RegionService regions) {
        super("wilayah", "regions.title", RegionFilter.ALL);
        this.regions = regions;
        filters = new RegionFilterBar(regions.visibleProvinces(), this::filterChanged);
        addClassName("region-list-view");
        add(filters, total, grid());
    }

    private Grid<RegionRow> grid() {
        grid.addColumn(RegionRow::code).setHeader(getTranslation("regions.column.code")).setKey("code")
                .setSortProperty("code").setWidth("7.5rem").setFlexGrow(0);
        grid.addColumn(Pieces.cell(row -> List.of(Piece.route(row.name(), "wilayah/" + row.code()))))
                .setHeader(getTranslation("regions.column.name")).setKey("name").setSortProperty("name").setFlexGrow(2);
        grid.addColumn(row -> getTranslation("region.level." + row.level().name()))
                .setHeader(getTranslation("regions.column.level")).setAutoWidth(true);
        grid.addColumn(RegionRow::provinceName).setHeader(getTranslation("regions.column.province")).setFlexGrow(1);
        grid.addColumn(Pieces.cell(row -> List.of(pilkadaBadge(row.holdsPilkada()))))
                .setHeader(getTranslation("regions.column.pilkada")).setAutoWidth(true);
        lazyList(filters, grid, regions::page, regions::count, RegionRow::code);
        grid.sort(List.of(new GridSortOrder<>(grid.getColumnByKey("code"), SortDirection.ASCENDING)));
        grid.addClassName("region-grid");
        return grid;
    }

    private Piece pilkadaBadge(boolean holds) {
        return Piece.badge(getTranslation(holds ? "regions.pilkada.yes" : "regions.pilkada.no"),
                holds ? "success" : "contrast");
    }

    @Override
    protected long showCount(RegionFilter filter) {
        var count = regions.count(filter);
        total.setText(getTranslation("regions.total", count));
        return count;
    }
}
