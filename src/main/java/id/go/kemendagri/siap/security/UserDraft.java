package id.go.kemendagri.siap.security;

/**
 * What an administrator submits for a new or changed user. {@code password} may be empty when
 * changing a user (the password stays); {@code version} is the version the form was loaded with.
 */
public record UserDraft(String username, String fullName, Role role, String provinceCode, boolean enabled,
        String password, Long version) {
}
