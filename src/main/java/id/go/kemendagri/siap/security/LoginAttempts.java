package id.go.kemendagri.siap.security;

import java.time.Clock;
import java.util.List;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import id.go.kemendagri.siap.audit.AuditService;
import id.go.kemendagri.siap.audit.FieldChange;
import id.go.kemendagri.siap.security.domain.AppUserRepository;
import id.go.kemendagri.siap.security.domain.LoginEvent;
import id.go.kemendagri.siap.security.domain.LoginEventRepository;

/**
 * Logs every sign-in, good or failed, and counts failures per name and address in {@link SignInThrottle}.
 * When a failure starts a hold, administrators are told: a warning in the log, the user's change history
 * (for an existing account) and the held-back list on /admin/pengguna with a count beside the menu entry.
 * {@code app_user.locked_until} keeps the latest hold of a user for the administration grid.
 */
@Component
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class LoginAttempts {

    private static final Logger log = LoggerFactory.getLogger(LoginAttempts.class);
    static final String AUDIT_ENTITY = "user";
    /** Refused without checking the password: the name is held back from this address. */
    static final String HELD_BACK = "HELD_BACK";
    /** A wrong password that started (or lengthened) a hold of the name from this address. */
    static final String HELD_BACK_NOW = "HELD_BACK_NOW";

    private final AppUserRepository users;
    private final LoginEventRepository events;
    private final SignInThrottle throttle;
    private final AuditService audit;
    private final Clock clock;

    @EventListener
    @Transactional
    public void onSuccess(AuthenticationSuccessEvent event) {
        var authentication = event.getAuthentication();
        var username = authentication.getName();
        var address = SignInGate.remoteAddress(authentication);
        throttle.succeeded(username, address);
        users.findByUsername(username).ifPresent(user -> {
            user.setFailedAttempts(0);
            user.setLockedUntil(throttle.latestHold(username));
        });
        events.save(new LoginEvent(clock.instant(), username, true, "OK", truncate(address, 64)));
        log.info("Sign-in succeeded for {}", printable(username));
    }

    @EventListener
    @Transactional
    public void onFailure(AbstractAuthenticationFailureEvent event) {
        var authentication = event.getAuthentication();
        var username = truncate(String.valueOf(authentication.getName()).trim(), 60);
        var address = SignInGate.remoteAddress(authentication);
        var detail = event.getException().getClass().getSimpleName();
        if (event.getException() instanceof LockedException) {
            detail = HELD_BACK;
        } else {
            var heldUntil = throttle.failed(username, address);
            var user = users.findByUsername(username);
            user.ifPresent(account -> account.setFailedAttempts(account.getFailedAttempts() + 1));
            if (heldUntil != null) {
                detail = HELD_BACK_NOW;
                log.warn("Sign-ins for {} ({}) from {} held back until {} after repeated failures", printable(username),
                        user.isPresent() ? "an existing account" : "no such account", address, heldUntil);
                user.ifPresent(account -> {
                    audit.record(AUDIT_ENTITY, account.getUsername(), null, "HOLD", List.of(
                            new FieldChange("heldBackAddress", null, truncate(address, 64)),
                            new FieldChange("lockedUntil", null, heldUntil.toString())));
                    if (account.getLockedUntil() == null || heldUntil.isAfter(account.getLockedUntil())) {
                        account.setLockedUntil(heldUntil);
                    }
                });
            }
        }
        events.save(new LoginEvent(clock.instant(), username, false, truncate(detail, 60), truncate(address, 64)));
        log.info("Sign-in failed for {}: {}", printable(username), detail);
    }

    /** A typed user name as it may go into the log: no line breaks or other control characters (log forging). */
    static String printable(String value) {
        return value == null ? null : value.replaceAll("\\p{Cntrl}", "_");
    }

    private static String truncate(String value, int max) {
        return value == null || value.length() <= max ? value : value.substring(0, max);
    }
}
