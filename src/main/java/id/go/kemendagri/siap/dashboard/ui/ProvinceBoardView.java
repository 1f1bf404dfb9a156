package id.go.kemendagri.siap.dashboard.ui;

import java.time.Clock;

import org.springframework.security.access.AccessDeniedException;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;

import id.go.kemendagri.siap.base.DemoMode;
import id.go.kemendagri.siap.base.NotFoundException;
import id.go.kemendagri.siap.base.ui.Fields;
import id.go.kemendagri.siap.base.ui.MainLayout;
import id.go.kemendagri.siap.dashboard.BoardReports;
import id.go.kemendagri.siap.dashboard.BoardService;
import id.go.kemendagri.siap.liveupdate.LiveUpdateHub;
import id.go.kemendagri.siap.security.RegionAccess;
import jakarta.annotation.security.PermitAll;

/**
 * A province's board ({@code /ringkasan/62}): the same figures for the province and its kabupaten/kota,
 * each tile opening the region page. Provincial staff land here for their own province; another
 * province's board takes them to theirs.
 */
@Route(value = NationalBoardView.PATH + "/:" + ProvinceBoardView.PROVINCE, layout = MainLayout.class)
@PermitAll
@StyleSheet("styles/dashboard.css")
class ProvinceBoardView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    static final String PROVINCE = "province";

    private final BoardService boards;
    private final BoardReports reports;
    private final LiveUpdateHub hub;
    private final DemoMode demo;
    private final Clock clock;
    private final RegionAccess access;
    final Button back = new Button();
    BoardScreen screen;

    ProvinceBoardView(BoardService boards, BoardReports reports, LiveUpdateHub hub, DemoMode demo, Clock clock,
            RegionAccess access) {
        this.boards = boards;
        this.reports = reports;
        this.hub = hub;
        this.demo = demo;
        this.clock = clock;
        this.access = access;
        addClassName("board-view");
        setWidthFull();
        Fields.button(back, "board.back", null, () -> getUI().ifPresent(ui -> ui.navigate(NationalBoardView.class)),
                ButtonVariant.LUMO_TERTIARY);
        back.setIcon(VaadinIcon.ARROW_LEFT.create());
        back.setVisible(boards.homeProvince().isEmpty());
        add(back);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var code = event.getRouteParameters().get(PROVINCE).orElse("");
        var home = boards.homeProvince();
        if (home.isPresent() && !home.get().equals(code)) {
            event.forwardTo(ProvinceBoardView.class, new RouteParameters(PROVINCE, home.get()));
            return;
        }
        if (screen != null && code.equals(screen.provinceCode())) {
            screen.load();
            return;
        }
        var next = new BoardScreen(boards, reports, hub, demo, clock, access, code);
        try {
            next.load();
        } catch (NotFoundException | AccessDeniedException e) {
            event.rerouteToError(com.vaadin.flow.router.NotFoundException.class, getTranslation("board.not-found", code));
            return;
        }
        if (screen != null) {
            remove(screen.panel());
        }
        screen = next;
        add(screen.panel());
    }

    @Override
    public String getPageTitle() {
        var board = screen == null ? null : screen.panel().board();
        return (board == null ? getTranslation("board.title.national")
                : getTranslation("board.title.province", board.provinceName())) + " | " + getTranslation("app.name");
    }
}
