package id.go.kemendagri.siap.security.ui;

import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

import com.vaadin.flow.server.WrappedSession;

/**
 * Keeps the user name of a refused sign-in in the session, so that the sign-in page shows it again in its field
 * (the form is a plain POST and the page is drawn anew). Only the name that person typed, in their own session;
 * the password is never kept.
 */
@Component
class FailedSignInName {

    static final String ATTRIBUTE = FailedSignInName.class.getName();
    static final int LONGEST = 100;

    @EventListener
    public void onFailure(AbstractAuthenticationFailureEvent event) {
        var name = event.getAuthentication() == null ? null : event.getAuthentication().getName();
        if (name == null || name.isBlank()
                || !(RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes)) {
            return;
        }
        var session = attributes.getRequest().getSession(false);
        if (session != null) {
            var kept = name.strip();
            session.setAttribute(ATTRIBUTE, kept.length() > LONGEST ? kept.substring(0, LONGEST) : kept);
        }
    }

    /** The user name of the session's last refused sign-in, or null. */
    static String read(WrappedSession session) {
        return session == null || !(session.getAttribute(ATTRIBUTE) instanceof String name) ? null : name;
    }
}
