package id.go.kemendagri.siap.budget.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Location;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;

import id.go.kemendagri.siap.base.ui.Address;
import id.go.kemendagri.siap.base.ui.MainLayout;
import id.go.kemendagri.siap.base.ui.Piece;
import id.go.kemendagri.siap.budget.BudgetChanged;
import id.go.kemendagri.siap.budget.BudgetOverview;
import id.go.kemendagri.siap.budget.RecapLine;
import id.go.kemendagri.siap.budget.Recipient;
import id.go.kemendagri.siap.liveupdate.LiveUpdateHub;
import id.go.kemendagri.siap.liveupdate.LiveUpdates;
import jakarta.annotation.security.PermitAll;

/**
 * The ministry's weekly table: per recipient, regions signed and not, value signed and disbursed, and how
 * many regions are fully, partly and under 40% disbursed; a recipient's row opens its per-province
 * lines ({@code ?penerima=KPU}), and a province opens the grid filtered to it.
 */
@StyleSheet(Labels.STYLES)
@Route(value = "anggaran/rekap", layout = MainLayout.class)
@Menu(order = 31, icon = "vaadin:table", title = "menu.budget-recap")
@PermitAll
class BudgetRecapView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    static final String ROUTE = "anggaran/rekap";

    private final transient BudgetOverview overview;
    final RecapGrid national;
    final RecapGrid provinces;
    final H3 provincesTitle = new H3();
    private Recipient selected;

    BudgetRecapView(BudgetOverview overview, LiveUpdateHub hub) {
        this.overview = overview;
        addClassName("budget-recap-view");
        setWidthFull();
        national = new RecapGrid("budget.recap.recipient", line -> Piece.text(line.recipient() == null
                ? getTranslation("budget.recap.total") : Labels.recipient(this, line.recipient())));
        national.setId("recap-national");
        national.setPartNameGenerator(line -> line.recipient() == null ? "total-row" : null);
        national.addItemClickListener(e -> {
            if (e.getItem().recipient() != null) {
                select(e.getItem().recipient());
            }
        });
        provinces = new RecapGrid("budget.recap.province", line -> Piece.route(
                line.provinceCode() + " " + line.provinceName(),
                "anggaran?provinsi=" + line.provinceCode() + "&penerima=" + selected.name()));
        provinces.setId("recap-provinces");
        var hint = new Paragraph(getTranslation("budget.recap.hint"));
        hint.addClassName("hint");
        add(new H3(getTranslation("budget.recap.title")), hint, national, provincesTitle, provinces);
        LiveUpdates.bind(national, hub, BudgetChanged.class, change -> true, changes -> refresh());
    }

    private void select(Recipient recipient) {
        selected = recipient;
        refreshProvinces();
        Address.replace(this, ROUTE, QueryParameters.simple(Map.of("penerima", recipient.name())));
    }

    private void refresh() {
        var lines = new ArrayList<RecapLine>(overview.national());
        lines.add(BudgetOverview.sum(lines));
        national.setItems(lines);
        refreshProvinces();
    }

    private void refreshProvinces() {
        provincesTitle.setVisible(selected != null);
        provinces.setVisible(selected != null);
        if (selected == null) {
            return;
        }
        provincesTitle.setText(getTranslation("budget.recap.by-province", Labels.recipient(this, selected)));
        provinces.setItems(overview.byProvince(selected));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        selected = event.getLocation().getQueryParameters().getParameters().getOrDefault("penerima", List.of())
                .stream().flatMap(v -> java.util.Arrays.stream(Recipient.values()).filter(r -> r.name().equalsIgnoreCase(v)))
                .findFirst().orElse(null);
        refresh();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("budget.recap.title") + " | " + getTranslation("app.name");
    }
}
