package id.go.kemendagri.siap.leadership.ui;

import static com.vaadin.flow.spring.data.VaadinSpringDataHelpers.toSpringPageRequest;

import java.util.List;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;

import id.go.kemendagri.siap.base.Formats;
import id.go.kemendagri.siap.base.ui.Fields;
import id.go.kemendagri.siap.base.ui.MainLayout;
import id.go.kemendagri.siap.base.ui.NarrowColumns;
import id.go.kemendagri.siap.base.ui.Piece;
import id.go.kemendagri.siap.base.ui.Pieces;
import id.go.kemendagri.siap.leadership.ApprovalDetails;
import id.go.kemendagri.siap.leadership.LeadershipChanged;
import id.go.kemendagri.siap.leadership.MinisterApprovalService;
import id.go.kemendagri.siap.liveupdate.LiveUpdateHub;
import id.go.kemendagri.siap.liveupdate.LiveUpdates;
import jakarta.annotation.security.PermitAll;

/**
 * The register of the Minister's written approvals of acting heads (issue 19): staff transfers, reversed permits
 * and new policies with the approval letter, one region ({@code ?wilayah=62.07}) or all in the user's scope, the
 * transfers without approval in the six months before candidate determination marked. Lazy grid.
 */
@Route(value = "kepala-daerah/persetujuan", layout = MainLayout.class)
@Menu(order = 22, icon = "vaadin:file-text-o", title = "menu.heads.approvals")
@PermitAll
@StyleSheet(HeadListView.STYLES)
class ApprovalsView extends VerticalLayout implements HasDynamicTitle, BeforeEnterObserver {

    static final String REGION = "wilayah";

    private final transient MinisterApprovalService approvals;
    final Paragraph summary = new Paragraph();
    final Checkbox alertsOnly = new Checkbox();
    final Button add = new Button();
    final Grid<ApprovalDetails> grid = new Grid<>();
    private String regionCode;

    ApprovalsView(MinisterApprovalService approvals, LiveUpdateHub hub) {
        this.approvals = approvals;
        addClassName("approvals-view");
        setSizeFull();
        var window = approvals.window();
        var intro = new Paragraph(window.map(w -> getTranslation("leadership.approval.intro",
                Formats.date(w.from(), getLocale()), Formats.date(w.to(), getLocale())))
                .orElseGet(() -> getTranslation("leadership.approval.intro.no-window")));
        intro.addClassName("view-intro");
        alertsOnly.setLabel(getTranslation("leadership.approval.alerts-only"));
        alertsOnly.addValueChangeListener(e -> refresh());
        Fields.button(add, "leadership.approval.add", null,
                () -> new ApprovalDialog(null, regionCode, approvals, this::refresh).open(), ButtonVariant.LUMO_PRIMARY);
        var bar = new HorizontalLayout(summary, alertsOnly, add);
        bar.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        bar.setWrap(true);
        bar.expand(summary);
        bar.setWidthFull();
        grid.addColumn(Pieces.cell(a -> List.of(Piece.route(a.regionName(), "wilayah/" + a.regionCode()))))
                .setHeader(getTranslation("heads.column.region")).setFlexGrow(2).setResizable(true);
        grid.addColumn(a -> getTranslation("leadership.approval.kind." + a.kind().name()))
                .setHeader(getTranslation("leadership.approval.kind")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(ApprovalDetails::subject).setHeader(getTranslation("leadership.approval.subject")).setFlexGrow(3);
        grid.addColumn(a -> Formats.date(a.actionOn(), getLocale()))
                .setHeader(getTranslation("leadership.approval.action-on")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(Pieces.cell(a -> List.of(approval(a))))
                .setHeader(getTranslation("leadership.approval.column.approval")).setFlexGrow(2);
        NarrowColumns.install(grid, grid.addColumn(Pieces.card(this::card)).setHeader(getTranslation("heads.column.region")));
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        grid.setPageSize(50);
        grid.addItemDoubleClickListener(e -> edit(e.getItem()));
        grid.addItemClickListener(e -> {
            if (e.getClickCount() == 1 && e.getColumn() != grid.getColumns().getFirst() && e.getColumn() != grid.getColumns().getLast()) {
                edit(e.getItem());
            }
        });
        grid.setItems(q -> approvals.page(regionCode, alertsOnly.getValue(), toSpringPageRequest(q)).stream(),
                q -> (int) approvals.count(regionCode, alertsOnly.getValue()));
        add(new H2(getTranslation("menu.heads.approvals")), intro, bar, grid);
        LiveUpdates.bind(this, hub, LeadershipChanged.class, change -> true, changes -> refresh());
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        regionCode = event.getLocation().getQueryParameters().getSingleParameter(REGION).filter(code -> code.matches(
                "\\d{2}(\\.\\d{2})?")).orElse(null);
        refresh();
    }

    /** Whether and when the Minister approved, as a badge: an alert in the six months before candidate determination. */
    private Piece approval(ApprovalDetails a) {
        if (a.approvedBefore()) {
            return Piece.badge(getTranslation("leadership.approval.approved", a.approvalNumber(),
                    Formats.date(a.approvedOn(), getLocale())), "success");
        }
        return Piece.badge(getTranslation(a.alert() ? "leadership.approval.missing.alert"
                : a.approvedOn() != null ? "leadership.approval.late" : "leadership.approval.missing"),
                a.alert() ? "error" : "warning");
    }

    /** The one column a phone shows: region, kind and date, what was done, the approval. */
    private List<Piece> card(ApprovalDetails a) {
        return List.of(Piece.route(a.regionName(), "wilayah/" + a.regionCode()).withClass("narrow-title"),
                Piece.text(getTranslation("leadership.approval.kind." + a.kind().name()) + " · "
                        + Formats.date(a.actionOn(), getLocale())).withClass("narrow-line narrow-meta"),
                Piece.text(a.subject()).withClass("narrow-line"), approval(a));
    }

    private void edit(ApprovalDetails entry) {
        new ApprovalDialog(entry, entry.regionCode(), approvals, this::refresh).open();
    }

    void refresh() {
        var all = approvals.count(regionCode, false);
        var alerts = approvals.count(regionCode, true);
        summary.setText(getTranslation("leadership.approval.summary", all, alerts));
        grid.getDataProvider().refreshAll();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("menu.heads.approvals") + " | " + getTranslation("app.name");
    }
}
