package id.go.kemendagri.siap.budget;

/** What the budget grid is filtered by; {@code null} (or false for {@code lateOnly}) means "any". */
public record GrantFilter(String provinceCode, Recipient recipient, SigningStage stage, Band band,
        boolean lateOnly) {

    public static final GrantFilter ALL = new GrantFilter(null, null, null, null, false);

    public GrantFilter withProvince(String provinceCode) {
        return new GrantFilter(provinceCode, recipient, stage, band, lateOnly);
    }
}
