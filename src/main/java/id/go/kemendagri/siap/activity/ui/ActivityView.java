package id.go.kemendagri.siap.activity.ui;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.data.renderer.LitRenderer;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;

import id.go.kemendagri.siap.activity.ActivityRow;
import id.go.kemendagri.siap.activity.ActivityService;
import id.go.kemendagri.siap.base.Formats;
import id.go.kemendagri.siap.base.ProvinceDirectory;
import id.go.kemendagri.siap.base.ui.FilteredListView;
import id.go.kemendagri.siap.base.ui.Piece;
import id.go.kemendagri.siap.base.ui.Pieces;
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
class ActivityView extends FilteredListView<ActivityRow, ActivityFilterBar.Filter> {

    private final transient ActivityService activity;
    private final transient Clock clock;
    final ActivityFilterBar filters;
    final Grid<ActivityRow> grid = new Grid<>();
    private final Span total = new Span();
    private final transient Translations texts;
    private transient ChangeWords words;

    ActivityView(ActivityService activity, ProvinceDirectory provinces, RegionAccess access, LiveUpdateHub hub,
            Clock clock, Translations texts) {
        super("aktivitas", "feed.title", ActivityFilterBar.Filter.ALL);
        this.activity = activity;
        this.texts = texts;
        this.clock = clock;
        addClassName("activity-view");
        filters = new ActivityFilterBar(activity.entityTypes(), this::typeLabel, provinces.provinces(),
                this::filterChanged);
        var scope = access.provinceScope();
        filters.province.setVisible(scope.isEmpty());
        configureGrid();
        add(filters, total, grid);
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
        lazyList(filters, grid, (filter, page) -> activity.page(filter.type(), filter.provinceCode(), page),
                filter -> activity.count(filter.type(), filter.provinceCode()), ActivityRow::id);
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

    @Override
    protected long showCount(ActivityFilterBar.Filter filter) {
        var count = activity.count(filter.type(), filter.provinceCode());
        total.setText(getTranslation("feed.total", count));
        return count;
    }
}
