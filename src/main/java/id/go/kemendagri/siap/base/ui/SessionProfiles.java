package id.go.kemendagri.siap.base.ui;

import java.util.Locale;
import java.util.Optional;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

import com.vaadin.flow.server.VaadinSession;

import id.go.kemendagri.siap.base.UserProfile;
import id.go.kemendagri.siap.base.UserProfiles;

/**
 * The signed-in user's profile as the shell uses it (the screen's language, the name and role in the drawer, the
 * scope of the menu counts), read from the database once per session and kept in the {@link VaadinSession}
 * (a few hundred bytes). A page load therefore reads no profile: it costs no query, and while the database is
 * out of reach the page gets to its error message at once instead of after one pool time-out per read. The
 * shell shows the role and province the user signed in with, which are also what the server enforces;
 * a language change is written through and read again.
 */
@Component
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class SessionProfiles {

    private static final String ATTRIBUTE = SessionProfiles.class.getName();

    private final UserProfiles profiles;

    /** The signed-in user's profile; empty before sign-in. */
    public Optional<UserProfile> current() {
        var session = VaadinSession.getCurrent();
        var username = signedIn();
        if (session == null || username == null) {
            return profiles.current();
        }
        if (session.getAttribute(ATTRIBUTE) instanceof UserProfile kept && kept.username().equals(username)) {
            return Optional.of(kept);
        }
        var profile = profiles.current();
        session.setAttribute(ATTRIBUTE, profile.orElse(null));
        return profile;
    }

    /** Makes {@code locale} the signed-in user's language and reads the profile again at its next use. */
    public void rememberLanguage(Locale locale) {
        profiles.rememberLanguage(locale);
        var session = VaadinSession.getCurrent();
        if (session != null) {
            session.setAttribute(ATTRIBUTE, null);
        }
    }

    private static String signedIn() {
        var authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication == null || !authentication.isAuthenticated()
                || authentication instanceof AnonymousAuthenticationToken ? null : authentication.getName();
    }
}
