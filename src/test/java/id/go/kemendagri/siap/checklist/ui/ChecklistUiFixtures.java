package id.go.kemendagri.siap.checklist.ui;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;

import com.vaadin.flow.server.VaadinSession;

import id.go.kemendagri.siap.security.SignedInUser;

/** Puts a province's checklist back to "not started", so that committing view tests start the same way. */
public final class ChecklistUiFixtures {

    private ChecklistUiFixtures() {
    }

    public static void reset(JdbcTemplate jdbc, String province) {
        jdbc.update("""
                update checklist_item set status = 'BELUM', note = null, evidence_kind = 'NONE', evidence_link = null,
                    evidence_name = null, evidence_type = null, evidence_size = null, evidence_sha256 = null,
                    verification = 'NONE', changed_since_verification = false, return_reason = null,
                    submitted_at = null, verified_at = null, verified_by = null, completed_on = null,
                    updated_at = null, updated_by = null, demo = false
                where province_code = ?
                """, province);
    }

    /**
     * Another user takes over the same browser session. Once a session exists, Vaadin's security context
     * strategy reads the user from the session, so {@code Users} alone would not switch.
     */
    public static void switchTo(SignedInUser user) {
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
        var session = VaadinSession.getCurrent();
        if (session != null && session.getSession() != null) {
            session.getSession().setAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY, context);
        }
    }
}
