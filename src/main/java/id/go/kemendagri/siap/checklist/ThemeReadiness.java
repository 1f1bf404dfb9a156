package id.go.kemendagri.siap.checklist;

/**
 * One theme of a region's or province's checklist: how many current items, how many the region marked
 * done, how many of those an evaluator verified, not applicable, waiting for verification, and the
 * weighted readiness (self-reported and verified).
 */
public record ThemeReadiness(Theme theme, long items, long done, long verified, long notApplicable, long waiting,
        Readiness readiness) {

    static ThemeReadiness sum(Theme theme, java.util.List<ThemeReadiness> parts) {
        long items = 0;
        long done = 0;
        long verified = 0;
        long notApplicable = 0;
        long waiting = 0;
        long verifiedWeight = 0;
        long applicableWeight = 0;
        long reportedWeight = 0;
        long reportedApplicableWeight = 0;
        for (var part : parts) {
            items += part.items;
            done += part.done;
            verified += part.verified;
            notApplicable += part.notApplicable;
            waiting += part.waiting;
            verifiedWeight += part.readiness.verifiedWeight();
            applicableWeight += part.readiness.applicableWeight();
            reportedWeight += part.readiness.reportedWeight();
            reportedApplicableWeight += part.readiness.reportedApplicableWeight();
        }
        return new ThemeReadiness(theme, items, done, verified, notApplicable, waiting,
                new Readiness(verifiedWeight, applicableWeight, reportedWeight, reportedApplicableWeight));
    }
}
