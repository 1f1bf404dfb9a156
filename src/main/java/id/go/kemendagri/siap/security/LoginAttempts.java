package id.go.kemendagri.siap.security;

import java.time.Clock;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import id.go.kemendagri.siap.audit.AuditService;
import id.go.kemendagri.siap.audit.FieldChange;
import id.go.kemendagri.siap.security.domain.AppUserRepository;
import id.go.kemendagri.siap.security.domain.LoginEvent;
import id.go.kemendagri.siap.security.domain.LoginEventRepository;

/**
 * Logs every sign-in, good or failed, and locks an account after too many failures in a row. The lock
 * itself is enforced by {@link AppUserDetailsService}, which reports the account as locked until the
 * lock expires.
 */
@Component
class LoginAttempts {

    private static final Logger log = LoggerFactory.getLogger(LoginAttempts.class);
    static final String AUDIT_ENTITY = "user";

    private final AppUserRepository users;
    private final LoginEventRepository events;
    private final AuditService audit;
    private final SecurityProperties properties;
    private final Clock clock;

    LoginAttempts(AppUserRepository users, LoginEventRepository events, AuditService audit,
            SecurityProperties properties, Clock clock) {
        this.users = users;
        this.events = events;
        this.audit = audit;
        this.properties = properties;
        this.clock = clock;
    }

    @EventListener
    @Transactional
    public void onSuccess(AuthenticationSuccessEvent event) {
        var authentication = event.getAuthentication();
        var username = authentication.getName();
        users.findByUsername(username).ifPresent(user -> {
            user.setFailedAttempts(0);
            user.setLockedUntil(null);
        });
        events.save(new LoginEvent(clock.instant(), username, true, "OK", remoteAddress(authentication)));
        log.info("Sign-in succeeded for {}", username);
    }

    @EventListener
    @Transactional
    public void onFailure(AbstractAuthenticationFailureEvent event) {
        var authentication = event.getAuthentication();
        var username = truncate(String.valueOf(authentication.getName()).trim(), 60);
        var detail = event.getException() instanceof LockedException ? "LOCKED"
                : event.getException().getClass().getSimpleName();
        var user = users.findByUsername(username);
        if (user.isPresent() && !(event.getException() instanceof LockedException)) {
            var account = user.get();
            var failures = account.getFailedAttempts() + 1;
            if (failures >= properties.maxFailedAttempts()) {
                account.setFailedAttempts(0);
                account.setLockedUntil(clock.instant().plus(properties.lockDuration()));
                detail = "LOCKED_NOW";
                audit.record(AUDIT_ENTITY, username, null, "LOCK",
                        List.of(new FieldChange("lockedUntil", null, account.getLockedUntil().toString())));
                log.warn("Account {} locked for {} after {} failed sign-ins", username, properties.lockDuration(),
                        failures);
            } else {
                account.setFailedAttempts(failures);
            }
        }
        events.save(new LoginEvent(clock.instant(), username, false, truncate(detail, 60),
                remoteAddress(authentication)));
        log.info("Sign-in failed for {}: {}", username, detail);
    }

    private static String remoteAddress(Authentication authentication) {
        return authentication.getDetails() instanceof WebAuthenticationDetails details
                ? truncate(details.getRemoteAddress(), 64) : null;
    }

    private static String truncate(String value, int max) {
        return value == null || value.length() <= max ? value : value.substring(0, max);
    }
}
