package id.go.kemendagri.siap.notification.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.component.dependency.StyleSheet;

import id.go.kemendagri.siap.base.Formats;
import id.go.kemendagri.siap.base.ui.Markup;
import id.go.kemendagri.siap.liveupdate.LiveUpdateHub;
import id.go.kemendagri.siap.liveupdate.LiveUpdates;
import id.go.kemendagri.siap.notification.NotificationService;
import id.go.kemendagri.siap.notification.NotificationsChanged;

/**
 * The bell in the header: a link to the inbox with the number of unread notifications, live. One server-side
 * element (the shell stays a handful of them): the icon and the count are markup written into it, and the link
 * is followed by Vaadin's router in the browser.
 */
@Tag("a")
@StyleSheet("styles/notification.css")
public class Bell extends Component {

    private final transient NotificationService notifications;
    private long unread;

    Bell(NotificationService notifications, LiveUpdateHub hub, String username) {
        this.notifications = notifications;
        setId("notification-bell");
        getElement().setAttribute("class", "notification-bell");
        getElement().setAttribute("href", "kotak-masuk");
        getElement().setAttribute("router-link", "");
        refresh();
        LiveUpdates.bind(this, hub, NotificationsChanged.class, n -> n.recipient().equals(username), changes -> refresh());
    }

    /** Re-reads the unread count. */
    public void refresh() {
        unread = notifications.unreadCount();
        var label = unread > 0 ? getTranslation("notification.bell.unread", unread) : getTranslation("notification.bell");
        getElement().setAttribute("aria-label", label);
        getElement().setAttribute("title", label);
        var html = new Markup().element("vaadin-icon", "", "icon", "vaadin:bell", "aria-hidden", "true");
        if (unread > 0) {
            html.badge(Formats.number(unread, getLocale()), "error primary small pill", "notification-bell-count");
        }
        html.into(getElement());
    }

    public long unread() {
        return unread;
    }
}
