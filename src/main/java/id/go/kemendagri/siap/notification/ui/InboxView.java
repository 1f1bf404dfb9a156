package id.go.kemendagri.siap.notification.ui;

import java.util.List;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.data.renderer.LitRenderer;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;

import id.go.kemendagri.siap.base.Formats;
import id.go.kemendagri.siap.base.ui.MainLayout;
import id.go.kemendagri.siap.base.ui.RowActions;
import id.go.kemendagri.siap.liveupdate.LiveUpdateHub;
import id.go.kemendagri.siap.liveupdate.LiveUpdates;
import id.go.kemendagri.siap.notification.InboxEntry;
import id.go.kemendagri.siap.notification.NotificationService;
import id.go.kemendagri.siap.notification.NotificationsChanged;
import id.go.kemendagri.siap.security.RegionAccess;
import jakarta.annotation.security.PermitAll;

/** {@code /kotak-masuk}: the signed-in user's notifications, newest first, live; open, mark read, mark all read. */
@Route(value = "kotak-masuk", layout = MainLayout.class)
@Menu(order = 85, icon = "vaadin:bell", title = "menu.inbox")
@PermitAll
@StyleSheet("styles/notification.css")
public class InboxView extends VerticalLayout implements HasDynamicTitle {

    static final int LIMIT = 200;

    private final transient NotificationService notifications;
    final Grid<InboxEntry> grid = new Grid<>();
    final Button markAll = new Button();
    private final Span empty = new Span();
    private List<InboxEntry> entries = List.of();

    InboxView(NotificationService notifications, LiveUpdateHub hub, RegionAccess access) {
        this.notifications = notifications;
        addClassName("inbox-view");
        setSizeFull();
        markAll.setText(getTranslation("notification.inbox.mark-all"));
        markAll.setId("inbox-mark-all");
        markAll.addClickListener(e -> {
            notifications.markAllRead();
            refresh();
        });
        var settings = new Button(getTranslation("notification.inbox.settings"),
                e -> getUI().ifPresent(ui -> ui.navigate(SettingsView.class)));
        settings.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        var actions = new HorizontalLayout(markAll, settings);
        empty.setText(getTranslation("notification.inbox.empty"));
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_COMPACT);
        grid.addColumn(e -> Formats.dateTime(e.createdAt(), getLocale())).setHeader(getTranslation("notification.inbox.when"))
                .setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(InboxEntry::text).setHeader(getTranslation("notification.inbox.what")).setFlexGrow(1);
        grid.addColumn(e -> getTranslation(e.unread() ? "notification.inbox.unread" : "notification.inbox.read"))
                .setHeader(getTranslation("notification.inbox.state")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(actions()).setKey("actions").setAutoWidth(true).setFlexGrow(0);
        grid.setPartNameGenerator(e -> e.unread() ? "unread" : null);
        add(actions, empty, grid);
        refresh();
        var me = access.currentUser().username();
        LiveUpdates.bind(grid, hub, NotificationsChanged.class, n -> n.recipient().equals(me), changes -> refresh());
    }

    /** Open; mark read while unread. The service marks only the signed-in user's own notifications. */
    private LitRenderer<InboxEntry> actions() {
        return RowActions.<InboxEntry>create("small")
                .text("open", getTranslation("notification.inbox.open"), this::open).theme("primary")
                .text("read", getTranslation("notification.inbox.mark-read"), entry -> {
                    notifications.markRead(entry.id());
                    refresh();
                }).theme("tertiary").shownWhen(InboxEntry::unread)
                .renderer();
    }

    /** Marks the notification read and goes to the place it is about. */
    void open(InboxEntry entry) {
        notifications.markRead(entry.id());
        var link = entry.link();
        var query = link.indexOf('?');
        getUI().ifPresent(ui -> ui.navigate(query < 0 ? link : link.substring(0, query), query < 0
                ? com.vaadin.flow.router.QueryParameters.empty()
                : com.vaadin.flow.router.QueryParameters.fromString(link.substring(query + 1))));
    }

    void refresh() {
        entries = notifications.inbox(0, LIMIT, getLocale());
        grid.setItems(entries);
        empty.setVisible(entries.isEmpty());
        markAll.setEnabled(entries.stream().anyMatch(InboxEntry::unread));
    }

    List<InboxEntry> entries() {
        return entries;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("notification.inbox.title") + " | " + getTranslation("app.name");
    }
}
