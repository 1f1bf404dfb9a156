package id.go.kemendagri.siap.support;

import java.util.UUID;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;

import id.go.kemendagri.siap.security.Role;
import id.go.kemendagri.siap.security.SignedInUser;
import id.go.kemendagri.siap.security.UserDraft;
import id.go.kemendagri.siap.security.UserService;

/** Puts a signed-in user of a given role (and province) into the security context of the test thread. */
public final class Users {

    private Users() {
    }

    public static SignedInUser signIn(String username, Role role, String provinceCode) {
        var user = SignedInUser.of(username, role, provinceCode);
        var authentication = UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities());
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(authentication);
        SecurityContextHolder.setContext(context);
        return user;
    }

    public static SignedInUser admin() {
        return signIn("test-admin", Role.ADMIN, null);
    }

    public static SignedInUser evaluator() {
        return signIn("test-evaluator", Role.EVALUATOR, null);
    }

    public static SignedInUser staff(String provinceCode) {
        return signIn("test-staff-" + provinceCode, Role.PROVINCIAL_STAFF, provinceCode);
    }

    public static SignedInUser leadership() {
        return signIn("test-leadership", Role.LEADERSHIP, null);
    }

    public static void signOut() {
        SecurityContextHolder.clearContext();
    }

    /**
     * Creates an enabled account named {@code <prefix>.<eight random characters>} ("Pengguna <name>", password
     * {@code Rahasia-123456}) as an administrator would, and returns its name; nobody is signed in afterwards.
     */
    public static String create(UserService users, String prefix, Role role, String provinceCode) {
        var name = prefix + "." + UUID.randomUUID().toString().substring(0, 8);
        admin();
        users.create(new UserDraft(name, "Pengguna " + name, role, provinceCode, true, "Rahasia-123456", "id-ID", null));
        signOut();
        return name;
    }
}
