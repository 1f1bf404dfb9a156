package id.go.kemendagri.siap.leadership;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

import id.go.kemendagri.siap.security.ApiAccess;
import id.go.kemendagri.siap.security.ApiScope;
import id.go.kemendagri.siap.security.RegionAccess;
import id.go.kemendagri.siap.security.Role;

/**
 * Who may do what with heads of region, on top of {@link RegionAccess}: evaluators and administrators
 * appoint, extend, end and evaluate everywhere; provincial staff record the reports of their own province;
 * administrators edit the indicators; leadership only reads.
 */
@Component
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class LeadershipAccess {

    private final RegionAccess regions;

    public boolean canManageHeads() {
        return regions.current().map(u -> u.role() == Role.ADMIN || u.role() == Role.EVALUATOR).orElse(false);
    }

    public boolean canRecordReports(String regionCode) {
        return regions.canWrite(regionCode);
    }

    public boolean canEditIndicators() {
        return regions.current().map(u -> u.role() == Role.ADMIN).orElse(false);
    }

    /**
     * A Pj's personal figures (indicator scores, neutrality score and band, recommendation): whoever reads
     * the region on the screens; a read-API token only with the {@code pj-scores} scope.
     */
    public boolean maySeeScores() {
        return ApiAccess.current().map(client -> client.has(ApiScope.PJ_SCORES)).orElse(true);
    }

    String readableProvince(String asked) {
        return regions.readableProvince(asked);
    }

    void requireManageHeads(String regionCode) {
        regions.requireRead(regionCode);
        if (!canManageHeads()) {
            throw new AccessDeniedException("Only evaluators and administrators manage heads of region");
        }
    }

    void requireRecordReports(String regionCode) {
        regions.requireWrite(regionCode);
    }

    void requireEditIndicators() {
        if (!canEditIndicators()) {
            throw new AccessDeniedException("Only administrators edit evaluation indicators");
        }
    }

    void requireSignedIn() {
        regions.currentUser();
    }

    void requireRead(String regionCode) {
        regions.requireRead(regionCode);
    }

    String actor() {
        return regions.currentUser().username();
    }

    java.util.Optional<String> provinceScope() {
        return regions.provinceScope();
    }
}
