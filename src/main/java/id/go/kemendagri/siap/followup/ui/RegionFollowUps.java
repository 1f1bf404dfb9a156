package id.go.kemendagri.siap.followup.ui;

import java.util.List;
import java.util.Optional;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Component;

import id.go.kemendagri.siap.base.Formats;
import id.go.kemendagri.siap.base.ui.InfoPanel;
import id.go.kemendagri.siap.base.ui.Piece;
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
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class RegionFollowUps implements RegionSection {

    private final FollowUpService followUps;
    private final RegionAccess access;
    private final LiveUpdateHub hub;

    private final org.springframework.beans.factory.ObjectProvider<id.go.kemendagri.siap.base.ui.CommentThreads> threads;

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
     * when the region's change, drawn in the browser; a follow-up's description is a button that opens it.
     */
    @com.vaadin.flow.component.dependency.StyleSheet("styles/followup.css")
    static final class Card extends InfoPanel {

        static final int LIMIT = 50;
        static final String OPEN = "open";

        private final transient FollowUpService followUps;
        private final transient RegionAccess access;
        private final FollowUpFilter open;
        private final FollowUpFilter overdue;
        private List<Long> shown = List.of();

        private final transient id.go.kemendagri.siap.base.ui.CommentThreads threads;

        Card(String regionCode, FollowUpService followUps, RegionAccess access, LiveUpdateHub hub,
                id.go.kemendagri.siap.base.ui.CommentThreads threads) {
            this.threads = threads;
            this.followUps = followUps;
            this.access = access;
            this.open = FollowUpFilter.openOfRegion(regionCode);
            this.overdue = new FollowUpFilter(null, regionCode, null, true, true);
            addClassNames("card", "region-followups");
            setId("region-followups");
            addActionListener(event -> {
                if (OPEN.equals(event.getAction())) {
                    open(event.getKey());
                }
            });
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
            heading(getTranslation("followup.section.title"), 3);
            setHeadline(List.of(Piece.text(count == 0 ? getTranslation("followup.section.empty")
                    : getTranslation("followup.section.open", Formats.number(count, locale),
                            Formats.number(followUps.count(overdue), locale))).withClass("followup-summary-line")));
            var rows = count == 0 ? List.<FollowUpRow>of() : followUps.page(open, PageRequest.of(0, LIMIT));
            shown = rows.stream().map(FollowUpRow::id).toList();
            setTable(List.of(Column.of(getTranslation("followup.column.meeting")),
                    Column.of(getTranslation("followup.column.description")), Column.of(getTranslation("followup.column.unit")),
                    new Column(getTranslation("followup.column.deadline"), "nowrap"),
                    Column.of(getTranslation("followup.column.status")), Column.of(getTranslation("followup.column.evidence"))),
                    rows.stream().map(row -> new Row(Long.toString(row.id()), List.of(
                            List.of(Piece.route(row.meetingTitle(), "rapat/" + row.meetingId()),
                                    Piece.text(Formats.date(row.meetingDate(), locale)).withClass("followup-meeting-date")),
                            List.of(Piece.button(row.description(), "tertiary small", OPEN, Long.toString(row.id()))
                                    .withClass("followup-open")),
                            List.of(Piece.text(row.unit() == ResponsibleUnit.LAINNYA ? row.unitOther()
                                    : getTranslation("followup.unit." + row.unit()))),
                            List.of(Piece.text(Formats.date(row.deadline(), locale))),
                            Badges.statusPieces(this, row),
                            Badges.evidence(this, row)))).toList());
            setFooter(count > rows.size() ? getTranslation("followup.section.more", Formats.number(rows.size(), locale),
                    Formats.number(count, locale)) : "");
        }
    }
}
