package id.go.kemendagri.siap.base.ui;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Component;

import com.vaadin.flow.server.CustomizedSystemMessages;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;

import id.go.kemendagri.siap.base.Formats;

/**
 * What a user sees when the connection breaks: while the network is down, a "reconnecting" note (the
 * page resumes by itself and receives what it missed, since the screen's state lives on the server);
 * after a server restart or an expired session, a clear message whose click leads to the sign-in page,
 * instead of a broken page. In the user's language.
 */
@Component
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class ConnectionMessages implements VaadinServiceInitListener {

    private final Translations translations;

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().setSystemMessagesProvider(info -> {
            var locale = Formats.normalise(info.getLocale());
            var messages = new CustomizedSystemMessages();
            messages.setSessionExpiredNotificationEnabled(true);
            messages.setSessionExpiredCaption(translations.getTranslation("connection.expired.caption", locale));
            messages.setSessionExpiredMessage(translations.getTranslation("connection.expired.message", locale));
            messages.setSessionExpiredURL("login");
            messages.setInternalErrorNotificationEnabled(true);
            messages.setInternalErrorCaption(translations.getTranslation("connection.error.caption", locale));
            messages.setInternalErrorMessage(translations.getTranslation("connection.error.message", locale));
            messages.setCookiesDisabledCaption(translations.getTranslation("connection.cookies.caption", locale));
            messages.setCookiesDisabledMessage(translations.getTranslation("connection.cookies.message", locale));
            return messages;
        });
    }

    /** Called by {@link LocaleSetup} once a new screen has its language, and again when the user changes it. */
    void applyReconnectTexts(com.vaadin.flow.component.UI ui) {
        var locale = ui.getLocale();
        var reconnect = ui.getReconnectDialogConfiguration();
        reconnect.setDialogText(translations.getTranslation("connection.reconnecting", locale));
        reconnect.setDialogTextGaveUp(translations.getTranslation("connection.gave-up", locale));
        reconnect.setReconnectAttempts(120);
        reconnect.setReconnectInterval(5000);
    }
}
