package id.go.kemendagri.siap.budget;

/**
 * A line of the ministry's table: for one recipient (nationally or in one province) how many regions have
 * signed, the value signed and disbursed, and how many regions are fully, partly or under 40% disbursed.
 */
public record RecapLine(String provinceCode, String provinceName, Recipient recipient, long regions, long signed,
        long agreed, long disbursed, long full, long partial, long red, long notApplicable) {

    /**
     * The regions that need this grant and have not signed it: a TNI or Polri grant marked not applicable is
     * in neither {@code regions} nor {@code signed} but in {@code notApplicable}.
     */
    public long notSigned() {
        return regions - signed;
    }
}
