package id.go.kemendagri.siap.support;

import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Set;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;

import id.go.kemendagri.siap.security.Role;
import id.go.kemendagri.siap.security.SignedInUser;

/** Puts a signed-in user of a given role (and province) into the security context of the test thread. */
public final class Users {

    private Users() {
    }

    public static SignedInUser signIn(String username, Role role, String provinceCode) {
        var user = SignedInUser.of(username, role, provinceCode);
        var authentication = UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities());
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(authentication);
        remember(SecurityContextHolder.getContextHolderStrategy());
        STRATEGIES.forEach(strategy -> strategy.setContext(context));
        return user;
    }

    /**
     * Every security context strategy seen in this test run. Each cached Spring context installs its own
     * Vaadin-aware strategy (each with its own thread-local) and its method security keeps reading from
     * that one, while the static holder points at the newest. A test running in an older context would
     * otherwise sign in where its services do not look.
     */
    private static final Set<SecurityContextHolderStrategy> STRATEGIES =
            Collections.newSetFromMap(new IdentityHashMap<>());

    private static void remember(SecurityContextHolderStrategy strategy) {
        STRATEGIES.add(strategy);
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
        remember(SecurityContextHolder.getContextHolderStrategy());
        STRATEGIES.forEach(SecurityContextHolderStrategy::clearContext);
    }
}
