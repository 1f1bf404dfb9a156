package id.go.kemendagri.siap.budget;

/** What the budget grid is filtered by; {@code null} (or false for {@code lateOnly}) means "any". */
public record GrantFilter(String provinceCode, Recipient recipient, SigningStage stage, Band band,
        boolean lateOnly) {

    public static final GrantFilter ALL = new GrantFilter(null, null, null, null, false);

    /** Only what no edit of a grant changes: its province and recipient. */
    public GrantFilter fixedPart() {
        return new GrantFilter(provinceCode, recipient, null, null, false);
    }

    /** Whether an edit (stage, transfers, dates) can move a grant into or out of this filter. */
    public boolean selectsOnEditable() {
        return stage != null || band != null || lateOnly;
    }

    public GrantFilter withProvince(String provinceCode) {
        return new GrantFilter(provinceCode, recipient, stage, band, lateOnly);
    }
}
