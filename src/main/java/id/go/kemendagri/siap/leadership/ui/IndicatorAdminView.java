package id.go.kemendagri.siap.leadership.ui;

import java.util.List;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;

import id.go.kemendagri.siap.base.ui.Fields;
import id.go.kemendagri.siap.base.ui.MainLayout;
import id.go.kemendagri.siap.base.ui.Piece;
import id.go.kemendagri.siap.base.ui.Pieces;
import id.go.kemendagri.siap.base.ui.RowActions;
import id.go.kemendagri.siap.leadership.IndicatorDetails;
import id.go.kemendagri.siap.leadership.IndicatorService;
import id.go.kemendagri.siap.security.Role;
import jakarta.annotation.security.RolesAllowed;

/** The evaluation indicators, master data administrators keep: add, rename, move, retire. */
@Route(value = "kepala-daerah/indikator", layout = MainLayout.class)
@Menu(order = 80, icon = "vaadin:list-ol", title = "menu.heads.indicators")
@RolesAllowed(Role.ADMIN_NAME)
class IndicatorAdminView extends VerticalLayout implements HasDynamicTitle {

    private final transient IndicatorService indicators;
    final Grid<IndicatorDetails> grid = new Grid<>();
    final Button add = new Button();

    IndicatorAdminView(IndicatorService indicators) {
        this.indicators = indicators;
        addClassName("indicator-admin-view");
        setSizeFull();
        Fields.button(add, "indicators.add", "indicator-add",
                () -> new IndicatorDialog(null, indicators, this::refresh).open(), ButtonVariant.LUMO_PRIMARY);
        grid.addColumn(i -> getTranslation("leadership.aspect." + i.aspect().name()))
                .setHeader(getTranslation("indicators.aspect")).setAutoWidth(true);
        grid.addColumn(IndicatorDetails::sortOrder).setHeader(getTranslation("indicators.order")).setAutoWidth(true);
        grid.addColumn(IndicatorDetails::name).setHeader(getTranslation("indicators.name")).setFlexGrow(1);
        grid.addColumn(Pieces.cell(i -> List.of(Piece.badge(getTranslation(i.active() ? "indicators.active"
                : "indicators.retired"), i.active() ? "success" : "contrast")))).setHeader(getTranslation("indicators.state"))
                .setAutoWidth(true);
        grid.addColumn(RowActions.<IndicatorDetails>create().text("edit", getTranslation("indicators.edit"),
                i -> new IndicatorDialog(i, indicators, this::refresh).open()).renderer())
                .setKey("actions").setAutoWidth(true).setFlexGrow(0);
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        add(new Paragraph(getTranslation("indicators.explain")), add, grid);
        refresh();
    }

    private void refresh() {
        grid.setItems(indicators.all());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("menu.heads.indicators") + " | " + getTranslation("app.name");
    }
}
