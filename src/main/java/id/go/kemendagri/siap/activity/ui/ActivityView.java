package id.go.kemendagri.siap.activity.ui;

import static com.vaadin.flow.spring.data.VaadinSpringDataHelpers.toSpringPageRequest;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.data.renderer.LitRenderer;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;

import id.go.kemendagri.siap.activity.ActivityRow;
import id.go.kemendagri.siap.activity.ActivityService;
import id.go.kemendagri.siap.base.Formats;
import id.go.kemendagri.siap.base.ProvinceDirectory;
import id.go.kemendagri.siap.base.ui.Piece;
import id.go.kemendagri.siap.base.ui.Pieces;
import id.go.kemendagri.siap.base.ui.ProvinceFilter;
import id.go.kemendagri.siap.base.ui.MainLayout;
import id.go.kemendagri.siap.base.ui.Translations;
import java.util.List;
import id.go.kemendagri.siap.liveupdate.LiveUpdateHub;
import id.go.kemendagri.siap.base.RegionChange;
import id.go.kemendagri.siap.liveupdate.LiveUpdates;
import id.go.kemendagri.siap.security.RegionAccess;
import jakarta.annotation.security.PermitAll;

/**
 * What changed recently, newest first, live: the whole country for the ministry and leadership, one
 * province for its staff. Filters in the URL ({@code ?jenis=followup&provinsi=62}).
 */
@Route(value = "aktivitas", layout = MainLayout.class)
@Menu(order = 80, icon = "vaadin:clock", title = "menu.activity")
@PermitAll
@StyleSheet("styles/activity.css")
class ActivityView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    static final String TYPE = "jenis";
    static final String PROVINCE = "provinsi";

    private final transient ActivityService activity;
    private final transient Clock clock;
    final Select<String> type = new Select<>();
    final ProvinceFilter province;
    final Grid<ActivityRow> grid = new Grid<>();
    private final Span total = new Span();
    private final transient Translations texts;
    private transient ChangeWords words;
    private String typeFilter;
    private String provinceFilter;
    private boolean applyingUrl;

    ActivityView(ActivityService activity, ProvinceDirectory provinces, RegionAccess access, LiveUpdateHub hub,
            Clock clock, Translations texts) {
        this.activity = activity;
        this.texts = texts;
        this.clock = clock;
        setSizeFull();
        addClassName("activity-view");
        type.setLabel(getTranslation("feed.filter.type"));
        type.setItems(activity.entityTypes());
        type.setItemLabelGenerator(this::typeLabel);
        type.setEmptySelectionAllowed(true);
        type.setEmptySelectionCaption(getTranslation("feed.filter.any"));
        province = new ProvinceFilter(provinces.provinces());
        var scope = access.provinceScope();
        province.setVisible(scope.isEmpty());
        type.addValueChangeListener(e -> filtersChanged());
        province.addValueChangeListener(e -> filtersChanged());
        var bar = new HorizontalLayout(type, province);
        bar.setAlignItems(FlexComponent.Alignment.BASELINE);
        configureGrid();
        add(bar, total, grid);
        LiveUpdates.bind(grid, hub, RegionChange.class, change -> scope.isEmpty() || change.regionCode().equals(scope.get())
                || change.regionCode().startsWith(scope.get() + "."), changes -> refresh());
    }

    private void configureGrid() {
        grid.addClassName("activity-grid");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_COMPACT);
        grid.addColumn(Pieces.cell(this::when)).setHeader(getTranslation("feed.column.when")).setWidth("11rem").setFlexGrow(0);
        grid.addColumn(ActivityRow::actor).setHeader(getTranslation("feed.column.who")).setWidth("10rem").setFlexGrow(0);
        grid.addColumn(LitRenderer.<ActivityRow>of("""
                <div class="activity-save">${item.sentence}</div>
                <div class="activity-changes">${item.changes}</div>""")
                .withProperty("sentence", this::sentence)
                .withProperty("changes", row -> String.join("\n", changes(row))))
                .setHeader(getTranslation("feed.column.what")).setFlexGrow(3);
        grid.addColumn(Pieces.cell(this::where)).setHeader(getTranslation("feed.column.where")).setFlexGrow(1);
        grid.setItems(query -> activity.page(typeFilter, provinceFilter, toSpringPageRequest(query)).stream(),
                query -> (int) activity.count(typeFilter, provinceFilter));
        grid.setSizeFull();
    }

    /** How long ago, over the exact time on a second, smaller line. */
    private List<Piece> when(ActivityRow row) {
        return List.of(Piece.text(ago(row.occurredAt())).withClass("activity-ago"),
                Piece.text(Formats.dateTime(row.occurredAt(), getLocale())).withClass("cell-line activity-time"));
    }

    /** The save in one sentence, e.g. "kalteng mengubah 3 isian kontak Desk Pilkada Kabupaten Seruyan". */
    String sentence(ActivityRow row) {
        return words().sentence(row);
    }

    /** One line per changed field, labelled and formatted. */
    List<String> changes(ActivityRow row) {
        return words().lines(row);
    }

    private ChangeWords words() {
        if (words == null || !words.speaks(getLocale())) {
            words = new ChangeWords(texts, getLocale());
        }
        return words;
    }

    /** The region's page, a meeting's page (a meeting has no region), or a dash. */
    private List<Piece> where(ActivityRow row) {
        if (row.regionCode() != null) {
            return List.of(Piece.route(row.regionCode() + " " + (row.regionName() == null ? "" : row.regionName()),
                    "wilayah/" + row.regionCode()));
        }
        return List.of("meeting".equals(row.entityType())
                ? Piece.route(getTranslation("feed.open"), "rapat/" + row.entityId()) : Piece.text("–"));
    }

    private String typeLabel(String type) {
        if (type == null) {
            return getTranslation("feed.filter.any");
        }
        var label = getTranslation("feed.type." + type);
        return label.startsWith("!") ? type : label;
    }

    private String ago(Instant at) {
        var elapsed = Duration.between(at, clock.instant());
        if (elapsed.toMinutes() < 1) {
            return getTranslation("feed.ago.now");
        }
        if (elapsed.toHours() < 1) {
            return getTranslation("feed.ago.minutes", elapsed.toMinutes());
        }
        if (elapsed.toDays() < 1) {
            return getTranslation("feed.ago.hours", elapsed.toHours());
        }
        return getTranslation("feed.ago.days", elapsed.toDays());
    }

    private void filtersChanged() {
        if (applyingUrl) {
            return;
        }
        var parameters = new HashMap<String, String>();
        if (type.getValue() != null) {
            parameters.put(TYPE, type.getValue());
        }
        if (province.getValue() != null) {
            parameters.put(PROVINCE, province.getValue().code());
        }
        getUI().ifPresent(ui -> ui.navigate(ActivityView.class, QueryParameters.simple(parameters)));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var parameters = event.getLocation().getQueryParameters();
        applyingUrl = true;
        try {
            var wanted = parameters.getSingleParameter(TYPE).orElse(null);
            type.setValue(type.getListDataView().getItems().filter(t -> t.equals(wanted)).findFirst().orElse(null));
            province.showCode(parameters.getSingleParameter(PROVINCE).orElse(null));
        } finally {
            applyingUrl = false;
        }
        typeFilter = type.getValue();
        provinceFilter = province.code();
        refresh();
    }

    private void refresh() {
        grid.getDataProvider().refreshAll();
        total.setText(getTranslation("feed.total", activity.count(typeFilter, provinceFilter)));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("feed.title") + " | " + getTranslation("app.name");
    }
}
