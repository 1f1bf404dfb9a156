package id.go.kemendagri.siap.base.ui;

import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;

/**
 * The one place that shows notifications ("toasts"): one at a time per screen, at the bottom, each closing the
 * one before. A stale red "Periksa isian" must not stay above the green "Tersimpan" that followed it.
 */
public final class Toasts {

    static final int SUCCESS_MS = 3000;
    static final int WARNING_MS = 4000;
    static final int ERROR_MS = 5000;

    private Toasts() {
    }

    /** Shows the text for a time that suits the variant ({@code null}: a plain message), closing the previous one. */
    public static Notification show(String text, NotificationVariant variant) {
        var duration = variant == NotificationVariant.LUMO_ERROR ? ERROR_MS
                : variant == NotificationVariant.LUMO_SUCCESS ? SUCCESS_MS : WARNING_MS;
        return show(text, variant, duration);
    }

    /** Shows the text for {@code durationMs}, closing the notification shown before on this screen. */
    public static Notification show(String text, NotificationVariant variant, int durationMs) {
        var ui = UI.getCurrent();
        if (ui != null) {
            var previous = ComponentUtil.getData(ui, Notification.class);
            if (previous instanceof Notification shown && shown.isOpened()) {
                shown.close();
            }
        }
        var notification = Notification.show(text, durationMs, Notification.Position.BOTTOM_START);
        notification.addClassName("siap-toast");
        if (variant != null) {
            notification.addThemeVariants(variant);
        }
        if (ui != null) {
            ComponentUtil.setData(ui, Notification.class, notification);
        }
        return notification;
    }

    /** The notification shown last on the current screen, if it is still open (for tests). */
    public static Notification current() {
        var ui = UI.getCurrent();
        var shown = ui == null ? null : ComponentUtil.getData(ui, Notification.class);
        return shown instanceof Notification notification && notification.isOpened() ? notification : null;
    }
}
