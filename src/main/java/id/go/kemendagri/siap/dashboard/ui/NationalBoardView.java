package id.go.kemendagri.siap.dashboard.ui;

import java.time.Clock;

import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;

import id.go.kemendagri.siap.base.DemoMode;
import id.go.kemendagri.siap.base.ui.MainLayout;
import id.go.kemendagri.siap.dashboard.BoardReports;
import id.go.kemendagri.siap.dashboard.BoardService;
import id.go.kemendagri.siap.liveupdate.LiveUpdateHub;
import id.go.kemendagri.siap.security.RegionAccess;
import jakarta.annotation.security.PermitAll;

/**
 * The national board ({@code /ringkasan}): where the country stands, for leadership, evaluators and
 * administrators. Provincial staff are taken to their province's board.
 */
@Route(value = NationalBoardView.PATH, layout = MainLayout.class)
@Menu(order = 1, icon = "vaadin:chart", title = "menu.board")
@PermitAll
@StyleSheet("styles/dashboard.css")
class NationalBoardView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    static final String PATH = "ringkasan";

    final BoardScreen screen;

    NationalBoardView(BoardService boards, BoardReports reports, LiveUpdateHub hub, DemoMode demo, Clock clock,
            RegionAccess access) {
        addClassName("board-view");
        setWidthFull();
        screen = new BoardScreen(boards, reports, hub, demo, clock, access, null);
        add(screen.panel());
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var home = screen.boards().homeProvince();
        if (home.isPresent()) {
            event.forwardTo(ProvinceBoardView.class, new RouteParameters(ProvinceBoardView.PROVINCE, home.get()));
            return;
        }
        screen.load();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("board.title.national") + " | " + getTranslation("app.name");
    }
}
