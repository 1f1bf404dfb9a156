package id.go.kemendagri.siap.base;

import java.util.Locale;
import java.util.Optional;

/**
 * The shell's view of the signed-in user, implemented by the security feature so that the shared
 * layout does not depend on it.
 */
public interface UserProfiles {

    Optional<UserProfile> current();

    /** Remembers the language for the signed-in user; it applies at their next sign-in too. */
    void rememberLanguage(Locale locale);
}
