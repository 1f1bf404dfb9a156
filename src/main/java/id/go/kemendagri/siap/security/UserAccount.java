package id.go.kemendagri.siap.security;

import java.time.Instant;

/** A user as the administration screen shows it. */
public record UserAccount(long id, String username, String fullName, Role role, String provinceCode,
        boolean enabled, Instant lockedUntil, String locale, long version) {

    public boolean lockedAt(Instant now) {
        return lockedUntil != null && lockedUntil.isAfter(now);
    }
}
