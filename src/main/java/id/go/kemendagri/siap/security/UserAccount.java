package id.go.kemendagri.siap.security;

import java.time.Instant;

/** A user as the administration screen shows it. {@code locale} is a language tag (id-ID, en-GB). */
public record UserAccount(long id, String username, String fullName, Role role, String provinceCode,
        boolean enabled, Instant lockedUntil, String locale, Instant createdAt, long version) {

    public boolean lockedAt(Instant now) {
        return lockedUntil != null && lockedUntil.isAfter(now);
    }

    /** The form's starting point for changing this user: the password stays unless a new one is typed. */
    public UserDraft toDraft() {
        return new UserDraft(username, fullName, role, provinceCode, enabled, "", locale, version);
    }
}
