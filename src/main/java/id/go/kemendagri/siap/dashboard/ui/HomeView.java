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
import com.vaadin.flow.router.RouteParameters;
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
 * The first page after sign-in for evaluators and administrators: the current cycle and the national
 * picture in figures (the boards' headline cards, {@link BoardCards}). Leadership and provincial staff land on
 * their summary board instead.
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

    HomeView(RegionService regions, RegionAccess access) {
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
        add(cycle, vote, tiles, browse);
    }

    /** Leadership land on the national board, provincial staff on their province's board. */
    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var user = access.current();
        if (user.isEmpty()) {
            return;
        }
        if (user.get().role() == Role.LEADERSHIP) {
            event.forwardTo(NationalBoardView.class);
        } else if (user.get().role() == Role.PROVINCIAL_STAFF) {
            event.forwardTo(ProvinceBoardView.class,
                    new RouteParameters(ProvinceBoardView.PROVINCE, user.get().provinceCode()));
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
