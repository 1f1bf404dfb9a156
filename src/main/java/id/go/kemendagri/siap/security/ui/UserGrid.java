package id.go.kemendagri.siap.security.ui;

import java.time.Clock;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Supplier;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;

import id.go.kemendagri.siap.base.Formats;
import id.go.kemendagri.siap.security.UserAccount;
import id.go.kemendagri.siap.security.UserService;

/** The users matching the search, paged lazily by user name, with what an administrator does to each. */
class UserGrid extends Grid<UserAccount> {

    /** What a row's buttons ask the view to do. */
    record Actions(Consumer<UserAccount> edit, Consumer<UserAccount> unlock, Consumer<UserAccount> activity) {
    }

    private final transient Clock clock;
    private final Map<String, String> provinceNames;

    UserGrid(UserService users, Supplier<String> search, Map<String, String> provinceNames, Clock clock,
            Actions actions) {
        this.clock = clock;
        this.provinceNames = provinceNames;
        addClassName("user-grid");
        addColumn(UserAccount::username).setHeader(getTranslation("users.column.username")).setAutoWidth(true)
                .setFlexGrow(0).setKey("username");
        addColumn(UserAccount::fullName).setHeader(getTranslation("users.column.full-name")).setWidth("12rem")
                .setFlexGrow(2).setKey("fullName").setTooltipGenerator(UserAccount::fullName);
        addColumn(u -> getTranslation("role." + u.role().name())).setHeader(getTranslation("users.column.role"))
                .setAutoWidth(true).setFlexGrow(0);
        addColumn(this::province).setHeader(getTranslation("users.column.province")).setWidth("10rem")
                .setFlexGrow(1).setTooltipGenerator(this::province);
        addComponentColumn(this::status).setHeader(getTranslation("users.column.status")).setAutoWidth(true)
                .setFlexGrow(0).setKey("status");
        addColumn(u -> Formats.date(u.createdAt().atZone(Formats.WIB).toLocalDate(), getLocale()))
                .setHeader(getTranslation("users.column.created")).setAutoWidth(true).setFlexGrow(0);
        addComponentColumn(u -> buttons(u, actions)).setHeader(getTranslation("users.column.actions"))
                .setAutoWidth(true).setFlexGrow(0).setKey("actions");
        setItems(query -> users.page(search.get(), query.getOffset(), query.getLimit()).stream(),
                query -> (int) users.count(search.get()));
        setPageSize(50);
        setSizeFull();
    }

    private String province(UserAccount user) {
        return user.provinceCode() == null ? "" : user.provinceCode() + " "
                + provinceNames.getOrDefault(user.provinceCode(), "");
    }

    /** Enabled or not, and until when a lock-out lasts: the two reasons a user cannot sign in. */
    private Component status(UserAccount user) {
        var enabled = new Span(getTranslation(user.enabled() ? "users.status.enabled" : "users.status.disabled"));
        enabled.getElement().getThemeList().add(user.enabled() ? "badge success" : "badge contrast");
        var status = new HorizontalLayout(enabled);
        status.setSpacing(false);
        status.addClassName("user-status");
        if (user.lockedAt(clock.instant())) {
            var locked = new Span(getTranslation("users.status.locked",
                    Formats.dateTime(user.lockedUntil(), getLocale())));
            locked.getElement().getThemeList().add("badge error");
            locked.addClassName("locked-until");
            status.add(locked);
        }
        return status;
    }

    private Component buttons(UserAccount user, Actions actions) {
        var edit = small(VaadinIcon.EDIT, "users.action.edit", () -> actions.edit().accept(user));
        edit.setId("edit-" + user.username());
        var activity = small(VaadinIcon.TIME_BACKWARD, "users.action.activity", () -> actions.activity().accept(user));
        activity.setId("activity-" + user.username());
        var row = new HorizontalLayout(edit, activity);
        if (user.lockedAt(clock.instant())) {
            var unlock = small(VaadinIcon.UNLOCK, "users.action.unlock", () -> actions.unlock().accept(user));
            unlock.setId("unlock-" + user.username());
            unlock.addThemeVariants(ButtonVariant.LUMO_ERROR);
            row.add(unlock);
        }
        row.setSpacing(false);
        return row;
    }

    private Button small(VaadinIcon icon, String labelKey, Runnable action) {
        var button = new Button(icon.create(), e -> action.run());
        button.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE, ButtonVariant.LUMO_SMALL);
        button.setAriaLabel(getTranslation(labelKey));
        button.setTooltipText(getTranslation(labelKey));
        return button;
    }
}
