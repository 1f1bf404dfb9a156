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
        var readiness = Readiness.NONE;
        for (var part : parts) {
            items += part.items;
            done += part.done;
            verified += part.verified;
            notApplicable += part.notApplicable;
            waiting += part.waiting;
            readiness = readiness.plus(part.readiness);
        }
        return new ThemeReadiness(theme, items, done, verified, notApplicable, waiting, readiness);
    }
}
