package id.go.kemendagri.siap.security;

import java.time.Instant;

/**
 * Sign-ins for a user name from one address, held back after too many failures.
 *
 * @param knownUser whether an account of that name exists (attackers try names that do not)
 */
public record SignInHold(String username, String remoteAddress, int failures, Instant heldUntil, boolean knownUser) {
}
