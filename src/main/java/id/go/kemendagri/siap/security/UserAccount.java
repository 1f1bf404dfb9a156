package id.go.kemendagri.siap.security;

import java.time.Instant;

/**
 * A user as the administration screen shows it. {@code locale} is a language tag (id-ID, en-GB).
 * {@code heldBackUntil}: until when sign-ins under this name are held back from some address after repeated
 * failures (other addresses may still sign in), or null.
 */
public record UserAccount(long id, String username, String fullName, Role role, String provinceCode,
        boolean enabled, Instant heldBackUntil, String locale, Instant createdAt, long version) {

    public boolean heldBackAt(Instant now) {
        return heldBackUntil != null && heldBackUntil.isAfter(now);
    }

    /** The form's starting point for changing this user: the password stays unless a new one is typed. */
    public UserDraft toDraft() {
        return new UserDraft(username, fullName, role, provinceCode, enabled, "", locale, version);
    }
}
