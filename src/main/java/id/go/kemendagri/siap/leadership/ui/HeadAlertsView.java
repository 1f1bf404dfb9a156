package id.go.kemendagri.siap.leadership.ui;

import static com.vaadin.flow.spring.data.VaadinSpringDataHelpers.toSpringPageRequest;

import java.util.List;

import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;

import id.go.kemendagri.siap.base.Formats;
import id.go.kemendagri.siap.base.ui.MainLayout;
import id.go.kemendagri.siap.base.ui.Piece;
import id.go.kemendagri.siap.base.ui.Pieces;
import id.go.kemendagri.siap.leadership.LeadershipChanged;
import id.go.kemendagri.siap.leadership.ApprovalDetails;
import id.go.kemendagri.siap.leadership.LeadershipBoardService;
import id.go.kemendagri.siap.leadership.MinisterApprovalService;
import id.go.kemendagri.siap.leadership.OverdueReport;
import id.go.kemendagri.siap.leadership.TermAlert;
import id.go.kemendagri.siap.liveupdate.LiveUpdateHub;
import id.go.kemendagri.siap.liveupdate.LiveUpdates;
import jakarta.annotation.security.PermitAll;

/**
 * What needs action: active terms ending within the alert window (or already past) and Pj reports past
 * their due date, each list lazy and paged, scoped to the user's province for provincial staff.
 */
@Route(value = "kepala-daerah/peringatan", layout = MainLayout.class)
@Menu(order = 21, icon = "vaadin:bell", title = "menu.heads.alerts")
@PermitAll
@StyleSheet(HeadListView.STYLES)
class HeadAlertsView extends VerticalLayout implements HasDynamicTitle {

    private final transient LeadershipBoardService board;
    final H3 termsTitle = new H3();
    final Grid<TermAlert> terms = new Grid<>();
    final H3 overdueTitle = new H3();
    final Grid<OverdueReport> overdue = new Grid<>();
    final H3 transfersTitle = new H3();
    final Grid<ApprovalDetails> transfers = new Grid<>();
    private final transient MinisterApprovalService approvals;

    HeadAlertsView(LeadershipBoardService board, MinisterApprovalService approvals, LiveUpdateHub hub) {
        this.board = board;
        this.approvals = approvals;
        addClassName("head-alerts-view");
        setSizeFull();
        terms.addColumn(Pieces.cell(a -> List.of(Piece.route(a.regionName(), "wilayah/" + a.regionCode()))))
                .setHeader(getTranslation("heads.column.region")).setFlexGrow(2);
        terms.addColumn(Pieces.cell(a -> List.of(Badges.status(this, a.status()))))
                .setHeader(getTranslation("heads.column.status"))
                .setAutoWidth(true).setFlexGrow(0);
        terms.addColumn(TermAlert::personName).setHeader(getTranslation("heads.column.head")).setFlexGrow(2);
        terms.addColumn(a -> Formats.date(a.termEndsOn(), getLocale())).setHeader(getTranslation("heads.column.term-end"))
                .setAutoWidth(true);
        terms.addColumn(Pieces.cell(a -> List.of(a.daysLeft() < 0
                ? Piece.badge(getTranslation("heads.days.past", -a.daysLeft()), "error")
                : Piece.badge(getTranslation("heads.days.left", a.daysLeft()), a.daysLeft() <= 30 ? "error"
                        : "warning"))))
                .setHeader(getTranslation("heads.column.days-left")).setAutoWidth(true);
        terms.addColumn(TermAlert::extensionCount).setHeader(getTranslation("heads.field.extensions")).setAutoWidth(true);
        terms.setItems(q -> board.termsEnding(toSpringPageRequest(q)).stream(), q -> (int) board.countTermsEnding());

        overdue.addColumn(Pieces.cell(o -> List.of(Piece.route(o.regionName(), "wilayah/" + o.regionCode()))))
                .setHeader(getTranslation("heads.column.region")).setFlexGrow(2);
        overdue.addColumn(OverdueReport::personName).setHeader(getTranslation("heads.column.head")).setFlexGrow(2);
        overdue.addColumn(OverdueReport::periodNumber).setHeader(getTranslation("heads.report.period")).setAutoWidth(true);
        overdue.addColumn(o -> Formats.date(o.dueOn(), getLocale())).setHeader(getTranslation("heads.alerts.due"))
                .setAutoWidth(true);
        overdue.addColumn(Pieces.cell(o -> List.of(Piece.badge(getTranslation("heads.alerts.days-overdue",
                o.daysOverdue()), "error")))).setHeader(getTranslation("heads.alerts.overdue-by")).setAutoWidth(true);
        overdue.setItems(q -> board.overdueReports(toSpringPageRequest(q)).stream(),
                q -> (int) board.countOverdueReports());
        transfers.addColumn(Pieces.cell(a -> List.of(Piece.route(a.regionName(),
                "kepala-daerah/persetujuan?wilayah=" + a.regionCode()))))
                .setHeader(getTranslation("heads.column.region")).setFlexGrow(2);
        transfers.addColumn(ApprovalDetails::subject).setHeader(getTranslation("leadership.approval.subject")).setFlexGrow(3);
        transfers.addColumn(a -> Formats.date(a.actionOn(), getLocale()))
                .setHeader(getTranslation("leadership.approval.action-on")).setAutoWidth(true);
        transfers.setItems(q -> approvals.page(null, true, toSpringPageRequest(q)).stream(),
                q -> (int) approvals.count(null, true));
        for (var grid : new Grid<?>[] { terms, overdue, transfers }) {
            grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
            grid.setHeight("22rem");
            grid.setPageSize(50);
        }
        add(termsTitle, terms, overdueTitle, overdue, transfersTitle, transfers);
        refresh();
        LiveUpdates.bind(this, hub, LeadershipChanged.class, change -> true, changes -> refresh());
    }

    private void refresh() {
        termsTitle.setText(getTranslation("heads.alerts.terms", board.alertDays(), board.countTermsEnding()));
        overdueTitle.setText(getTranslation("heads.alerts.reports", board.countOverdueReports()));
        terms.getDataProvider().refreshAll();
        overdue.getDataProvider().refreshAll();
        var window = approvals.window();
        transfersTitle.setText(window.map(w -> getTranslation("heads.alerts.transfers", Formats.date(w.from(), getLocale()),
                Formats.date(w.to(), getLocale()), approvals.count(null, true))).orElse(""));
        transfers.getDataProvider().refreshAll();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("menu.heads.alerts") + " | " + getTranslation("app.name");
    }
}
