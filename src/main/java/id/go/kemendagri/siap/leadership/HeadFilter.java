package id.go.kemendagri.siap.leadership;

/**
 * What the heads grid is filtered by; null (or false) means "any". {@code endingWithinDays} keeps the
 * active terms ending within that many days from today, the ones already past included.
 */
public record HeadFilter(String provinceCode, HeadStatus status, Integer endingWithinDays, boolean overdueOnly,
        EvaluationCategory category, NeutralityBand band, String search) {

    public static final HeadFilter ALL = new HeadFilter(null, null, null, false, null, null, null);

    /** Only what no edit changes: the province. */
    public HeadFilter fixedPart() {
        return ALL.withProvince(provinceCode);
    }

    /**
     * Whether an appointment, extension, report or evaluation can move a region into or out of this filter
     * (the search matches the head's name too).
     */
    public boolean selectsOnEditable() {
        return status != null || endingWithinDays != null || overdueOnly || category != null || band != null
                || (search != null && !search.isBlank());
    }

    public HeadFilter withProvince(String province) {
        return new HeadFilter(province, status, endingWithinDays, overdueOnly, category, band, search);
    }
}
