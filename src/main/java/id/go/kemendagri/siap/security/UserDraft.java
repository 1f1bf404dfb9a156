package id.go.kemendagri.siap.security;

/**
 * What an administrator submits for a new or changed user. {@code password} may be empty when
 * changing a user (the password stays); {@code locale} is a language tag (id-ID or en-GB, Indonesian
 * when empty); {@code version} is the version the form was loaded with ({@code null} for a new user).
 */
public record UserDraft(String username, String fullName, Role role, String provinceCode, boolean enabled,
        String password, String locale, Long version) {

    public static UserDraft empty() {
        return new UserDraft("", "", null, null, true, "", null, null);
    }
}
