package id.go.kemendagri.siap.followup.ui;

import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Component;

import com.vaadin.flow.component.html.Div;

import id.go.kemendagri.siap.base.Formats;
import id.go.kemendagri.siap.base.ui.HtmlClicks;
import id.go.kemendagri.siap.base.ui.Markup;
import id.go.kemendagri.siap.base.ui.RegionSection;
import id.go.kemendagri.siap.followup.FollowUpChanged;
import id.go.kemendagri.siap.followup.FollowUpFilter;
import id.go.kemendagri.siap.followup.FollowUpRow;
import id.go.kemendagri.siap.followup.FollowUpService;
import id.go.kemendagri.siap.followup.ResponsibleUnit;
import id.go.kemendagri.siap.liveupdate.LiveUpdateHub;
import id.go.kemendagri.siap.liveupdate.LiveUpdates;
import id.go.kemendagri.siap.security.RegionAccess;

/** The region page's list of open follow-ups from coordination meetings, live. */
@Component
class RegionFollowUps implements RegionSection {

    private final FollowUpService followUps;
    private final RegionAccess access;
    private final LiveUpdateHub hub;

    private final org.springframework.beans.factory.ObjectProvider<id.go.kemendagri.siap.base.ui.CommentThreads> threads;

    RegionFollowUps(FollowUpService followUps, RegionAccess access, LiveUpdateHub hub,
            org.springframework.beans.factory.ObjectProvider<id.go.kemendagri.siap.base.ui.CommentThreads> threads) {
        this.threads = threads;
        this.followUps = followUps;
        this.access = access;
        this.hub = hub;
    }

    @Override
    public int order() {
        return 400;
    }

    @Override
    public Optional<com.vaadin.flow.component.Component> create(RegionPage region) {
        return Optional.of(new Card(region.code(), followUps, access, hub, threads.getIfAvailable()));
    }

    /**
     * The card itself: a summary line and the open follow-ups (most urgent first, at most {@link #LIMIT}), refreshed
     * when the region's change. A table drawn as HTML into one element; a follow-up's description is a button that
     * opens it, one click listener serving them all.
     */
    @com.vaadin.flow.component.dependency.StyleSheet("styles/followup.css")
    static final class Card extends Div {

        static final int LIMIT = 50;

        private final transient FollowUpService followUps;
        private final transient RegionAccess access;
        private final FollowUpFilter open;
        private final FollowUpFilter overdue;
        private final Div content = new Div();
        private List<Long> shown = List.of();

        private final transient id.go.kemendagri.siap.base.ui.CommentThreads threads;

        Card(String regionCode, FollowUpService followUps, RegionAccess access, LiveUpdateHub hub) {
            this(regionCode, followUps, access, hub, null);
        }

        Card(String regionCode, FollowUpService followUps, RegionAccess access, LiveUpdateHub hub,
                id.go.kemendagri.siap.base.ui.CommentThreads threads) {
            this.threads = threads;
            this.followUps = followUps;
            this.access = access;
            this.open = FollowUpFilter.openOfRegion(regionCode);
            this.overdue = new FollowUpFilter(null, regionCode, null, true, true);
            addClassNames("card", "region-followups");
            setId("region-followups");
            content.addClassName("followup-content");
            HtmlClicks.listen(content.getElement(), "[data-followup]", List.of("followup"), data -> open(data.get(0)));
            add(content);
            refresh();
            LiveUpdates.bind(this, hub, FollowUpChanged.class, LiveUpdates.region(regionCode), changes -> refresh());
        }

        /** The follow-ups listed, most urgent first. */
        List<Long> shown() {
            return shown;
        }

        /** Opens a listed follow-up (a click on its description); anything else is ignored. */
        void open(String id) {
            shown.stream().filter(shownId -> Long.toString(shownId).equals(id)).findFirst()
                    .ifPresent(followUp -> new FollowUpDialog(followUps, access, followUp, this::refresh, threads).open());
        }

        void refresh() {
            var count = followUps.count(open);
            var locale = getLocale();
            var html = new Markup().element("h3", getTranslation("followup.section.title"))
                    .element("span", count == 0 ? getTranslation("followup.section.empty")
                            : getTranslation("followup.section.open", Formats.number(count, locale),
                                    Formats.number(followUps.count(overdue), locale)), "class", "followup-summary-line");
            var rows = count == 0 ? List.<FollowUpRow>of() : followUps.page(open, 0, LIMIT);
            shown = rows.stream().map(FollowUpRow::id).toList();
            if (!rows.isEmpty()) {
                html.open("table", "class", "followup-table").open("thead").open("tr");
                for (var key : List.of("followup.column.meeting", "followup.column.description", "followup.column.unit",
                        "followup.column.deadline", "followup.column.status", "followup.column.evidence")) {
                    html.element("th", getTranslation(key), "scope", "col");
                }
                html.close("tr").close("thead").open("tbody");
                for (var row : rows) {
                    html.open("tr").open("td")
                            .element("a", row.meetingTitle(), "href", "rapat/" + row.meetingId(), "router-link", "")
                            .element("div", Formats.date(row.meetingDate(), locale), "class", "followup-meeting-date")
                            .close("td")
                            .open("td").element("button", row.description(), "type", "button", "class", "followup-open",
                                    "data-followup", Long.toString(row.id())).close("td")
                            .element("td", row.unit() == ResponsibleUnit.LAINNYA ? row.unitOther()
                                    : getTranslation("followup.unit." + row.unit()))
                            .element("td", Formats.date(row.deadline(), locale), "class", "nowrap")
                            .open("td").raw(FollowUpGrid.status(this, row)).close("td")
                            .open("td").raw(FollowUpGrid.evidence(this, row)).close("td")
                            .close("tr");
                }
                html.close("tbody").close("table");
                if (count > rows.size()) {
                    html.element("p", getTranslation("followup.section.more", Formats.number(rows.size(), locale),
                            Formats.number(count, locale)), "class", "followup-more");
                }
            }
            html.into(content.getElement());
        }
    }
}
