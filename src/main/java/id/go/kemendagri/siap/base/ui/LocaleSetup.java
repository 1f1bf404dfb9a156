package id.go.kemendagri.siap.base.ui;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Component;

import java.util.Locale;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.VaadinServiceInitListener;

import id.go.kemendagri.siap.base.DatabaseTrouble;
import id.go.kemendagri.siap.base.Formats;
import id.go.kemendagri.siap.base.UserProfile;

/**
 * Every new screen starts in the signed-in user's remembered language, Bahasa Indonesia otherwise
 * (not the browser's language: the ministry works in Indonesian). A language chosen on the sign-in page
 * ({@link #choose}) applies to the screens before sign-in and becomes the user's remembered language at sign-in.
 */
@Component
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class LocaleSetup implements VaadinServiceInitListener {

    private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(LocaleSetup.class);

    private final SessionProfiles profiles;
    private final ConnectionMessages connectionMessages;

    /** The session attribute holding the language chosen before sign-in. */
    static final String CHOSEN = LocaleSetup.class.getName() + ".chosen";

    /**
     * Switches the current screen and the session to one of the offered languages (anything else is ignored),
     * remembered for the next screens of the session; for the user's profile, see the class comment.
     */
    public static void choose(String language) {
        Translations.LOCALES.stream().filter(locale -> locale.getLanguage().equals(language)).findFirst()
                .ifPresent(locale -> {
                    var session = VaadinSession.getCurrent();
                    session.setAttribute(CHOSEN, locale);
                    session.setLocale(locale);
                    UI.getCurrent().setLocale(locale);
                });
    }

    private Locale startLocale(VaadinSession session) {
        var chosen = session == null ? null : (Locale) session.getAttribute(CHOSEN);
        java.util.Optional<UserProfile> profile;
        try {
            profile = profiles.current();
        } catch (RuntimeException e) {
            if (!DatabaseTrouble.isCause(e)) {
                throw e;
            }
            // the database is out of reach: the screen opens in the session's language and its view says why
            // it cannot show anything (base.ui.ServerErrorView)
            log.warn("Screen opened without the user's language, the database is out of reach: {}",
                    DatabaseTrouble.summary(e));
            return chosen != null ? chosen : session != null && session.getLocale() != null
                    && Translations.LOCALES.contains(session.getLocale()) ? session.getLocale() : Formats.INDONESIAN;
        }
        if (profile.isPresent() && chosen != null) {
            session.setAttribute(CHOSEN, null);
            if (!chosen.getLanguage().equals(profile.get().locale().getLanguage())) {
                profiles.rememberLanguage(chosen);
            }
            return chosen;
        }
        return profile.map(UserProfile::locale).orElse(chosen == null ? Formats.INDONESIAN : chosen);
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(init -> {
            var locale = startLocale(init.getUI().getSession());
            init.getUI().setLocale(locale);
            init.getUI().getSession().setLocale(locale);
            connectionMessages.applyReconnectTexts(init.getUI());
        });
    }
}
