package id.go.kemendagri.siap.followup.ui;

import static com.vaadin.flow.spring.data.VaadinSpringDataHelpers.toSpringPageRequest;

import java.util.function.Consumer;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.data.renderer.LitRenderer;

import id.go.kemendagri.siap.base.Formats;
import id.go.kemendagri.siap.base.ui.Pieces;
import id.go.kemendagri.siap.followup.FollowUpFilter;
import id.go.kemendagri.siap.followup.FollowUpRow;
import id.go.kemendagri.siap.followup.FollowUpService;
import id.go.kemendagri.siap.followup.ResponsibleUnit;

/**
 * Follow-ups fed lazily from the service, most urgent first; a click opens the item. Shows either the
 * region (on a meeting page) or the meeting (on a region page).
 */
class FollowUpGrid extends Grid<FollowUpRow> {

    private final transient FollowUpService followUps;
    private FollowUpFilter filter;

    FollowUpGrid(FollowUpService followUps, FollowUpFilter filter, boolean showMeeting, Consumer<FollowUpRow> open) {
        this.followUps = followUps;
        this.filter = filter;
        addClassName("followup-grid");
        addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        if (showMeeting) {
            addColumn(LitRenderer.<FollowUpRow>of("<div><a href=\"rapat/${item.meeting}\" router-link>${item.title}</a>"
                    + "<div>${item.date}</div></div>")
                    .withProperty("meeting", FollowUpRow::meetingId).withProperty("title", FollowUpRow::meetingTitle)
                    .withProperty("date", row -> Formats.date(row.meetingDate(), getLocale())))
                    .setHeader(getTranslation("followup.column.meeting")).setFlexGrow(2);
        } else {
            addColumn(row -> row.regionCode() + " " + row.regionName())
                    .setHeader(getTranslation("followup.column.region")).setFlexGrow(1);
        }
        addColumn(FollowUpRow::description).setHeader(getTranslation("followup.column.description")).setFlexGrow(3);
        addColumn(row -> row.unit() == ResponsibleUnit.LAINNYA ? row.unitOther()
                : getTranslation("followup.unit." + row.unit())).setHeader(getTranslation("followup.column.unit"))
                .setWidth("10rem").setFlexGrow(0);
        addColumn(row -> Formats.date(row.deadline(), getLocale())).setHeader(getTranslation("followup.column.deadline"))
                .setAutoWidth(true).setFlexGrow(0);
        addColumn(Pieces.cell(row -> Badges.statusPieces(this, row))).setHeader(getTranslation("followup.column.status"))
                .setWidth("15rem").setFlexGrow(0);
        addColumn(Pieces.cell(row -> Badges.evidence(this, row))).setHeader(getTranslation("followup.column.evidence")).setWidth("7rem")
                .setFlexGrow(0);
        setItems(query -> followUps.page(this.filter, toSpringPageRequest(query)).stream(),
                query -> (int) followUps.count(this.filter));
        addItemClickListener(click -> open.accept(click.getItem()));
    }

    void filter(FollowUpFilter filter) {
        this.filter = filter;
        getDataProvider().refreshAll();
    }

    FollowUpFilter filter() {
        return filter;
    }

    long total() {
        return followUps.count(filter);
    }
}
