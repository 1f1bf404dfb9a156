package id.go.kemendagri.siap.checklist.ui;

import java.util.List;
import java.util.Map;

import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.data.renderer.LitRenderer;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;

import id.go.kemendagri.siap.base.Formats;
import id.go.kemendagri.siap.base.ui.Fields;
import id.go.kemendagri.siap.base.ui.MainLayout;
import id.go.kemendagri.siap.base.ui.Piece;
import id.go.kemendagri.siap.base.ui.Pieces;
import id.go.kemendagri.siap.base.ui.RowActions;
import id.go.kemendagri.siap.checklist.ChecklistItemChanged;
import id.go.kemendagri.siap.checklist.ChecklistReports;
import id.go.kemendagri.siap.checklist.RecapRow;
import id.go.kemendagri.siap.liveupdate.LiveUpdateHub;
import id.go.kemendagri.siap.liveupdate.LiveUpdates;
import jakarta.annotation.security.PermitAll;

/**
 * Completeness and timeliness per province (done on time, done late, open, overdue, waiting) with
 * readiness verified beside self-reported; a province opens its kabupaten/kota ({@code ?provinsi=62}).
 * One aggregate query per screen: at most 38 rows, so the grid takes them as a list.
 */
@Route(value = ChecklistRecapView.PATH, layout = MainLayout.class)
@Menu(order = 22, icon = "vaadin:chart-grid", title = "menu.checklist.recap")
@PermitAll
@StyleSheet("styles/checklist.css")
class ChecklistRecapView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    static final String PATH = "checklist/rekap";
    static final String PROVINCE = "provinsi";

    private final transient ChecklistReports reports;
    final Grid<RecapRow> grid = new Grid<>();
    private Grid.Column<RecapRow> name;
    final H3 heading = new H3();
    final Button back = new Button();
    private String provinceCode;

    ChecklistRecapView(ChecklistReports reports, LiveUpdateHub hub) {
        this.reports = reports;
        setSizeFull();
        addClassName("checklist-recap-view");
        Fields.button(back, "checklist.recap.back", null, () -> navigate(null), ButtonVariant.LUMO_TERTIARY);
        back.setIcon(VaadinIcon.ARROW_LEFT.create());
        var intro = new Paragraph(getTranslation("checklist.recap.intro"));
        intro.addClassName("intro");
        add(intro, back, heading, grid());
        LiveUpdates.bind(grid, hub, ChecklistItemChanged.class, change -> true,
                changes -> refresh());
    }

    private Grid<RecapRow> grid() {
        name = grid.addColumn(provinceCell()).setHeader(getTranslation("checklist.recap.column.name"))
                .setAutoWidth(true).setFlexGrow(0).setKey("name");
        grid.addColumn(row -> Formats.number(row.regions(), getLocale()))
                .setHeader(getTranslation("checklist.recap.column.regions")).setKey("regions").setAutoWidth(true)
                .setFlexGrow(0);
        bar("verified", row -> row.readiness().verifiedPercent());
        bar("reported", row -> row.readiness().reportedPercent());
        number("on-time", RecapRow::doneOnTime);
        number("late", RecapRow::doneLate);
        number("open", RecapRow::open);
        number("overdue", RecapRow::overdue);
        number("waiting", RecapRow::waiting);
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.setSizeFull();
        grid.addClassName("recap-grid");
        return grid;
    }

    /**
     * A share as a bar: the bar columns alone take the width the others leave (at least 12rem each), their
     * headers wrap instead of being cut (styled by {@code .recap-header} in checklist.css).
     */
    private void bar(String key, java.util.function.ToIntFunction<RecapRow> value) {
        var header = new Span(getTranslation("checklist.recap.column." + key));
        header.addClassName("recap-header");
        grid.addColumn(Pieces.cell(row -> percent(value.applyAsInt(row), key))).setHeader(header).setKey(key)
                .setWidth("12rem").setFlexGrow(1);
    }

    private void number(String key, java.util.function.ToLongFunction<RecapRow> value) {
        grid.addColumn(row -> Formats.number(value.applyAsLong(row), getLocale()))
                .setHeader(getTranslation("checklist.recap.column." + key)).setKey(key).setAutoWidth(true)
                .setFlexGrow(0).setPartNameGenerator(row -> "overdue".equals(key) && row.overdue() > 0 ? "alert" : null);
    }

    /** A province opens its kabupaten/kota on this page ({@code ?provinsi=62}). */
    private LitRenderer<RecapRow> provinceCell() {
        return RowActions.<RecapRow>create("tertiary-inline")
                .text("open", RecapRow::name, row -> navigate(row.code())).className("drill-down")
                .shownWhen(row -> provinceCode == null).renderer();
    }

    /** The share as a number beside a bar (styled by {@code .recap-percent} in checklist.css). */
    private static List<Piece> percent(int value, String kind) {
        return List.of(Piece.text(value + "%").withClass("recap-percent"),
                Piece.progress(value / 100.0, value + "%").withClass("recap-bar-" + kind));
    }

    private void navigate(String province) {
        getUI().ifPresent(ui -> ui.navigate(PATH, province == null ? QueryParameters.empty()
                : QueryParameters.simple(Map.of(PROVINCE, province))));
    }

    private void refresh() {
        name.setRenderer(provinceCode == null ? provinceCell()
                : Pieces.cell(row -> List.of(Badges.regionRoute(row.code(), row.name()))));
        if (provinceCode == null) {
            heading.setText(getTranslation("checklist.recap.provinces"));
            grid.setItems(reports.byProvince());
        } else {
            var rows = reports.byRegion(provinceCode);
            heading.setText(getTranslation("checklist.recap.regions", rows.stream()
                    .filter(r -> r.code().equals(provinceCode)).map(RecapRow::name).findFirst().orElse(provinceCode)));
            grid.setItems(rows);
        }
        back.setVisible(provinceCode != null);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        provinceCode = event.getLocation().getQueryParameters().getSingleParameter(PROVINCE)
                .filter(code -> code.matches("\\d{2}")).orElse(null);
        refresh();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("checklist.recap.title") + " | " + getTranslation("app.name");
    }
}
