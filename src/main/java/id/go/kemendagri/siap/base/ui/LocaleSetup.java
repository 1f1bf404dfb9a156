package id.go.kemendagri.siap.base.ui;

import org.springframework.stereotype.Component;

import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;

import id.go.kemendagri.siap.base.Formats;
import id.go.kemendagri.siap.base.UserProfile;
import id.go.kemendagri.siap.base.UserProfiles;

/**
 * Every new screen starts in the signed-in user's remembered language, Bahasa Indonesia otherwise
 * (not the browser's language: the ministry works in Indonesian).
 */
@Component
class LocaleSetup implements VaadinServiceInitListener {

    private final UserProfiles profiles;
    private final ConnectionMessages connectionMessages;

    LocaleSetup(UserProfiles profiles, ConnectionMessages connectionMessages) {
        this.profiles = profiles;
        this.connectionMessages = connectionMessages;
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(init -> {
            var locale = profiles.current().map(UserProfile::locale).orElse(Formats.INDONESIAN);
            init.getUI().setLocale(locale);
            init.getUI().getSession().setLocale(locale);
            connectionMessages.applyReconnectTexts(init.getUI());
        });
    }
}
