package id.go.kemendagri.siap.notification.ui;

import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;

import id.go.kemendagri.siap.notification.NotificationService;

/**
 * {@code /berhenti-langganan?u=&k=&s=}: the one-click unsubscribe link of a mail, without signing in; the signature
 * (HMAC with the user's own key) decides, and that kind's e-mail is turned off.
 */
@Route(value = "berhenti-langganan", autoLayout = false)
@AnonymousAllowed
public class UnsubscribeView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final transient NotificationService notifications;
    final Paragraph message = new Paragraph();

    UnsubscribeView(NotificationService notifications) {
        this.notifications = notifications;
        add(new H1(getTranslation("notification.unsubscribe.title")), message);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var query = event.getLocation().getQueryParameters();
        var user = query.getSingleParameter("u").orElse("");
        var kind = query.getSingleParameter("k").orElse("");
        var signature = query.getSingleParameter("s").orElse("");
        message.setText(notifications.unsubscribe(user, kind, signature)
                .map(k -> getTranslation("notification.unsubscribe.done", getTranslation("notification.kind-name." + k)))
                .orElseGet(() -> getTranslation("notification.unsubscribe.invalid")));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("notification.unsubscribe.title") + " | " + getTranslation("app.name");
    }
}
