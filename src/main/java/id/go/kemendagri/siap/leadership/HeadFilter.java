package id.go.kemendagri.siap.leadership;

/**
 * What the heads grid is filtered by; null (or false) means "any". {@code endingWithinDays} keeps the
 * active terms ending within that many days from today, the ones already past included.
 */
public record HeadFilter(String provinceCode, HeadStatus status, Integer endingWithinDays, boolean overdueOnly,
        EvaluationCategory category, NeutralityBand band, String search) {

    public static final HeadFilter ALL = new HeadFilter(null, null, null, false, null, null, null);

    public HeadFilter withProvince(String province) {
        return new HeadFilter(province, status, endingWithinDays, overdueOnly, category, band, search);
    }
}
