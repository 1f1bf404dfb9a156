package id.go.kemendagri.siap.security;

import java.time.Instant;

/**
 * One sign-in attempt as the administration screen shows it.
 *
 * @param detail {@code OK}, {@code LOCKED} (refused because the account was locked), {@code LOCKED_NOW}
 *               (this failure locked it) or the kind of failure, e.g. {@code BadCredentialsException}
 */
public record SignInAttempt(Instant occurredAt, String username, boolean success, String detail,
        String remoteAddress) {
}
