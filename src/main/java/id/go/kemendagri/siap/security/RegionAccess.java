package id.go.kemendagri.siap.security;

import java.util.Optional;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * Decides whether the signed-in user may read or write a region. Services call it on every write;
 * screens call it only to decide what to show.
 *
 * <ul>
 * <li>ADMIN and EVALUATOR: read and write every region.</li>
 * <li>PROVINCIAL_STAFF: read and write their own province and its kabupaten/kota, nothing else.</li>
 * <li>LEADERSHIP: read every region, write none.</li>
 * <li>A read-API token ({@link ApiClient}) acts as LEADERSHIP; one issued for a province reads that
 * province and its kabupaten/kota only (people of that role never have a province).</li>
 * </ul>
 */
@Component
public class RegionAccess {

    public SignedInUser currentUser() {
        return current().orElseThrow(() -> new AccessDeniedException("Not signed in"));
    }

    public Optional<SignedInUser> current() {
        var authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null && authentication.isAuthenticated()
                && authentication.getPrincipal() instanceof SignedInUser user) {
            return Optional.of(user);
        }
        return Optional.empty();
    }

    /** The province the user is confined to, or empty when they see the whole country. */
    public Optional<String> provinceScope() {
        return current().filter(u -> u.role() == Role.PROVINCIAL_STAFF || u.role() == Role.LEADERSHIP)
                .map(SignedInUser::provinceCode);
    }

    /**
     * The province a read across regions is confined to: the caller's own when they have one (asking for
     * another yields {@code "--"}, which matches nothing), else what was asked (null: the whole country).
     *
     * @throws AccessDeniedException when nobody is signed in
     */
    public String readableProvince(String asked) {
        currentUser();
        var scope = provinceScope();
        if (scope.isEmpty()) {
            return asked;
        }
        return asked == null || asked.equals(scope.get()) ? scope.get() : "--";
    }

    /**
     * The province a summary is asked for (null: the whole country), when the caller may see it: someone
     * confined to a province may ask for their own only.
     *
     * @throws AccessDeniedException when nobody is signed in, or the caller asks for another province or the country
     */
    public String requestedProvince(String asked) {
        currentUser();
        var scope = provinceScope();
        if (scope.isPresent() && !scope.get().equals(asked)) {
            throw new AccessDeniedException("Provincial staff see their own province only");
        }
        return asked;
    }

    public boolean canRead(String regionCode) {
        return current().map(user -> canRead(user, regionCode)).orElse(false);
    }

    public boolean canWrite(String regionCode) {
        return current().map(user -> canWrite(user, regionCode)).orElse(false);
    }

    public void requireRead(String regionCode) {
        if (!canRead(regionCode)) {
            throw new AccessDeniedException("No read access to region " + regionCode);
        }
    }

    public void requireWrite(String regionCode) {
        if (!canWrite(regionCode)) {
            throw new AccessDeniedException("No write access to region " + regionCode);
        }
    }

    /** Ministry staff (administrators and evaluators): the ones who run work across all regions. */
    public boolean isMinistry() {
        return current().map(user -> user.role() == Role.ADMIN || user.role() == Role.EVALUATOR).orElse(false);
    }

    public void requireMinistry() {
        if (!isMinistry()) {
            throw new AccessDeniedException("Only administrators and evaluators may do this");
        }
    }

    static boolean canRead(SignedInUser user, String regionCode) {
        return switch (user.role()) {
            case ADMIN, EVALUATOR -> true;
            case PROVINCIAL_STAFF -> inProvince(user.provinceCode(), regionCode);
            case LEADERSHIP -> user.provinceCode() == null || inProvince(user.provinceCode(), regionCode);
        };
    }

    static boolean canWrite(SignedInUser user, String regionCode) {
        return switch (user.role()) {
            case ADMIN, EVALUATOR -> true;
            case PROVINCIAL_STAFF -> inProvince(user.provinceCode(), regionCode);
            case LEADERSHIP -> false;
        };
    }

    /** A region belongs to the province whose two-digit code starts its own code. */
    static boolean inProvince(String provinceCode, String regionCode) {
        if (provinceCode == null || regionCode == null) {
            return false;
        }
        return regionCode.equals(provinceCode) || regionCode.startsWith(provinceCode + ".");
    }
}
