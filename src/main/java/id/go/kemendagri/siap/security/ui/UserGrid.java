package id.go.kemendagri.siap.security.ui;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Supplier;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.data.renderer.LitRenderer;

import id.go.kemendagri.siap.base.Formats;
import id.go.kemendagri.siap.base.ui.LazyGrid;
import id.go.kemendagri.siap.base.ui.Piece;
import id.go.kemendagri.siap.base.ui.Pieces;
import id.go.kemendagri.siap.base.ui.RowActions;
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
        addColumn(UserAccount::username).setHeader(getTranslation("users.column.username")).setWidth("8.5rem")
                .setFlexGrow(1).setKey("username").setTooltipGenerator(UserAccount::username);
        addColumn(UserAccount::fullName).setHeader(getTranslation("users.column.full-name")).setWidth("9rem")
                .setFlexGrow(2).setKey("fullName").setTooltipGenerator(UserAccount::fullName);
        addColumn(u -> getTranslation("role." + u.role().name())).setHeader(getTranslation("users.column.role"))
                .setWidth("9rem").setFlexGrow(1).setTooltipGenerator(u -> getTranslation("role." + u.role().name()));
        addColumn(this::province).setHeader(getTranslation("users.column.province")).setWidth("8rem")
                .setFlexGrow(1).setTooltipGenerator(this::province);
        addColumn(Pieces.cell(user -> List.of(status(user)))).setHeader(getTranslation("users.column.status"))
                .setWidth("10.5rem")
                .setFlexGrow(0).setKey("status");
        addColumn(u -> Formats.date(u.createdAt().atZone(Formats.WIB).toLocalDate(), getLocale()))
                .setHeader(getTranslation("users.column.created")).setWidth("8.5rem").setFlexGrow(0);
        addColumn(buttons(actions)).setHeader(getTranslation("users.column.actions")).setWidth("6.5rem")
                .setFlexGrow(0).setFrozenToEnd(true).setKey("actions");
        LazyGrid.feed(this, page -> users.page(search.get(), page), () -> users.count(search.get()), UserAccount::id);
    }

    private String province(UserAccount user) {
        return user.provinceCode() == null ? "" : user.provinceCode() + " "
                + provinceNames.getOrDefault(user.provinceCode(), "");
    }

    /** Why a user may or may not sign in: disabled, held back from some address until a time, or able to. */
    private Piece status(UserAccount user) {
        if (!user.enabled()) {
            return Piece.badge(getTranslation("users.status.disabled"), "contrast");
        }
        if (user.heldBackAt(clock.instant())) {
            return Piece.badge(getTranslation("users.status.held-back", holdEnd(user)), "error").withTitle(
                    getTranslation("users.status.held-back.tip", Formats.dateTime(user.heldBackUntil(), getLocale())));
        }
        return Piece.badge(getTranslation("users.status.enabled"), "success");
    }

    /** A hold lasts minutes: the time alone says enough, unless it ends on another day. */
    private String holdEnd(UserAccount user) {
        return HeldBackList.end(user.heldBackUntil(), clock, getLocale());
    }

    /** Edit and activity on every row; unlock on a user held back now (checked again on the click). */
    private LitRenderer<UserAccount> buttons(Actions actions) {
        return RowActions.<UserAccount>create("tertiary-inline small")
                .icon("edit", "vaadin:edit", getTranslation("users.action.edit"), actions.edit()::accept)
                .id(user -> "edit-" + user.username())
                .icon("activity", "vaadin:time-backward", getTranslation("users.action.activity"),
                        actions.activity()::accept)
                .id(user -> "activity-" + user.username())
                .icon("unlock", "vaadin:unlock", getTranslation("users.action.unlock"), actions.unlock()::accept)
                .id(user -> "unlock-" + user.username()).theme("error")
                .shownWhen(user -> user.heldBackAt(clock.instant()))
                .renderer();
    }
}
