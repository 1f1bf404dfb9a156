package id.go.kemendagri.siap.security;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * What an administrator submits for a new or changed user. {@code password} may be empty when
 * changing a user (the password stays); {@code locale} is a language tag (id-ID or en-GB, Indonesian
 * when empty); {@code version} is the version the form was loaded with ({@code null} for a new user).
 * <p>
 * The simple rules are constraints here (the form shows them while typing); {@link UserRules} applies every rule
 * again, those that depend on creating or on the role (a required user name and password, the province) too.
 */
public record UserDraft(
        @Pattern(regexp = "^\\s*$|^\\s*" + UserRules.USERNAME_FORM + "\\s*$", message = "user.error.username")
        String username,
        @NotBlank(message = "user.error.full-name")
        @Size(max = UserRules.MAX_FULL_NAME_LENGTH, message = "user.error.full-name") String fullName,
        @NotNull(message = "user.error.role") Role role,
        String provinceCode, boolean enabled,
        @Pattern(regexp = "^$|^[\\s\\S]{" + UserService.MIN_PASSWORD_LENGTH + "," + UserService.MAX_PASSWORD_LENGTH
                + "}$", message = "user.error.password") String password,
        String locale, Long version) {

    public static UserDraft empty() {
        return new UserDraft("", "", null, null, true, "", null, null);
    }
}
