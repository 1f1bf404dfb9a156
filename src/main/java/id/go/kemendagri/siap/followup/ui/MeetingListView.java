package id.go.kemendagri.siap.followup.ui;

import java.util.List;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;

import id.go.kemendagri.siap.base.Formats;
import id.go.kemendagri.siap.base.ui.FilteredListView;
import id.go.kemendagri.siap.base.ui.Piece;
import id.go.kemendagri.siap.base.ui.Pieces;
import id.go.kemendagri.siap.base.ui.MainLayout;
import id.go.kemendagri.siap.followup.FollowUpChanged;
import id.go.kemendagri.siap.followup.MeetingFilter;
import id.go.kemendagri.siap.followup.MeetingRow;
import id.go.kemendagri.siap.followup.MeetingService;
import id.go.kemendagri.siap.liveupdate.LiveUpdateHub;
import id.go.kemendagri.siap.liveupdate.LiveUpdates;
import id.go.kemendagri.siap.region.RegionService;
import id.go.kemendagri.siap.security.RegionAccess;
import jakarta.annotation.security.PermitAll;

/**
 * Coordination meetings, newest first, with how far their follow-ups got. Filters live in the URL
 * ({@code ?jenis=RAKORTEKRENBANG&provinsi=65&cari=tanjung}); provincial staff see their province's.
 */
@Route(value = "rapat", layout = MainLayout.class)
@Menu(order = 60, icon = "vaadin:group", title = "menu.meetings")
@PermitAll
class MeetingListView extends FilteredListView<MeetingRow, MeetingFilter> {

    private final transient MeetingService meetings;
    final MeetingFilterBar filters;
    final Grid<MeetingRow> grid = new Grid<>();
    final Button create = new Button();
    private final Span total = new Span();

    MeetingListView(MeetingService meetings, RegionService regions, RegionAccess access, LiveUpdateHub hub) {
        super("rapat", "meetings.title", MeetingFilter.ALL);
        this.meetings = meetings;
        addClassName("meeting-list-view");
        create.setText(getTranslation("meetings.new"));
        create.setIcon(VaadinIcon.PLUS.create());
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        create.setId("meeting-new");
        create.setVisible(access.isMinistry());
        create.addClickListener(click -> new MeetingDialog(meetings, regions, null,
                saved -> getUI().ifPresent(ui -> ui.navigate(MeetingView.class,
                        new RouteParameters("id", Long.toString(saved.id()))))).open());
        filters = new MeetingFilterBar(regions.visibleProvinces(), this::filterChanged);
        filters.add(create);
        add(filters, total, grid());
        LiveUpdates.bind(grid, hub, FollowUpChanged.class, change -> true, this::changed);
    }

    private Grid<MeetingRow> grid() {
        grid.addClassName("meeting-grid");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.addColumn(row -> Formats.date(row.date(), getLocale())).setHeader(getTranslation("meetings.column.date"))
                .setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(Pieces.cell(this::titleCell)).setHeader(getTranslation("meetings.column.title")).setFlexGrow(3);
        grid.addColumn(Pieces.cell(row -> List.of(row.online()
                ? Piece.badge(getTranslation("meetings.online") + " · " + row.place(), "") : Piece.text(row.place()))))
                .setHeader(getTranslation("meetings.column.place")).setFlexGrow(1);
        grid.addColumn(row -> Formats.number(row.regions(), getLocale())).setHeader(getTranslation("meetings.column.regions"))
                .setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(Pieces.cell(this::progressCell)).setHeader(getTranslation("meetings.column.progress")).setWidth("12rem")
                .setFlexGrow(0);
        grid.addColumn(Pieces.cell(row -> row.overdue() == 0 ? List.of()
                : List.of(Piece.badge(Formats.number(row.overdue(), getLocale()), "error"))))
                .setHeader(getTranslation("meetings.column.overdue")).setAutoWidth(true).setFlexGrow(0);
        lazyList(filters, grid, meetings::page, meetings::count, MeetingRow::id);
        return grid;
    }

    /** The meeting's page, its type and (demo data) the demo badge. */
    private List<Piece> titleCell(MeetingRow row) {
        var pieces = new java.util.ArrayList<Piece>();
        pieces.add(Piece.route(row.title(), "rapat/" + row.id()).withClass("meeting-link"));
        pieces.add(Piece.badge(getTranslation("meeting.type." + row.type()), "contrast small"));
        if (row.demo()) {
            pieces.add(Piece.badge(getTranslation("followup.demo"), "warning small"));
        }
        return pieces;
    }

    /** A bar of the items done, with the count under it. */
    private List<Piece> progressCell(MeetingRow row) {
        if (row.items() == 0) {
            return List.of(Piece.text(getTranslation("meetings.no-items")));
        }
        var done = getTranslation("meetings.progress", Formats.number(row.done(), getLocale()),
                Formats.number(row.items(), getLocale()));
        return List.of(Piece.progress(row.completion(), done), Piece.text(done).withClass("cell-line"));
    }

    /**
     * Others changed meetings or follow-ups: a new meeting reloads the list; otherwise only the changed
     * rows are re-read and redrawn, so that scroll position and selection stay.
     */
    private void changed(java.util.List<FollowUpChanged> changes) {
        var events = changes.stream().map(FollowUpChanged.class::cast).toList();
        if (events.stream().anyMatch(event -> event.itemId() == null && event.version() == 0)) {
            refresh();
            return;
        }
        var ids = events.stream().map(FollowUpChanged::meetingId).collect(java.util.stream.Collectors.toSet());
        meetings.rows(ids).forEach(row -> grid.getDataProvider().refreshItem(row));
    }

    @Override
    protected long showCount(MeetingFilter filter) {
        var count = meetings.count(filter);
        total.setText(getTranslation("meetings.total", Formats.number(count, getLocale())));
        return count;
    }
}
