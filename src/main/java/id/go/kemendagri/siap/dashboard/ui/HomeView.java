package id.go.kemendagri.siap.dashboard.ui;

import java.util.List;

import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;

import id.go.kemendagri.siap.base.Formats;
import id.go.kemendagri.siap.base.ui.MainLayout;
import id.go.kemendagri.siap.base.ui.chart.Feed;
import id.go.kemendagri.siap.region.RegionService;
import id.go.kemendagri.siap.security.RegionAccess;
import id.go.kemendagri.siap.security.Role;
import jakarta.annotation.security.PermitAll;

/**
 * The first page after sign-in for evaluators, administrators and provincial staff: the current cycle, the
 * user's own queues ({@link StartQueues}: what waits for verification or evaluation, or the province's returned
 * items and deadlines, and overdue follow-ups), and the national picture in figures (the boards' headline cards,
 * {@link BoardCards}). Leadership land on the national summary board instead.
 */
@Route(value = "", layout = MainLayout.class)
@Menu(order = 0, icon = "vaadin:dashboard", title = "menu.home")
@PermitAll
@StyleSheet("styles/dashboard.css")
class HomeView extends VerticalLayout implements HasDynamicTitle, BeforeEnterObserver {

    /** The home cards show no time, so no words for one. */
    private static final Feed NO_AGES = Feed.bean(new BoardCards.Ages("", "", "", "", ""));

    private final transient RegionAccess access;
    final BoardCards tiles;
    /** The user's queues; none for leadership, who are sent to their board. */
    final StartQueues queues;

    HomeView(RegionService regions, RegionAccess access, StartQueues.Sources sources) {
        this.access = access;
        addClassName("home-view");
        var summary = regions.summary();
        var locale = getLocale();
        var cycle = new H2(summary.cycleName());
        var vote = new Paragraph(getTranslation("home.vote-date", Formats.date(summary.voteDate(), locale)));
        // The same cards as the boards' headlines, without a time.
        tiles = new BoardCards();
        tiles.show(Feed.list(List.of(
                tile("regions", "home.tile.regions", Formats.number(summary.regions(), locale),
                        getTranslation("home.tile.regions.detail", Formats.number(summary.provinces(), locale),
                                Formats.number(summary.kabupaten(), locale), Formats.number(summary.kota(), locale))),
                tile("pilkada", "home.tile.pilkada", Formats.number(summary.holdingPilkada(), locale),
                        getTranslation("home.tile.pilkada.detail", Formats.number(summary.provincesHoldingPilkada(), locale),
                                Formats.number(summary.holdingPilkada() - summary.provincesHoldingPilkada(), locale))),
                tile("contacts", "home.tile.contacts", Formats.number(summary.deskContacts(), locale),
                        getTranslation("home.tile.contacts.detail", Formats.number(summary.regions(), locale))))), NO_AGES);
        tiles.addClassName("tiles");
        var browse = new Anchor("wilayah", getTranslation("home.browse"));
        browse.getElement().setAttribute("router-link", true);
        add(cycle, vote);
        var user = access.current().filter(u -> u.role() != Role.LEADERSHIP);
        queues = user.map(u -> new StartQueues(sources, u)).orElse(null);
        if (queues != null) {
            add(queues);
        }
        if (user.isPresent() && user.get().role() == Role.PROVINCIAL_STAFF) {
            var board = new Anchor("ringkasan/" + user.get().provinceCode(), getTranslation("home.province-board"));
            board.getElement().setAttribute("router-link", true);
            add(board);
        }
        add(tiles, browse);
    }

    /** Leadership land on the national board. */
    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        if (access.current().filter(user -> user.role() == Role.LEADERSHIP).isPresent()) {
            event.forwardTo(NationalBoardView.class);
        }
    }

    private BoardCards.Card tile(String name, String titleKey, String figure, String detail) {
        return new BoardCards.Card(name, getTranslation(titleKey), figure, detail, "", 0);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("home.title") + " | " + getTranslation("app.name");
    }
}
