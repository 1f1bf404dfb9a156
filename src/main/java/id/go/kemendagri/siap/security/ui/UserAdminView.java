package id.go.kemendagri.siap.security.ui;

import id.go.kemendagri.siap.base.ui.Address;
import id.go.kemendagri.siap.base.ui.Fields;
import id.go.kemendagri.siap.base.ui.FromAddress;
import id.go.kemendagri.siap.base.ui.Toasts;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Location;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;

import id.go.kemendagri.siap.base.ProvinceDirectory;
import id.go.kemendagri.siap.base.ProvinceDirectory.Province;
import id.go.kemendagri.siap.base.ui.MainLayout;
import id.go.kemendagri.siap.security.Role;
import id.go.kemendagri.siap.security.UserAccount;
import id.go.kemendagri.siap.security.UserService;
import jakarta.annotation.security.RolesAllowed;

/**
 * User administration ({@code /admin/pengguna?cari=budi}): find, create and change users, see and release
 * sign-ins held back after repeated failures, see who signed in when. The search lives in the URL so that a
 * filtered list can be shared.
 */
@Route(value = UserAdminView.PATH, layout = MainLayout.class)
@Menu(order = 90, icon = "vaadin:users", title = "menu.users")
@RolesAllowed(Role.ADMIN_NAME)
class UserAdminView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    static final String PATH = "admin/pengguna";
    static final String SEARCH = "cari";

    private final transient UserService users;
    final TextField search = new TextField();
    final Button add = new Button();
    final UserGrid grid;
    final UserDialog dialog;
    final HeldBackList heldBack;
    private final Span total = new Span();
    private final FromAddress address = new FromAddress();

    UserAdminView(UserService users, ProvinceDirectory provinceDirectory, Clock clock) {
        this.users = users;
        List<Province> provinces = provinceDirectory.provinces();
        Map<String, String> provinceNames = provinces.stream()
                .collect(Collectors.toMap(Province::code, Province::name));
        addClassName("user-admin-view");
        setSizeFull();
        grid = new UserGrid(users, this::searchText, provinceNames, clock,
                new UserGrid.Actions(this::edit, this::unlock, this::showActivity));
        dialog = new UserDialog(users, provinces, saved -> refresh());
        heldBack = new HeldBackList(users, clock);
        add(new AdminTabs(UserAdminView.class), toolbar(), heldBack, total, grid);
    }

    private HorizontalLayout toolbar() {
        search.setLabel(getTranslation("users.search"));
        search.setPlaceholder(getTranslation("users.search.placeholder"));
        search.setPrefixComponent(VaadinIcon.SEARCH.create());
        search.setClearButtonVisible(true);
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.setMaxLength(60);
        search.setWidth("20rem");
        search.setId("user-search");
        search.addValueChangeListener(e -> address.ifByUser(this::searchChanged));
        Fields.button(add, "users.add", "user-add", dialog::openForNew, ButtonVariant.LUMO_PRIMARY);
        add.setIcon(VaadinIcon.PLUS.create());
        var bar = new HorizontalLayout(search, add);
        bar.setAlignItems(FlexComponent.Alignment.BASELINE);
        bar.setWidthFull();
        bar.setWrap(true);
        return bar;
    }

    private String searchText() {
        return search.getValue() == null || search.getValue().isBlank() ? null : search.getValue().trim();
    }

    private void searchChanged() {
        refresh();
        var query = searchText() == null ? QueryParameters.empty() : QueryParameters.of(SEARCH, searchText());
        Address.replace(this, PATH, query);
    }

    private void refresh() {
        grid.getDataProvider().refreshAll();
        heldBack.refresh();
        total.setText(getTranslation("users.total", users.count(searchText())));
    }

    private void edit(UserAccount user) {
        // Edit what is stored now, not what the grid showed a while ago.
        users.find(user.id()).ifPresentOrElse(dialog::openFor, this::refresh);
    }

    private void unlock(UserAccount user) {
        var unlocked = users.unlock(user.id());
        refresh();
        Toasts.show(getTranslation("users.unlocked", unlocked.username()), NotificationVariant.LUMO_SUCCESS, 4000);
    }

    private void showActivity(UserAccount user) {
        new UserActivityDialog(users, user).open();
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var value = event.getLocation().getQueryParameters().getSingleParameter(SEARCH).orElse("");
        address.set(() -> search.setValue(value.length() > 60 ? value.substring(0, 60) : value));
        refresh();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("users.title") + " | " + getTranslation("app.name");
    }
}
