package id.go.kemendagri.siap.followup.ui;

import java.util.Optional;

import org.springframework.stereotype.Component;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;

import id.go.kemendagri.siap.base.Formats;
import id.go.kemendagri.siap.base.ui.RegionSection;
import id.go.kemendagri.siap.followup.FollowUpChanged;
import id.go.kemendagri.siap.followup.FollowUpFilter;
import id.go.kemendagri.siap.followup.FollowUpService;
import id.go.kemendagri.siap.liveupdate.LiveUpdateHub;
import id.go.kemendagri.siap.liveupdate.LiveUpdates;
import id.go.kemendagri.siap.security.RegionAccess;

/** The region page's list of open follow-ups from coordination meetings, live. */
@Component
class RegionFollowUps implements RegionSection {

    private final FollowUpService followUps;
    private final RegionAccess access;
    private final LiveUpdateHub hub;

    RegionFollowUps(FollowUpService followUps, RegionAccess access, LiveUpdateHub hub) {
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
        return Optional.of(new Card(region.code(), followUps, access, hub));
    }

    /** The card itself: a summary line and the open follow-ups, refreshed when the region's change. */
    static final class Card extends Div {

        private final transient FollowUpService followUps;
        private final FollowUpFilter open;
        private final FollowUpFilter overdue;
        private final Span summary = new Span();
        final FollowUpGrid grid;

        Card(String regionCode, FollowUpService followUps, RegionAccess access, LiveUpdateHub hub) {
            this.followUps = followUps;
            this.open = FollowUpFilter.openOfRegion(regionCode);
            this.overdue = new FollowUpFilter(null, regionCode, null, true, true);
            addClassNames("card", "region-followups");
            setId("region-followups");
            summary.addClassName("followup-summary-line");
            grid = new FollowUpGrid(followUps, open, true,
                    row -> new FollowUpDialog(followUps, access, row.id(), this::refresh).open());
            grid.setAllRowsVisible(true);
            add(new H3(getTranslation("followup.section.title")), summary, grid);
            refresh();
            LiveUpdates.bind(this, hub, LiveUpdates.region(regionCode)
                    .and(change -> FollowUpChanged.FEATURE.equals(change.feature())), changes -> refresh());
        }

        void refresh() {
            var count = followUps.count(open);
            summary.setText(count == 0 ? getTranslation("followup.section.empty")
                    : getTranslation("followup.section.open", Formats.number(count, getLocale()),
                            Formats.number(followUps.count(overdue), getLocale())));
            grid.getDataProvider().refreshAll();
            grid.setVisible(count > 0);
        }
    }
}
