package id.go.kemendagri.siap.security;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.springframework.security.core.session.SessionInformation;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.stereotype.Component;

import id.go.kemendagri.siap.base.AfterCommit;

/**
 * Ends a user's open sessions when an administrator disables them or changes what they may do: the
 * signed-in principal carries role and province, so an open session would otherwise keep the old rights
 * until it times out. The next request of such a session goes to the sign-in view.
 */
@Component
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class UserSessions {

    private final SessionRegistry registry;

    /** Ends the user's sessions once the current transaction commits (at once when there is none). */
    void endAfterCommit(String username) {
        AfterCommit.run(() -> end(username));
    }

    private void end(String username) {
        for (var principal : registry.getAllPrincipals()) {
            if (principal instanceof UserDetails user && user.getUsername().equals(username)) {
                registry.getAllSessions(principal, false).forEach(SessionInformation::expireNow);
            }
        }
    }
}
