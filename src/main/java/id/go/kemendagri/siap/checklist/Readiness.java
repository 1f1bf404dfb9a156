package id.go.kemendagri.siap.checklist;

/**
 * Weighted readiness. Verified: SELESAI items an evaluator verified, over all items except those
 * verified as TIDAK_BERLAKU. Self-reported: SELESAI items over all items the region did not mark
 * TIDAK_BERLAKU. Retired items count nowhere.
 */
public record Readiness(long verifiedWeight, long applicableWeight, long reportedWeight, long reportedApplicableWeight) {

    public static final Readiness NONE = new Readiness(0, 0, 0, 0);

    /** The readiness of two parts together (themes of a region, regions of a province): their weights added. */
    public Readiness plus(Readiness other) {
        return new Readiness(verifiedWeight + other.verifiedWeight, applicableWeight + other.applicableWeight,
                reportedWeight + other.reportedWeight, reportedApplicableWeight + other.reportedApplicableWeight);
    }

    public int verifiedPercent() {
        return percent(verifiedWeight, applicableWeight);
    }

    public int reportedPercent() {
        return percent(reportedWeight, reportedApplicableWeight);
    }

    private static int percent(long part, long whole) {
        return whole == 0 ? 0 : (int) Math.floor(100.0 * part / whole);
    }
}
