package id.go.kemendagri.siap.security;

import java.io.Serial;
import java.util.Collection;
import java.util.List;
import java.util.Objects;

import lombok.Getter;
import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/**
 * The principal kept in the session: enough to decide access without a database round trip. Spring
 * Security erases the password hash once the sign-in has been checked.
 */
public final class SignedInUser implements UserDetails, CredentialsContainer {

    @Serial
    private static final long serialVersionUID = 1L;

    private final long id;
    @Getter
    private final String username;
    private final String fullName;
    private final Role role;
    private final String provinceCode;
    @Getter
    private final boolean enabled;
    @Getter
    private final boolean accountNonLocked;
    private String passwordHash;

    public SignedInUser(long id, String username, String fullName, String passwordHash, Role role,
            String provinceCode, boolean enabled, boolean accountNonLocked) {
        this.id = id;
        this.username = username;
        this.fullName = fullName;
        this.passwordHash = passwordHash;
        this.role = role;
        this.provinceCode = provinceCode;
        this.enabled = enabled;
        this.accountNonLocked = accountNonLocked;
    }

    /** A user of the given role, for tests and start-up work that act on someone's behalf. */
    public static SignedInUser of(String username, Role role, String provinceCode) {
        return new SignedInUser(0, username, username, "", role, provinceCode, true, true);
    }

    public long id() {
        return id;
    }

    public String username() {
        return username;
    }

    public String fullName() {
        return fullName;
    }

    public Role role() {
        return role;
    }

    /** Two-digit province code for provincial staff, {@code null} for everyone else. */
    public String provinceCode() {
        return provinceCode;
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        return List.of(new SimpleGrantedAuthority(role.authority()));
    }

    @Override
    public String getPassword() {
        return passwordHash;
    }

    @Override
    public void eraseCredentials() {
        passwordHash = null;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof SignedInUser that && username.equals(that.username);
    }

    @Override
    public int hashCode() {
        return Objects.hash(username);
    }

    @Override
    public String toString() {
        return "SignedInUser[" + username + ", " + role + (provinceCode == null ? "" : ", " + provinceCode) + "]";
    }
}
