package id.go.kemendagri.siap.notification.ui;

import java.util.List;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.component.dependency.StyleSheet;

import id.go.kemendagri.siap.base.Formats;
import id.go.kemendagri.siap.base.ui.Piece;
import id.go.kemendagri.siap.base.ui.PieceLine;
import id.go.kemendagri.siap.liveupdate.LiveUpdateHub;
import id.go.kemendagri.siap.liveupdate.LiveUpdates;
import id.go.kemendagri.siap.notification.NotificationService;
import id.go.kemendagri.siap.notification.NotificationsChanged;

/**
 * The bell in the header: a link to the inbox with the number of unread notifications, live. Two server-side
 * elements (the shell stays a handful of them): the link, followed by Vaadin's router in the browser, and the icon
 * and the count drawn inside it from pieces ({@code <siap-pieces>}).
 */
@Tag("a")
@StyleSheet("styles/notification.css")
public class Bell extends Component {

    private final transient NotificationService notifications;
    private long unread;
    private final PieceLine content = new PieceLine();

    Bell(NotificationService notifications, LiveUpdateHub hub, String username) {
        this.notifications = notifications;
        setId("notification-bell");
        getElement().setAttribute("class", "notification-bell");
        getElement().setAttribute("href", "kotak-masuk");
        getElement().setAttribute("router-link", "");
        getElement().appendChild(content.getElement());
        refresh();
        LiveUpdates.bind(this, hub, NotificationsChanged.class, n -> n.recipient().equals(username), changes -> refresh());
    }

    /** Re-reads the unread count. */
    public void refresh() {
        unread = notifications.unreadCount();
        var label = unread > 0 ? getTranslation("notification.bell.unread", unread) : getTranslation("notification.bell");
        getElement().setAttribute("aria-label", label);
        getElement().setAttribute("title", label);
        content.setPieces(unread > 0 ? List.of(Piece.icon("vaadin:bell"), Piece.badge(Formats.number(unread, getLocale()),
                "error primary small pill").withClass("notification-bell-count")) : List.of(Piece.icon("vaadin:bell")));
    }

    public long unread() {
        return unread;
    }
}
