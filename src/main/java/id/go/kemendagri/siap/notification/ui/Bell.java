package id.go.kemendagri.siap.notification.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;

import id.go.kemendagri.siap.base.Formats;
import id.go.kemendagri.siap.liveupdate.LiveUpdateHub;
import id.go.kemendagri.siap.liveupdate.LiveUpdates;
import id.go.kemendagri.siap.notification.NotificationService;
import id.go.kemendagri.siap.notification.NotificationsChanged;

/** The bell in the header: the number of unread notifications, live; a click opens the inbox. */
@StyleSheet("styles/notification.css")
public class Bell extends Button {

    private final transient NotificationService notifications;
    private final Span badge = new Span();
    private long unread;

    Bell(NotificationService notifications, LiveUpdateHub hub, String username) {
        this.notifications = notifications;
        setId("notification-bell");
        addClassName("notification-bell");
        addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE, ButtonVariant.LUMO_ICON);
        setIcon(VaadinIcon.BELL.create());
        badge.addClassName("notification-bell-count");
        badge.getElement().getThemeList().add("badge error primary small pill");
        getElement().appendChild(badge.getElement());
        addClickListener(e -> getUI().ifPresent(ui -> ui.navigate(InboxView.class)));
        refresh();
        LiveUpdates.bind(this, hub, NotificationsChanged.class, n -> n.recipient().equals(username), changes -> refresh());
    }

    /** Re-reads the unread count. */
    public void refresh() {
        unread = notifications.unreadCount();
        badge.setText(unread > 0 ? Formats.number(unread, getLocale()) : "");
        badge.setVisible(unread > 0);
        var label = unread > 0 ? getTranslation("notification.bell.unread", unread) : getTranslation("notification.bell");
        setAriaLabel(label);
        setTooltipText(label);
    }

    public long unread() {
        return unread;
    }
}
