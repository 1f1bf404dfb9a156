package id.go.kemendagri.siap.security.ui;

import java.time.Clock;
import java.util.Map;
import java.util.stream.Collectors;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AnchorTarget;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;

import id.go.kemendagri.siap.base.ProvinceDirectory;
import id.go.kemendagri.siap.base.ui.Fields;
import id.go.kemendagri.siap.base.ui.MainLayout;
import id.go.kemendagri.siap.security.ApiTokenService;
import id.go.kemendagri.siap.security.Role;
import jakarta.annotation.security.RolesAllowed;

/**
 * Read-API tokens ({@code /admin/pengguna/token-api}): issue one to another system (its secret is shown
 * once), see what each reads and when it was last used, revoke it, open its calls.
 */
@Route(value = ApiTokenView.PATH, layout = MainLayout.class)
@RolesAllowed(Role.ADMIN_NAME)
class ApiTokenView extends VerticalLayout implements HasDynamicTitle {

    static final String PATH = "admin/pengguna/token-api";
    /** Swagger UI, served by springdoc from the OpenAPI document. */
    static final String DOCS = "swagger-ui/index.html";

    private final transient ApiTokenService tokens;
    final Checkbox usableOnly = new Checkbox();
    final Button issue = new Button();
    final ApiTokenGrid grid;
    final ApiTokenDialog dialog;
    private final Span total = new Span();

    ApiTokenView(ApiTokenService tokens, ProvinceDirectory provinceDirectory, Clock clock) {
        this.tokens = tokens;
        var provinces = provinceDirectory.provinces();
        Map<String, String> names = provinces.stream()
                .collect(Collectors.toMap(ProvinceDirectory.Province::code, ProvinceDirectory.Province::name));
        addClassName("api-token-view");
        setSizeFull();
        grid = new ApiTokenGrid(tokens, usableOnly::getValue, names, clock, this::refresh);
        dialog = new ApiTokenDialog(tokens, provinces, clock, issued -> refresh());
        add(new AdminTabs(ApiTokenView.class), toolbar(), total, grid);
        refresh();
    }

    private HorizontalLayout toolbar() {
        usableOnly.setLabel(getTranslation("api-tokens.usable-only"));
        usableOnly.setValue(true);
        usableOnly.setId("api-token-usable-only");
        usableOnly.addValueChangeListener(e -> refresh());
        Fields.button(issue, "api-tokens.issue", "api-token-issue", dialog::openForNew, ButtonVariant.LUMO_PRIMARY);
        issue.setIcon(VaadinIcon.KEY.create());
        var docs = new Anchor(DOCS, getTranslation("api-tokens.docs"), AnchorTarget.BLANK);
        docs.setId("api-docs-link");
        var bar = new HorizontalLayout(issue, usableOnly, docs);
        bar.setAlignItems(FlexComponent.Alignment.BASELINE);
        bar.setWidthFull();
        bar.setWrap(true);
        return bar;
    }

    private void refresh() {
        grid.getDataProvider().refreshAll();
        total.setText(getTranslation("api-tokens.total", tokens.count(usableOnly.getValue())));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("api-tokens.title") + " | " + getTranslation("app.name");
    }
}
