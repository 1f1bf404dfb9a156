package id.go.kemendagri.siap.security.ui;

import static com.vaadin.flow.spring.data.VaadinSpringDataHelpers.toSpringPageRequest;

import java.util.HashMap;
import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.PageRequest;

import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Location;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;

import id.go.kemendagri.siap.base.Formats;
import id.go.kemendagri.siap.base.ui.Address;
import id.go.kemendagri.siap.base.ui.Fields;
import id.go.kemendagri.siap.base.ui.FromAddress;
import id.go.kemendagri.siap.base.ui.MainLayout;
import id.go.kemendagri.siap.base.ui.Piece;
import id.go.kemendagri.siap.base.ui.Pieces;
import id.go.kemendagri.siap.security.ApiCallEntry;
import id.go.kemendagri.siap.security.ApiCallLog;
import id.go.kemendagri.siap.security.ApiTokenDetails;
import id.go.kemendagri.siap.security.ApiTokenService;
import id.go.kemendagri.siap.security.Role;
import jakarta.annotation.security.RolesAllowed;

/**
 * The read API's call log ({@code /admin/pengguna/log-api?token=12&galat=ya}): every call, newest first,
 * with its token, path, status and duration; filtered by token and to refused or failed calls.
 */
@Route(value = ApiCallView.PATH, layout = MainLayout.class)
@RolesAllowed(Role.ADMIN_NAME)
class ApiCallView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    static final String PATH = "admin/pengguna/log-api";
    static final String TOKEN = "token";
    static final String ERRORS = "galat";
    private static final String YES = "ya";

    private final transient ApiCallLog calls;
    final Select<ApiTokenDetails> token = new Select<>();
    final Checkbox errorsOnly = new Checkbox();
    final Grid<ApiCallEntry> grid = new Grid<>();
    private final Span total = new Span();
    private final FromAddress address = new FromAddress();

    ApiCallView(ApiCallLog calls, ApiTokenService tokens) {
        this.calls = calls;
        addClassName("api-call-view");
        setSizeFull();
        token.setItems(tokens.page(false, PageRequest.of(0, 500)));
        Fields.anyChoice(token, "api-calls.token", "api-calls.all-tokens", t -> t.name() + " (" + t.prefix() + "…)");
        token.setWidth("20rem");
        token.setId("api-call-token");
        token.addValueChangeListener(e -> address.ifByUser(this::filtersChanged));
        errorsOnly.setLabel(getTranslation("api-calls.errors-only"));
        errorsOnly.setId("api-call-errors");
        errorsOnly.addValueChangeListener(e -> address.ifByUser(this::filtersChanged));
        var bar = new HorizontalLayout(token, errorsOnly);
        bar.setAlignItems(FlexComponent.Alignment.BASELINE);
        bar.setWrap(true);
        columns();
        grid.setItems(query -> calls.page(tokenId(), errorsOnly.getValue(), toSpringPageRequest(query)).stream(),
                query -> (int) calls.count(tokenId(), errorsOnly.getValue()));
        grid.setPageSize(100);
        grid.setSizeFull();
        grid.addClassName("api-call-grid");
        add(new AdminTabs(ApiCallView.class), bar, total, grid);
    }

    private void columns() {
        grid.addColumn(c -> Formats.dateTime(c.occurredAt(), getLocale()) + ":"
                + String.format("%02d", c.occurredAt().atZone(Formats.WIB).getSecond()))
                .setHeader(getTranslation("api-calls.column.when")).setWidth("12.5rem").setFlexGrow(0);
        grid.addColumn(c -> c.tokenId() == null ? getTranslation("api-calls.no-token")
                : c.tokenName() + " (" + c.tokenPrefix() + "…)").setHeader(getTranslation("api-calls.column.token"))
                .setWidth("12rem").setFlexGrow(1).setKey("token");
        grid.addColumn(c -> c.method() + " " + c.path()).setHeader(getTranslation("api-calls.column.path"))
                .setFlexGrow(3).setWidth("16rem").setKey("path").setTooltipGenerator(c -> c.method() + " " + c.path());
        grid.addColumn(Pieces.cell(call -> List.of(status(call)))).setHeader(getTranslation("api-calls.column.status"))
                .setWidth("6rem")
                .setFlexGrow(0).setKey("status");
        grid.addColumn(c -> getTranslation("api-calls.duration", Formats.number(c.durationMs(), getLocale())))
                .setHeader(getTranslation("api-calls.column.duration")).setWidth("7rem").setFlexGrow(0);
        grid.addColumn(ApiCallEntry::remoteAddress).setHeader(getTranslation("api-calls.column.address"))
                .setWidth("9rem").setFlexGrow(0);
    }

    private static Piece status(ApiCallEntry call) {
        return Piece.badge(Integer.toString(call.status()), call.status() < 300 || call.status() == 304 ? "success"
                : call.status() < 500 ? "contrast" : "error");
    }

    private Long tokenId() {
        return token.getValue() == null ? null : token.getValue().id();
    }

    private void filtersChanged() {
        refresh();
        var params = new HashMap<String, String>();
        Optional.ofNullable(tokenId()).ifPresent(id -> params.put(TOKEN, id.toString()));
        if (errorsOnly.getValue()) {
            params.put(ERRORS, YES);
        }
        Address.replace(this, PATH, QueryParameters.simple(params));
    }

    private void refresh() {
        grid.getDataProvider().refreshAll();
        total.setText(getTranslation("api-calls.total", calls.count(tokenId(), errorsOnly.getValue())));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var params = event.getLocation().getQueryParameters();
        var id = params.getSingleParameter(TOKEN).flatMap(ApiCallView::number).orElse(null);
        address.set(() -> {
            token.setValue(token.getListDataView().getItems().filter(t -> id != null && t.id() == id).findFirst()
                    .orElse(null));
            errorsOnly.setValue(params.getSingleParameter(ERRORS).filter(YES::equals).isPresent());
        });
        refresh();
    }

    private static Optional<Long> number(String value) {
        try {
            return Optional.of(Long.parseLong(value));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("api-calls.title") + " | " + getTranslation("app.name");
    }
}
