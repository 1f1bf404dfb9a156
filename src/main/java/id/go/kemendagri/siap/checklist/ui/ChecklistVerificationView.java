package id.go.kemendagri.siap.checklist.ui;


import java.util.HashMap;
import java.util.List;
import java.util.stream.Collectors;

import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Location;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;

import id.go.kemendagri.siap.base.Formats;
import id.go.kemendagri.siap.base.ProvinceDirectory;
import id.go.kemendagri.siap.base.ui.Address;
import id.go.kemendagri.siap.base.ui.FieldErrors;
import id.go.kemendagri.siap.base.ui.LiveRows;
import id.go.kemendagri.siap.base.ui.Fields;
import id.go.kemendagri.siap.base.ui.FromAddress;
import id.go.kemendagri.siap.base.ui.LazyGrid;
import id.go.kemendagri.siap.base.ui.Piece;
import id.go.kemendagri.siap.base.ui.Pieces;
import id.go.kemendagri.siap.base.ui.ProvinceFilter;
import id.go.kemendagri.siap.base.ui.RowActions;
import id.go.kemendagri.siap.base.ui.RowDownloads;
import id.go.kemendagri.siap.base.ui.MainLayout;
import id.go.kemendagri.siap.checklist.ChecklistItemChanged;
import id.go.kemendagri.siap.checklist.ChecklistReports;
import id.go.kemendagri.siap.checklist.ChecklistRow;
import id.go.kemendagri.siap.checklist.ChecklistService;
import id.go.kemendagri.siap.checklist.ItemRef;
import id.go.kemendagri.siap.checklist.ItemStatus;
import id.go.kemendagri.siap.checklist.Theme;
import id.go.kemendagri.siap.liveupdate.LiveUpdateHub;
import id.go.kemendagri.siap.liveupdate.LiveUpdates;
import id.go.kemendagri.siap.security.Role;
import jakarta.annotation.security.RolesAllowed;

/**
 * The evaluators' queue: items waiting for verification across all regions, oldest first, filtered by
 * province and theme (kept in the URL: {@code ?provinsi=62&tema=PENDANAAN}). Several can be verified at
 * once after a confirmation that names how many; items whose template requires evidence they lack are flagged
 * and left out (the service refuses them too). Each row can be returned to its region with a required reason.
 */
@Route(value = ChecklistVerificationView.PATH, layout = MainLayout.class)
@Menu(order = 21, icon = "vaadin:check-square-o", title = "menu.checklist.verification")
@RolesAllowed({ Role.EVALUATOR_NAME, Role.ADMIN_NAME })
@StyleSheet("styles/checklist.css")
class ChecklistVerificationView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    static final String PATH = "checklist/verifikasi";
    static final String PROVINCE = "provinsi";
    static final String THEME = "tema";

    private final transient ChecklistReports reports;
    private final transient ChecklistService checklists;
    final ProvinceFilter province;
    final Select<Theme> theme = new Select<>();
    final Grid<ChecklistRow> grid = new Grid<>();
    final Button verifySelected = new Button();
    final Span total = new Span();
    private final FromAddress fromAddress = new FromAddress();
    /** The count the queue last showed. */
    private long shownCount = -1;

    ChecklistVerificationView(ChecklistReports reports, ChecklistService checklists, ProvinceDirectory provinces,
            LiveUpdateHub hub) {
        this.reports = reports;
        this.checklists = checklists;
        setSizeFull();
        addClassName("checklist-verification-view");
        province = new ProvinceFilter(provinces.provinces());
        theme.setItems(Theme.values());
        Fields.anyChoice(theme, "checklist.filter.theme", "checklist.filter.any",
                t -> getTranslation("checklist.theme." + t.name()));
        province.addValueChangeListener(e -> fromAddress.ifByUser(this::filterChanged));
        theme.addValueChangeListener(e -> fromAddress.ifByUser(this::filterChanged));
        verifySelected.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_SUCCESS);
        verifySelected.addClassName("verify-selected");
        verifySelected.addClickListener(e -> verifySelected());
        var bar = new HorizontalLayout(province, theme, verifySelected);
        bar.setAlignItems(FlexComponent.Alignment.BASELINE);
        bar.setWrap(true);
        add(bar, total, grid());
        selectionChanged();
        LiveUpdates.bind(grid, hub, ChecklistItemChanged.class, change -> true, this::changed);
    }

    /**
     * Items changed elsewhere: only the changed rows are re-read and redrawn, keeping scroll position and
     * the selection, unless the queue may have changed (see {@link LiveRows} for the rule). The queue is
     * defined by the verification state, which edits change, and ordered by submission time, which a
     * resubmission moves; so a changed item that is not loaded, or one resubmitted, reloads the queue.
     */
    private void changed(List<ChecklistItemChanged> changes) {
        var before = shownCount;
        showTotal();
        var ids = changes.stream().map(ChecklistItemChanged::itemId).collect(Collectors.toSet());
        if (LiveRows.reloadIfLarge(grid, ids)) {
            return;
        }
        var waiting = reports.waitingAmong(provinceCode(), theme.getValue(), ids);
        LiveRows.refresh(grid, reports.rows(ids), row -> waiting.contains(row.item().id()), true,
                row -> row.item().submittedAt(), shownCount != before);
    }

    private Grid<ChecklistRow> grid() {
        grid.setSelectionMode(Grid.SelectionMode.MULTI);
        grid.addColumn(row -> Formats.dateTime(row.item().submittedAt(), getLocale()))
                .setHeader(getTranslation("checklist.column.submitted")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(Pieces.cell(row -> List.of(Badges.regionRoute(row.item().regionCode(), row.regionName()))))
                .setHeader(getTranslation("checklist.column.region")).setFlexGrow(2);
        grid.addColumn(row -> row.item().itemCode() + " " + row.item().name(getLocale()))
                .setHeader(getTranslation("checklist.column.item")).setFlexGrow(4);
        // A fixed width: an auto width is measured on the first rows drawn and cut "Tidak berlaku" further down.
        grid.addColumn(Pieces.cell(this::state)).setHeader(getTranslation("checklist.column.status")).setWidth("10rem")
                .setFlexGrow(0);
        RowDownloads.serve(grid, key -> Badges.evidenceFile(checklists, Long.parseLong(key)));
        grid.addColumn(Pieces.cell(this::evidence)).setHeader(getTranslation("checklist.column.evidence"))
                .setKey("evidence").setWidth("10rem").setFlexGrow(0);
        grid.addColumn(RowActions.<ChecklistRow>create("small error tertiary")
                .text("sendBack", getTranslation("checklist.return"), this::openReturn).className("return-item")
                .renderer()).setHeader(getTranslation("checklist.column.actions")).setKey("actions").setAutoWidth(true)
                .setFlexGrow(0);
        LazyGrid.feed(grid, page -> reports.waiting(provinceCode(), theme.getValue(), page),
                () -> reports.countWaiting(provinceCode(), theme.getValue()), row -> row.item().id());
        grid.addClassName("verification-grid");
        grid.addSelectionListener(e -> selectionChanged());
        return grid;
    }

    private List<Piece> evidence(ChecklistRow row) {
        var evidence = Badges.evidencePiece(this, row.item());
        if (evidence != null) {
            return List.of(evidence);
        }
        return List.of(lacksEvidence(row)
                ? Piece.badge(getTranslation("checklist.evidence.missing"), "error")
                : Piece.text("-"));
    }

    private List<Piece> state(ChecklistRow row) {
        var state = Badges.statePiece(this, row.item());
        return row.item().changedSinceVerification()
                ? List.of(state, Piece.badge(getTranslation("checklist.changed-since-verification"), "warning"))
                : List.of(state);
    }

    /**
     * A finished item whose template requires evidence it lacks: flagged, and not verified (see the service); a derived
     * item's evidence is its source record.
     */
    private static boolean lacksEvidence(ChecklistRow row) {
        var item = row.item();
        return item.evidenceRequired() && item.status() == ItemStatus.SELESAI && !item.hasEvidence() && !item.sourceBound();
    }

    /** Opens the reason dialog of the region page for one row; the service checks the reason and the version. */
    ReturnDialog openReturn(ChecklistRow row) {
        var dialog = new ReturnDialog(row.item().id(), row.item().version(), checklists, returned -> {
            grid.deselect(row);
            refresh();
        });
        dialog.open();
        return dialog;
    }

    /**
     * Asks before verifying: the dialog names how many items it will verify and how many of the selected it
     * leaves out for lack of the evidence their template requires.
     */
    void verifySelected() {
        var selected = List.copyOf(grid.getSelectedItems());
        if (selected.isEmpty()) {
            return;
        }
        var flagged = selected.stream().filter(ChecklistVerificationView::lacksEvidence).count();
        var ready = selected.size() - flagged;
        var dialog = new ConfirmDialog();
        dialog.addClassName("verify-confirm");
        dialog.setHeader(getTranslation("checklist.bulk.confirm.title", ready));
        dialog.setText(flagged == 0 ? getTranslation("checklist.bulk.confirm.text", ready)
                : getTranslation("checklist.bulk.confirm.flagged", ready, flagged));
        dialog.setCancelable(true);
        dialog.setCancelText(getTranslation("checklist.cancel"));
        dialog.setConfirmText(getTranslation("checklist.bulk.confirm.ok", ready));
        dialog.setConfirmButtonTheme("primary success");
        if (ready == 0) {
            dialog.setHeader(getTranslation("checklist.bulk.confirm.title.none"));
            dialog.setConfirmText(getTranslation("checklist.bulk.confirm.none"));
            dialog.setConfirmButtonTheme("tertiary");
            dialog.setCancelable(false);
        } else {
            dialog.addConfirmListener(e -> verify(selected));
        }
        confirmation = dialog;
        dialog.open();
    }

    /** The confirmation last opened by {@link #verifySelected} (for tests). */
    ConfirmDialog confirmation;

    private void verify(List<ChecklistRow> selected) {
        var refs = selected.stream().map(row -> new ItemRef(row.item().id(), row.item().version())).toList();
        var outcome = checklists.verifyAll(refs);
        var clean = outcome.skipped().isEmpty() && outcome.missingEvidence().isEmpty();
        var text = new StringBuilder(outcome.skipped().isEmpty()
                ? getTranslation("checklist.bulk.verified", outcome.verified())
                : getTranslation("checklist.bulk.partly", outcome.verified(), outcome.skipped().size()));
        if (!outcome.missingEvidence().isEmpty()) {
            text.append(' ').append(getTranslation("checklist.bulk.missing-evidence", outcome.missingEvidence().size()));
        }
        FieldErrors.notify(text.toString(), clean ? NotificationVariant.LUMO_SUCCESS : NotificationVariant.LUMO_WARNING);
        grid.deselectAll();
        refresh();
    }

    private void selectionChanged() {
        var count = grid.getSelectedItems().size();
        verifySelected.setText(getTranslation("checklist.bulk.verify", count));
        verifySelected.setEnabled(count > 0);
    }

    private String provinceCode() {
        return province.code();
    }

    private void filterChanged() {
        grid.deselectAll();
        refresh();
        var params = new HashMap<String, String>();
        if (provinceCode() != null) {
            params.put(PROVINCE, provinceCode());
        }
        if (theme.getValue() != null) {
            params.put(THEME, theme.getValue().name());
        }
        Address.replace(this, PATH, QueryParameters.simple(params));
    }

    private void refresh() {
        grid.getDataProvider().refreshAll();
        showTotal();
    }

    private void showTotal() {
        shownCount = reports.countWaiting(provinceCode(), theme.getValue());
        total.setText(getTranslation("checklist.verification.total", shownCount));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var params = event.getLocation().getQueryParameters();
        fromAddress.set(() -> {
            province.showCode(params.getSingleParameter(PROVINCE).orElse(null));
            theme.setValue(params.getSingleParameter(THEME).flatMap(name -> List.of(Theme.values()).stream()
                    .filter(t -> t.name().equals(name)).findFirst()).orElse(null));
        });
        refresh();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("checklist.verification.title") + " | " + getTranslation("app.name");
    }
}
