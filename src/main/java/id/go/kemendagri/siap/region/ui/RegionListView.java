package id.go.kemendagri.siap.region.ui;

import static com.vaadin.flow.spring.data.VaadinSpringDataHelpers.toSpringPageRequest;
import static id.go.kemendagri.siap.base.ui.FilterBar.param;

import java.util.HashMap;
import java.util.List;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridSortOrder;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.provider.SortDirection;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;

import id.go.kemendagri.siap.base.ui.Address;
import id.go.kemendagri.siap.base.ui.Piece;
import id.go.kemendagri.siap.base.ui.Pieces;
import id.go.kemendagri.siap.base.ui.ProvinceFilter;
import id.go.kemendagri.siap.base.ui.MainLayout;
import id.go.kemendagri.siap.region.RegionFilter;
import id.go.kemendagri.siap.region.RegionLevel;
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
class RegionListView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    static final String PROVINCE = "provinsi";
    static final String LEVEL = "tingkat";
    static final String PILKADA = "pilkada";
    static final String SEARCH = "cari";
    private static final String YES = "ya";
    private static final String NO = "tidak";

    private final transient RegionService regions;
    ProvinceFilter province;
    final Select<RegionLevel> level = new Select<>();
    final Select<String> pilkada = new Select<>();
    final TextField search = new TextField();
    final Grid<RegionRow> grid = new Grid<>();
    private final Span total = new Span();
    private RegionFilter filter = RegionFilter.ALL;
    private boolean applyingUrl;

    RegionListView(RegionService regions) {
        this.regions = regions;
        setSizeFull();
        addClassName("region-list-view");
        add(filters(), total, grid());
    }

    private HorizontalLayout filters() {
        var provinces = regions.visibleProvinces();
        province = new ProvinceFilter(provinces);

        level.setLabel(getTranslation("regions.filter.level"));
        level.setItems(RegionLevel.values());
        level.setEmptySelectionAllowed(true);
        level.setEmptySelectionCaption(getTranslation("regions.filter.any"));
        level.setItemLabelGenerator(l -> l == null ? getTranslation("regions.filter.any")
                : getTranslation("region.level." + l.name()));

        pilkada.setLabel(getTranslation("regions.filter.pilkada"));
        pilkada.setItems(YES, NO);
        pilkada.setEmptySelectionAllowed(true);
        pilkada.setEmptySelectionCaption(getTranslation("regions.filter.any"));
        pilkada.setItemLabelGenerator(v -> v == null ? getTranslation("regions.filter.any")
                : getTranslation(YES.equals(v) ? "regions.pilkada.yes" : "regions.pilkada.no"));

        search.setLabel(getTranslation("regions.filter.search"));
        search.setPlaceholder(getTranslation("regions.filter.search.placeholder"));
        search.setClearButtonVisible(true);
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.setMaxLength(60);

        province.addValueChangeListener(e -> filterChanged());
        level.addValueChangeListener(e -> filterChanged());
        pilkada.addValueChangeListener(e -> filterChanged());
        search.addValueChangeListener(e -> filterChanged());

        var bar = new HorizontalLayout(province, level, pilkada, search);
        bar.setAlignItems(FlexComponent.Alignment.BASELINE);
        bar.setWrap(true);
        return bar;
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
        grid.setItems(query -> regions.page(filter, toSpringPageRequest(query)).stream(),
                query -> (int) regions.count(filter));
        grid.setPageSize(50);
        grid.sort(List.of(new GridSortOrder<>(grid.getColumnByKey("code"), SortDirection.ASCENDING)));
        grid.setSizeFull();
        grid.addClassName("region-grid");
        return grid;
    }

    private Piece pilkadaBadge(boolean holds) {
        return Piece.badge(getTranslation(holds ? "regions.pilkada.yes" : "regions.pilkada.no"),
                holds ? "success" : "contrast");
    }

    private void filterChanged() {
        if (applyingUrl) {
            return;
        }
        filter = currentFilter();
        refresh();
        Address.replace(this, "wilayah", toQuery(filter));
    }

    private RegionFilter currentFilter() {
        var holds = pilkada.getValue() == null ? null : YES.equals(pilkada.getValue());
        var text = search.getValue() == null || search.getValue().isBlank() ? null : search.getValue().trim();
        return new RegionFilter(province.code(), level.getValue(),
                holds, text);
    }

    private void refresh() {
        grid.getDataProvider().refreshAll();
        total.setText(getTranslation("regions.total", regions.count(filter)));
    }

    static QueryParameters toQuery(RegionFilter filter) {
        var params = new HashMap<String, String>();
        if (filter.provinceCode() != null) {
            params.put(PROVINCE, filter.provinceCode());
        }
        if (filter.level() != null) {
            params.put(LEVEL, filter.level().name());
        }
        if (filter.holdsPilkada() != null) {
            params.put(PILKADA, filter.holdsPilkada() ? YES : NO);
        }
        if (filter.search() != null) {
            params.put(SEARCH, filter.search());
        }
        return QueryParameters.simple(params);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var params = event.getLocation().getQueryParameters();
        applyingUrl = true;
        try {
            province.showCode(param(params, PROVINCE).orElse(null));
            level.setValue(param(params, LEVEL, RegionLevel.class).orElse(null));
            pilkada.setValue(param(params, PILKADA).filter(v -> YES.equals(v) || NO.equals(v)).orElse(null));
            search.setValue(param(params, SEARCH).map(s -> s.length() > 60 ? s.substring(0, 60) : s).orElse(""));
        } finally {
            applyingUrl = false;
        }
        filter = currentFilter();
        refresh();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("regions.title") + " | " + getTranslation("app.name");
    }
}
